import {
  lifecycleHarness,
  noonAtOrBefore,
  type LifecycleHandle,
} from '../testing/lifecycle-harness';
import { DAY_MS, HOUR_MS } from '@rapport/platform/zoned-time';
import {
  interviewCompletedSignal,
  interviewScheduledSignal,
  outreachSentSignal,
  responseReceivedSignal,
  thankYouSentSignal,
  touchLoggedSignal,
} from './signals';
import { KEEP_IN_TOUCH_CYCLES_PER_RUN } from './relationship-lifecycle.workflow';

describe('relationship workflow: interview, thank-you and keeping in touch (time-skipping server)', () => {
  const h = lifecycleHarness('rel-interview');

  /** Request sent at noon, accepted, interview booked `inDays` after that noon at noon. */
  async function interviewBooked(name: string, inDays: number) {
    const handle = await h.start(name);
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: anchor });
    await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'yes',
      outcome: 'accepted',
      occurredAt: anchor,
    });
    const interviewAt = anchor + inDays * DAY_MS;
    await h.send(handle, interviewScheduledSignal, { sourceEventId: 'booked', interviewAt });
    return { handle, anchor, interviewAt };
  }

  async function completeInterview(handle: LifecycleHandle, interviewAt: number) {
    await h.skip(interviewAt + HOUR_MS - (await h.now()));
    return h.send(handle, interviewCompletedSignal, {
      sourceEventId: 'met',
      occurredAt: interviewAt + HOUR_MS / 2,
    });
  }

  it('reminds 48 h and 2 h before, then a thank-you reminder at 24 h and the deadline at 48 h when none is sent', async () => {
    const { handle, interviewAt } = await interviewBooked('no-thanks', 10);
    await h.skip(interviewAt - 47 * HOUR_MS - (await h.now()));
    const [first] = await h.callsReach('raiseInterviewReminderDue', 'no-thanks', 1);
    expect(first).toMatchObject({
      hoursBefore: 48,
      dueAt: interviewAt - 48 * HOUR_MS,
      interviewAt,
    });
    await h.skip(46 * HOUR_MS);
    const reminders = await h.callsReach('raiseInterviewReminderDue', 'no-thanks', 2);
    expect(reminders[1]).toMatchObject({ hoursBefore: 2, dueAt: interviewAt - 2 * HOUR_MS });

    const completed = await completeInterview(handle, interviewAt);
    expect(completed.stage).toBe('interviewed');
    const completedAt = interviewAt + HOUR_MS / 2;
    await h.skip(25 * HOUR_MS);
    const [reminder] = await h.callsReach('raiseThankYouDue', 'no-thanks', 1);
    expect(reminder).toMatchObject({ kind: 'reminder', dueAt: completedAt + 24 * HOUR_MS });
    await h.skip(24 * HOUR_MS);
    const thanks = await h.callsReach('raiseThankYouDue', 'no-thanks', 2);
    expect(thanks[1]).toMatchObject({ kind: 'deadline', dueAt: completedAt + 48 * HOUR_MS });
  });

  it('raises no thank-you reminder when the thank-you is sent in time', async () => {
    const { handle, interviewAt } = await interviewBooked('thanked', 5);
    await completeInterview(handle, interviewAt);
    await h.skip(10 * HOUR_MS);
    const thanked = await h.send(handle, thankYouSentSignal, { sourceEventId: 'thanks' });
    expect(thanked.stage).toBe('thanked');
    await h.skip(3 * DAY_MS);
    expect(h.calls('raiseThankYouDue', 'thanked')).toHaveLength(0);
    expect(h.calls('raiseInterviewReminderDue', 'thanked')).toHaveLength(2);
    expect((await h.view(handle)).nextDue?.kind).toBe('keep-in-touch');
    await h.recordReplayFixture(handle, 'interview-thanked-in-time');
  });

  it('keeps in touch every 8 weeks and restarts the cadence after a logged touch', async () => {
    const handle = await h.start('keep-in-touch');
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: anchor });
    const referred = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'referral',
      outcome: 'referred',
      occurredAt: anchor,
    });
    expect(referred.stage).toBe('keeping-in-touch');

    await h.skip(57 * DAY_MS);
    const [first] = await h.callsReach('raiseKeepInTouchDue', 'keep-in-touch', 1);
    expect(first?.dueAt).toBe(anchor + 56 * DAY_MS);
    await h.skip(4 * DAY_MS);
    await h.send(handle, touchLoggedSignal, {
      sourceEventId: 'coffee',
      occurredAt: anchor + 60 * DAY_MS,
    });
    // Without the touch the next nudge would have come on day 112; it now comes on day 116.
    await h.skip(53 * DAY_MS);
    expect(h.calls('raiseKeepInTouchDue', 'keep-in-touch')).toHaveLength(1);
    await h.skip(4 * DAY_MS);
    const nudges = await h.callsReach('raiseKeepInTouchDue', 'keep-in-touch', 2);
    expect(nudges[1]?.dueAt).toBe(anchor + 116 * DAY_MS);
    expect((await h.view(handle)).counts.touches).toBe(3);
    await h.recordReplayFixture(handle, 'keep-in-touch-restarted-by-touch');
  });

  it('lives two simulated years under the history limit, continuing as new and carrying state', async () => {
    const handle = await h.start('two-years');
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: anchor });
    await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'referral',
      outcome: 'referred',
      occurredAt: anchor,
    });
    const cycles = 13; // 104 weeks at one nudge every 8 weeks
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      await h.skip(56 * DAY_MS);
      await h.callsReach('raiseKeepInTouchDue', 'two-years', cycle);
    }
    const view = await h.viewWhen(handle, (v) => v.counts.keepInTouchRaised === cycles);
    expect(view.stage).toBe('keeping-in-touch');
    expect(view.counts.touches).toBe(2);

    // Six nudges per run, then a new run: 6 + 6 + 1. Each run's history is a fixed start-up
    // cost plus a cost per nudge (measured: 101, 82 and 22 events), so it does not grow with the
    // relationship's age, and one run holding all 13 nudges (about 200 events) would fail here.
    // Reading the institution's policy (institution-policy-by-version) costs each run 3 events at
    // its start and each nudge one local-activity marker; the bounds moved by as much
    // (from 10 + 15 per nudge), with the same margin over what was measured.
    const { runs, eventsPerRun } = await h.historyOfAllRuns(handle);
    expect(runs).toBe(Math.ceil(cycles / KEEP_IN_TOUCH_CYCLES_PER_RUN));
    const nudgesPerRun = eventsPerRun.map((_, run) =>
      Math.min(KEEP_IN_TOUCH_CYCLES_PER_RUN, cycles - run * KEEP_IN_TOUCH_CYCLES_PER_RUN),
    );
    eventsPerRun.forEach((events, run) =>
      expect(events).toBeLessThanOrEqual(13 + 16 * nudgesPerRun[run]!),
    );
  });
});
