import { WorkflowUpdateFailedError } from '@temporalio/client';
import { lifecycleHarness, noonAtOrBefore } from '../testing/lifecycle-harness';
import { DAY_MS } from '@rapport/platform/zoned-time';
import {
  changePolicyUpdate,
  closeSignal,
  outreachSentSignal,
  pauseSignal,
  reopenSignal,
  responseReceivedSignal,
  resumeSignal,
  thankYouSentSignal,
} from './signals';

describe('relationship workflow: pause, close, policy changes and bad signals (time-skipping server)', () => {
  const h = lifecycleHarness('rel-controls');

  async function awaitingReply(name: string) {
    const handle = await h.start(name);
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: anchor });
    return { handle, anchor };
  }

  it('pausing stops the clock: the follow-up comes the paused time later', async () => {
    const { handle, anchor } = await awaitingReply('pause');
    await h.skip(5 * DAY_MS);
    expect((await h.send(handle, pauseSignal, { sourceEventId: 'p' })).stage).toBe('paused');
    await h.skip(30 * DAY_MS);
    expect(h.calls('raiseFollowUpDue', 'pause')).toHaveLength(0);
    const resumed = await h.send(handle, resumeSignal, { sourceEventId: 'r' });
    expect(resumed.stage).toBe('awaiting-reply');
    const dueAt = resumed.nextDue?.at ?? 0;
    expect(dueAt).toBeGreaterThanOrEqual(anchor + 44 * DAY_MS);
    expect(dueAt).toBeLessThan(anchor + 44 * DAY_MS + 60_000);

    await h.skip(10 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'pause', 1);
    expect(followUp?.dueAt).toBe(dueAt);
  });

  it('a closed relationship raises nothing; reopened, its cadence starts afresh', async () => {
    const { handle } = await awaitingReply('close');
    await h.skip(3 * DAY_MS);
    expect((await h.send(handle, closeSignal, { sourceEventId: 'c' })).stage).toBe('closed');
    await h.skip(30 * DAY_MS);
    expect(h.calls('raiseFollowUpDue', 'close')).toHaveLength(0);

    const reopenedAt = await h.now();
    const reopened = await h.send(handle, reopenSignal, { sourceEventId: 'o' });
    expect(reopened.stage).toBe('awaiting-reply');
    await h.skip(15 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'close', 1);
    expect(followUp?.sequence).toBe(1);
    expect(followUp?.dueAt ?? 0).toBeGreaterThanOrEqual(reopenedAt + 14 * DAY_MS);
  });

  it('a policy change mid-wait moves the pending timer; an invalid one is rejected by the validator', async () => {
    const { handle, anchor } = await awaitingReply('policy');
    await h.skip(5 * DAY_MS);

    await expect(
      handle.executeUpdate(changePolicyUpdate, { args: [{ followUpIntervalDays: 0 }] }),
    ).rejects.toThrow(WorkflowUpdateFailedError);
    const untouched = await h.view(handle);
    expect(untouched.policy.followUpIntervalDays).toBe(14);
    expect(untouched.history.some((entry) => entry.what === 'changePolicy')).toBe(false);

    const changed = await handle.executeUpdate(changePolicyUpdate, {
      args: [{ followUpIntervalDays: 7 }],
    });
    expect(changed.policy.followUpIntervalDays).toBe(7);
    expect(changed.nextDue).toMatchObject({ kind: 'follow-up', at: anchor + 7 * DAY_MS });
    await h.skip(3 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'policy', 1);
    expect(followUp?.dueAt).toBe(anchor + 7 * DAY_MS);
    await h.recordReplayFixture(handle, 'policy-changed-mid-wait');
  });

  it('the same signal delivered twice has one effect', async () => {
    const { handle } = await awaitingReply('twice');
    const again = await h.send(handle, outreachSentSignal, { sourceEventId: 'sent' });
    expect(again.counts.duplicatesIgnored).toBe(1);
    await h.send(handle, responseReceivedSignal, { sourceEventId: 'yes', outcome: 'accepted' });
    const view = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'yes',
      outcome: 'declined',
    });
    expect(view.stage).toBe('responded');
    expect(view.outcome).toBe('accepted');
    expect(view.counts.touches).toBe(2);
    expect(view.counts.duplicatesIgnored).toBe(2);
    expect(view.history.filter((entry) => entry.sourceEventId === 'yes')).toHaveLength(1);
  });

  it('a signal out of order is ignored and recorded', async () => {
    const { handle } = await awaitingReply('out-of-order');
    const view = await h.send(handle, thankYouSentSignal, { sourceEventId: 'early-thanks' });
    expect(view.stage).toBe('awaiting-reply');
    expect(view.history[view.history.length - 1]).toMatchObject({
      what: 'thankYouSent',
      sourceEventId: 'early-thanks',
      result: 'ignored',
      note: 'thankYouSent is not valid while awaiting-reply',
    });
    await h.skip(15 * DAY_MS);
    await h.callsReach('raiseFollowUpDue', 'out-of-order', 1);
  });
});
