import { DAY_MS, HOUR_MS } from '@rapport/platform/zoned-time';
import { lifecycleHarness, noonAtOrBefore } from '../testing/lifecycle-harness';
import {
  interviewCompletedSignal,
  interviewScheduledSignal,
  outreachSentSignal,
  responseReceivedSignal,
  thankYouSentSignal,
} from './signals';

/**
 * The lifecycle step "thank-you sent at 30 hours, no reminder raised": past the 24-hour
 * nudge but inside the 48-hour window, the thank-you must stop the clock before its deadline.
 * The spec beside this one only thanks at 10 hours, before any nudge exists.
 */
describe('relationship workflow: a thank-you sent at 30 hours (time-skipping server)', () => {
  const h = lifecycleHarness('rel-thanks-30h');

  it('raises the 24-hour nudge, then after the thank-you no 48-hour deadline and no further thank-you item', async () => {
    const name = 'thanked-at-30h';
    const handle = await h.start(name);
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: anchor });
    await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'yes',
      outcome: 'accepted',
      occurredAt: anchor,
    });
    const interviewAt = anchor + 4 * DAY_MS;
    await h.send(handle, interviewScheduledSignal, { sourceEventId: 'booked', interviewAt });
    await h.skip(interviewAt + HOUR_MS - (await h.now()));
    const completedAt = interviewAt + HOUR_MS / 2;
    const completed = await h.send(handle, interviewCompletedSignal, {
      sourceEventId: 'met',
      occurredAt: completedAt,
    });
    expect(completed.stage).toBe('interviewed');

    const thanksAt = completedAt + 30 * HOUR_MS;
    await h.skip(thanksAt - (await h.now()));
    // The 48-hour clock was running: its 24-hour nudge came, and nothing more yet.
    const [nudge] = await h.callsReach('raiseThankYouDue', name, 1);
    expect(nudge).toMatchObject({ kind: 'reminder', dueAt: completedAt + 24 * HOUR_MS });
    const thanked = await h.send(handle, thankYouSentSignal, {
      sourceEventId: 'thanks',
      occurredAt: thanksAt,
    });
    expect(thanked.stage).toBe('thanked');
    expect(thanked.nextDue?.kind).toBe('keep-in-touch');

    // Run the clock to the first keep-in-touch nudge: the workflow raises its items in time
    // order, so once that nudge is in, a 48-hour deadline (or any overdue thank-you) would be too.
    const keepInTouchAt = thanked.nextDue!.at;
    expect(keepInTouchAt).toBeGreaterThan(completedAt + 48 * HOUR_MS);
    await h.skip(keepInTouchAt + HOUR_MS - (await h.now()));
    await h.callsReach('raiseKeepInTouchDue', name, 1);
    expect(h.calls('raiseThankYouDue', name).map((item) => item.kind)).toEqual(['reminder']);
    expect(h.calls('raiseInterviewReminderDue', name)).toHaveLength(2);
    expect((await h.view(handle)).stage).not.toBe('interviewed');
  });
});
