import type { RecordedEvent } from '@rapport/eventstore';
import type { OutreachEvent } from '../domain/outreach.events';

/** One line of the outreach's history: what happened, when, and the detail worth showing. */
export interface HistoryEntry {
  readonly version: number;
  readonly type: OutreachEvent['type'];
  readonly at: Date;
  readonly detail: Record<string, string | number | boolean>;
}

function detailOf(event: OutreachEvent): HistoryEntry['detail'] {
  switch (event.type) {
    case 'OutreachDrafted':
      return { channel: event.data.draft.channel };
    case 'OutreachSent':
      return { channel: event.data.channel, delivery: event.data.delivery };
    case 'FollowUpDue':
      return {
        sequence: event.data.sequence,
        ...(event.data.suggestedContactId
          ? { suggestedContactId: event.data.suggestedContactId }
          : {}),
      };
    case 'FollowUpSent':
      return {
        sequence: event.data.sequence,
        channel: event.data.channel,
        delivery: event.data.delivery,
      };
    case 'ResponseReceived':
      return { outcome: event.data.outcome, recordedVia: event.data.recordedVia };
    case 'OutreachMarkedUnresponsive':
      return { followUpsSent: event.data.followUpsSent };
    case 'OutreachClosed':
      return event.data.reason ? { reason: event.data.reason } : {};
    case 'AutoSendChanged':
      return { autoSend: event.data.autoSend };
    case 'OutreachReopened':
      return {};
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** The history summary: no message bodies, which the member already has in the draft and sent mail. */
export function historyOf(events: readonly RecordedEvent<OutreachEvent>[]): HistoryEntry[] {
  return events.map((recorded) => ({
    version: recorded.version,
    type: recorded.type,
    at: recorded.occurredAt,
    detail: detailOf({ type: recorded.type, data: recorded.data } as OutreachEvent),
  }));
}
