import type { RecordedEvent } from '@rapport/eventstore';
import type { OutreachEvent } from '../domain/outreach.events';

/** An outreach event with its stream position and time, from an append or the event store. */
export interface OutreachEventAt {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly occurredAt: Date;
  readonly event: OutreachEvent;
}

export function eventAt(recorded: RecordedEvent<OutreachEvent>): OutreachEventAt {
  return {
    tenantId: recorded.tenantId,
    streamId: recorded.streamId,
    version: recorded.version,
    occurredAt: recorded.occurredAt,
    event: { type: recorded.type, data: recorded.data } as OutreachEvent,
  };
}

export function relationshipDocumentId(
  tenantId: string,
  memberId: string,
  contactId: string,
): string {
  return `${tenantId}|${memberId}|${contactId}`;
}
