import type { AppendContext, NewStream } from '@rapport/eventstore';
import type { ProjectionChange } from '@rapport/messaging';
import type { RequestContext } from '@rapport/platform/http';
import { type ContactSource, warmthOfSource } from '../domain/contact-details';
import { contactDecider, contactStreamId } from '../domain/contact.decider';
import type { ContactEventAt } from '../projections/contact-event-at';
import type { ProjectedNewRows } from '../projections/new-rows-batch';
import { contactIntegrationEvent } from '../shared/contact-integration-events';
import type { ContactWriter } from '../shared/contact-writer';
import type { PlannedContact } from './import-plan';

/** A row the dry run found new, with the id its contact gets. */
export interface FreshRow {
  readonly row: number;
  readonly contactId: string;
  readonly contact: PlannedContact;
}

/** What the commit writes for one new row: its contact's stream, and the events as read models see them. */
export interface RowStream {
  readonly contactId: string;
  readonly stream: NewStream;
  readonly applied: readonly ContactEventAt[];
}

/** Rows worked on between two turns of the event loop: a few tens of milliseconds of CPU. */
const SLICE = 250;

/**
 * Every fresh row's AddContact decision, its events (with their outbox messages) and their read
 * models' changes: about a second and a half of CPU for 10,000 rows. The commit runs it while its
 * de-duplication keys are being written, so it yields to the event loop before each slice: the
 * keys' insert goes out at once and the database works on it meanwhile, and its answer is taken
 * between slices. Pure but for event ids, so rows whose keys turn out taken are simply dropped.
 */
export async function rowStreams(
  writer: ContactWriter,
  ctx: RequestContext,
  context: AppendContext,
  importRecord: {
    readonly _id: string;
    readonly memberId: string;
    readonly source?: ContactSource;
  },
  fresh: readonly FreshRow[],
): Promise<{ streams: RowStream[]; projected: ProjectedNewRows }> {
  const { _id: importId, memberId, source } = importRecord;
  const streams: RowStream[] = [];
  const projected = new Map<ContactEventAt, ReadonlyMap<string, readonly ProjectionChange[]>>();
  for (let offset = 0; offset < fresh.length; offset += SLICE) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const slice = fresh.slice(offset, offset + SLICE).map((o): RowStream => {
      const decided = contactDecider.decide(
        {
          type: 'AddContact',
          memberId,
          contactId: o.contactId,
          at: context.occurredAt,
          details: o.contact.details,
          ...(source ? { source, warmth: warmthOfSource(source) } : {}),
          tags: o.contact.tags,
          origin: { via: 'import', importId, row: o.row },
        },
        contactDecider.initialState,
      );
      const ref = { tenantId: ctx.tenantId, streamId: contactStreamId(memberId, o.contactId) };
      return {
        contactId: o.contactId,
        stream: {
          stream: ref,
          events: decided.map((event) => {
            const outbox = contactIntegrationEvent(event);
            return { eventId: writer.newId(), event, ...(outbox ? { outbox } : {}) };
          }),
        },
        applied: decided.map((event, i) => ({
          ...ref,
          version: i + 1,
          occurredAt: context.occurredAt,
          event,
        })),
      };
    });
    streams.push(...slice);
    const events = slice.flatMap((s) => s.applied);
    for (const [event, changes] of writer.projections.projectNewStreams(events))
      projected.set(event, changes);
  }
  return { streams, projected };
}
