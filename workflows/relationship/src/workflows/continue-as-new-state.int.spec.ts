import { pollUntil } from '@rapport/testing';
import { DAY_MS, HOUR_MS } from '@rapport/platform/zoned-time';
import { lifecycleHarness, noonAtOrBefore } from '../testing/lifecycle-harness';
import { KEEP_IN_TOUCH_CYCLES_PER_RUN } from './relationship-lifecycle.workflow';
import {
  outreachSentSignal,
  policyChangedSignal,
  responseReceivedSignal,
  touchLoggedSignal,
} from './signals';

// What a run hands to the next through continueAsNew is the whole memory of a relationship. Each
// check below would pass inside one run and fails only if a piece of state is dropped or reset at
// the boundary: the timer sequence (keys would repeat), the seen event ids (a redelivered touch
// would count again), the policy override (the cadence would fall back to 8 weeks) and the
// keep-in-touch anchor (the next nudge would count from the new run's start).
describe('relationship workflow: state carried through continue-as-new (time-skipping server)', () => {
  const h = lifecycleHarness('rel-carried');
  const WEEKS = 2;
  const nudges = KEEP_IN_TOUCH_CYCLES_PER_RUN + 2;

  it('keeps idempotency keys unique, ignores a duplicate after the boundary, keeps the policy and the cadence', async () => {
    const handle = await h.start('carried');
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, policyChangedSignal, {
      sourceEventId: 'every-two-weeks',
      policy: { keepInTouchWeeks: WEEKS },
    });
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: anchor });
    await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'referral',
      outcome: 'referred',
      occurredAt: anchor,
    });
    await h.skip(anchor + DAY_MS - (await h.now()) + HOUR_MS);
    const coffee = { sourceEventId: 'coffee', occurredAt: anchor + DAY_MS };
    await h.send(handle, touchLoggedSignal, coffee);
    const cadenceFrom = anchor + DAY_MS;
    const dueAt = (cycle: number) => cadenceFrom + cycle * WEEKS * 7 * DAY_MS;

    for (let cycle = 1; cycle <= KEEP_IN_TOUCH_CYCLES_PER_RUN; cycle += 1) {
      await h.skip(dueAt(cycle) + HOUR_MS - (await h.now()));
      await h.callsReach('raiseKeepInTouchDue', 'carried', cycle);
    }
    // The first run has raised its share and continued as new: everything from here is run two.
    await pollUntil('the second run to start', async () => {
      const { runId } = await handle.describe();
      return runId !== handle.firstExecutionRunId ? runId : undefined;
    });
    const before = await h.view(handle);
    expect(before.policy.keepInTouchWeeks).toBe(WEEKS);

    // Kafka redelivers the touch after the boundary: same event id, same payload.
    const redelivered = await h.send(handle, touchLoggedSignal, coffee);
    expect(redelivered.counts.duplicatesIgnored).toBe(before.counts.duplicatesIgnored + 1);
    expect(redelivered.counts.touches).toBe(before.counts.touches);
    expect(redelivered.historyTotal).toBe(before.historyTotal);
    expect(redelivered.nextDue).toEqual({
      kind: 'keep-in-touch',
      at: dueAt(KEEP_IN_TOUCH_CYCLES_PER_RUN + 1),
    });

    for (let cycle = KEEP_IN_TOUCH_CYCLES_PER_RUN + 1; cycle <= nudges; cycle += 1) {
      await h.skip(dueAt(cycle) + HOUR_MS - (await h.now()));
      await h.callsReach('raiseKeepInTouchDue', 'carried', cycle);
    }
    const raised = h.calls('raiseKeepInTouchDue', 'carried');
    expect(raised).toHaveLength(nudges);
    expect(new Set(raised.map((item) => item.idempotencyKey)).size).toBe(nudges);
    expect(raised.map((item) => item.cycle)).toEqual(
      Array.from({ length: nudges }, (_, index) => index + 1),
    );
    expect(raised.map((item) => item.dueAt)).toEqual(
      Array.from({ length: nudges }, (_, index) => dueAt(index + 1)),
    );
    expect(raised.every((item) => item.lastTouchAt === cadenceFrom)).toBe(true);

    const after = await h.view(handle);
    expect(after.policy.keepInTouchWeeks).toBe(WEEKS);
    expect(after.counts.keepInTouchRaised).toBe(nudges);
    const { runs } = await h.historyOfAllRuns(handle);
    expect(runs).toBe(2);
  });
});
