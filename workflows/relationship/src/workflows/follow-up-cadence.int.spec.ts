import { lifecycleHarness, noonAtOrBefore } from '../testing/lifecycle-harness';
import { DAY_MS, fromLocal, toLocal } from '@rapport/platform/zoned-time';
import { DEFAULT_POLICY } from './policy';
import { dueAfterDays } from './policy-time';
import { interviewScheduledSignal, outreachSentSignal, responseReceivedSignal } from './signals';

const daysAfter = (anchor: number, at: number) => (at - anchor) / DAY_MS;

describe('relationship workflow: follow-up cadence (time-skipping server)', () => {
  const h = lifecycleHarness('rel-follow-up');

  it('with no reply raises follow-ups on days 14, 28 and 42, then marks unresponsive', async () => {
    const handle = await h.start('no-reply');
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1', occurredAt: anchor });

    for (const count of [1, 2, 3]) {
      await h.skip(14 * DAY_MS);
      await h.callsReach('raiseFollowUpDue', 'no-reply', count);
    }
    expect(h.calls('markUnresponsive', 'no-reply')).toHaveLength(0);
    await h.skip(14 * DAY_MS);
    const [unresponsive] = await h.callsReach('markUnresponsive', 'no-reply', 1);

    const followUps = h.calls('raiseFollowUpDue', 'no-reply');
    expect(followUps.map((item) => daysAfter(anchor, item.dueAt))).toEqual([14, 28, 42]);
    expect(followUps.map((item) => item.sequence)).toEqual([1, 2, 3]);
    expect(followUps.every((item) => item.mode === 'standard')).toBe(true);
    expect(daysAfter(anchor, unresponsive?.dueAt ?? 0)).toBe(56);
    const keys = [...followUps, unresponsive].map((item) => item?.idempotencyKey);
    expect(new Set(keys).size).toBe(4);
    expect(keys[0]).toBe(`${h.suite.workflowId('no-reply')}:1`);

    const view = await h.viewWhen(handle, (v) => v.stage === 'unresponsive');
    expect(view.counts.followUpsRaised).toBe(3);
    expect(view.nextDue).toBeNull();
    await h.recordReplayFixture(handle, 'no-reply-to-unresponsive');
  });

  it('after a reply on day 20 raises no further follow-up', async () => {
    const handle = await h.start('reply-day-20');
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1', occurredAt: anchor });
    await h.skip(15 * DAY_MS);
    await h.callsReach('raiseFollowUpDue', 'reply-day-20', 1);
    await h.skip(5 * DAY_MS);
    const replied = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'reply-1',
      outcome: 'accepted',
    });
    expect(replied.stage).toBe('responded');

    await h.skip(60 * DAY_MS);
    const view = await h.view(handle);
    expect(view.stage).toBe('responded');
    expect(view.outcome).toBe('accepted');
    expect(h.calls('raiseFollowUpDue', 'reply-day-20')).toHaveLength(1);
    expect(h.calls('markUnresponsive', 'reply-day-20')).toHaveLength(0);
  });

  it('after an unclassified reply on day 20 raises no further follow-up, and the member can still classify it', async () => {
    const handle = await h.start('other-reply-day-20');
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1', occurredAt: anchor });
    await h.skip(15 * DAY_MS);
    await h.callsReach('raiseFollowUpDue', 'other-reply-day-20', 1);
    await h.skip(5 * DAY_MS);
    const replied = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'email-reply-1',
      outcome: 'other',
    });
    expect(replied).toMatchObject({ stage: 'responded', outcome: 'other', nextDue: null });
    const again = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'email-reply-1',
      outcome: 'other',
    });
    expect(again.counts.duplicatesIgnored).toBe(1);

    await h.skip(60 * DAY_MS);
    expect((await h.view(handle)).stage).toBe('responded');
    expect(h.calls('raiseFollowUpDue', 'other-reply-day-20')).toHaveLength(1);
    expect(h.calls('markUnresponsive', 'other-reply-day-20')).toHaveLength(0);

    const classified = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'classified-1',
      outcome: 'accepted',
    });
    expect(classified).toMatchObject({ stage: 'responded', outcome: 'accepted' });
    expect(classified.history.at(-1)).toMatchObject({
      what: 'responseReceived',
      sourceEventId: 'classified-1',
      result: 'applied',
    });
    expect(classified.counts.touches).toBe(replied.counts.touches);
    const interviewAt = (await h.now()) + 7 * DAY_MS;
    const booked = await h.send(handle, interviewScheduledSignal, {
      sourceEventId: 'booked-1',
      interviewAt,
    });
    expect(booked).toMatchObject({ stage: 'scheduled', interviewAt });
    await h.recordReplayFixture(handle, 'other-reply-stops-follow-ups');
  });

  it('an unclassified reply classified as a referral moves on to keeping in touch', async () => {
    const handle = await h.start('other-then-referred');
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1' });
    await h.send(handle, responseReceivedSignal, { sourceEventId: 'reply-1', outcome: 'other' });
    const second = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'reply-2',
      outcome: 'other',
    });
    expect(second.history.at(-1)).toMatchObject({ sourceEventId: 'reply-2', result: 'ignored' });
    const referred = await h.send(handle, responseReceivedSignal, {
      sourceEventId: 'classified-1',
      outcome: 'referred',
    });
    expect(referred).toMatchObject({ stage: 'keeping-in-touch', outcome: 'referred' });
    expect(referred.nextDue).toMatchObject({ kind: 'keep-in-touch' });
  });

  it('in business days with quiet hours moves a Friday-night timer past the weekend and the night', async () => {
    const zone = 'America/New_York';
    const handle = await h.start('weekend-night', {
      businessDays: true,
      timeZone: zone,
      followUpIntervalDays: 1,
      maxFollowUps: 1,
    });
    // Skip to the next Friday 22:00 in New York, then send the request right then.
    const now = await h.now();
    const today = toLocal(now, zone);
    const daysToFriday = (5 - today.weekday + 7) % 7 || 7;
    const fridayNight = fromLocal(zone, { ...today, day: today.day + daysToFriday }, 22 * 60);
    await h.skip(fridayNight - now);
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1', occurredAt: fridayNight });

    await h.skip(5 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'weekend-night', 1);
    const due = toLocal(followUp?.dueAt ?? 0, zone);
    // One business day after Friday is Monday 22:00, inside quiet hours: Tuesday 08:00 local.
    expect(due).toMatchObject({ weekday: 2, hour: 8, minute: 0 });
    expect(daysAfter(fridayNight, followUp?.dueAt ?? 0)).toBeGreaterThan(3);
    expect(daysAfter(fridayNight, followUp?.dueAt ?? 0)).toBeLessThan(4);

    await h.skip(2 * DAY_MS);
    const [unresponsive] = await h.callsReach('markUnresponsive', 'weekend-night', 1);
    expect(toLocal(unresponsive?.dueAt ?? 0, zone)).toMatchObject({ weekday: 3, hour: 8 });
  });

  it('in 3B7 mode suggests a second contact after 3 business days and follows up once after 7', async () => {
    const handle = await h.start('three-b-seven', { mode: '3b7' });
    const anchor = noonAtOrBefore(await h.now());
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1', occurredAt: anchor });
    const business = { ...DEFAULT_POLICY, businessDays: true };

    await h.skip(6 * DAY_MS);
    const [second] = await h.callsReach('raiseSecondContactDue', 'three-b-seven', 1);
    expect(second?.dueAt).toBe(dueAfterDays(anchor, 3, business));
    expect(h.calls('raiseFollowUpDue', 'three-b-seven')).toHaveLength(0);

    await h.skip(6 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'three-b-seven', 1);
    expect(followUp).toMatchObject({ sequence: 1, mode: '3b7' });
    expect(followUp?.dueAt).toBe(dueAfterDays(anchor, 7, business));

    await h.skip(12 * DAY_MS);
    const [unresponsive] = await h.callsReach('markUnresponsive', 'three-b-seven', 1);
    expect(unresponsive?.dueAt).toBe(dueAfterDays(anchor, 14, business));
    expect(h.calls('raiseFollowUpDue', 'three-b-seven')).toHaveLength(1);
    expect((await h.view(handle)).stage).toBe('unresponsive');
  });
});
