import type { Collection } from 'mongodb';
import type { OutreachEventAt } from '../projections/outreach-event-at';
import type { PipelineBoardDocument } from '../projections/pipeline-card.projection';
import { readCards } from '../projections/pipeline-boards';
import type { FunnelCounters } from './funnel-counters';
import { OneAtATime } from './one-at-a-time';

/** Applies in this process run one at a time per member, so "before" is still true at "after". */
const memberApplies = new OneAtATime();

/**
 * Runs `apply` for events of the board and moves the funnel counters by what their cards changed:
 * each card is read before and after (by `_id`), and counted only when its stream version moved,
 * so events seen before count nothing. Grouped by member, in order.
 */
export async function applyCountingFunnel(
  boards: () => Promise<Collection<PipelineBoardDocument>>,
  counters: FunnelCounters,
  events: readonly OutreachEventAt[],
  apply: (events: readonly OutreachEventAt[]) => Promise<void>,
): Promise<void> {
  const byMember = new Map<string, OutreachEventAt[]>();
  for (const at of events) {
    const key = `${at.tenantId}|${at.event.data.memberId}`;
    byMember.set(key, [...(byMember.get(key) ?? []), at]);
  }
  for (const [key, group] of byMember) {
    await memberApplies.run(key, async () => {
      const { tenantId } = group[0]!;
      const { memberId } = group[0]!.event.data;
      const contactIds = [...new Set(group.map((at) => at.event.data.contactId))];
      const collection = await boards();
      const before = await readCards(collection, tenantId, memberId, contactIds);
      await apply(group);
      const after = await readCards(await boards(), tenantId, memberId, contactIds);
      for (const [contactId, card] of after) {
        const was = before.get(contactId);
        if ((was?.streamVersion ?? 0) >= card.streamVersion) continue;
        await counters.record(tenantId, memberId, was, card);
      }
    });
  }
}
