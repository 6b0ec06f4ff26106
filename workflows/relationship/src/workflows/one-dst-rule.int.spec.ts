import {
  addCalendarDays,
  DAY_MS,
  fromLocal,
  HOUR_MS,
  toLocal,
  type CalendarDate,
} from '@rapport/platform/zoned-time';
import { lifecycleHarness } from '../testing/lifecycle-harness';
import { fromLocalBeforeOneDstRule } from './dst-rule-before-patch';
import { ONE_DST_RULE } from './relationship-lifecycle.workflow';
import { outreachSentSignal } from './signals';

const ZONE = 'America/New_York';
const HALF_PAST_TWO = 150;

/** The next local date after `from` on which New York's clocks skip 02:30 (spring forward). */
function nextSpringForward(from: number): CalendarDate {
  const today = toLocal(from, ZONE);
  for (let days = 8; days < 400; days += 1) {
    const date = addCalendarDays(today, days);
    if (toLocal(fromLocal(ZONE, date, HALF_PAST_TWO), ZONE).hour === 3) return date;
  }
  throw new Error('no spring-forward night within 400 days');
}

describe('relationship workflow: the one DST rule for new runs (time-skipping server)', () => {
  const h = lifecycleHarness('rel-dst');

  it('a follow-up due at a local time the night skips fires just after the jump', async () => {
    const night = nextSpringForward(await h.now());
    // A request sent at 02:30 a week earlier: seven days on, 02:30 does not exist.
    const sentAt = fromLocal(ZONE, addCalendarDays(night, -7), HALF_PAST_TWO);
    await h.skip(sentAt + HOUR_MS - (await h.now()));

    const handle = await h.start('spring', {
      timeZone: ZONE,
      followUpIntervalDays: 7,
      quietHours: { start: '00:00', end: '00:00' },
    });
    const view = await h.send(handle, outreachSentSignal, {
      sourceEventId: 's',
      occurredAt: sentAt,
    });

    const oneRule = fromLocal(ZONE, night, HALF_PAST_TWO);
    expect(toLocal(oneRule, ZONE)).toMatchObject({ hour: 3, minute: 30 });
    // The rule before the patch put it an hour earlier (01:30 EST) west of UTC.
    expect(fromLocalBeforeOneDstRule(ZONE, night, HALF_PAST_TWO)).toBe(oneRule - HOUR_MS);
    expect(view.nextDue).toMatchObject({ kind: 'follow-up', at: oneRule });

    await h.skip(8 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'spring', 1);
    expect(followUp?.dueAt).toBe(oneRule);

    const { events } = await handle.fetchHistory();
    const patchIds = (events ?? []).flatMap((event) => {
      const payloads = event.markerRecordedEventAttributes?.details?.['patch-data']?.payloads;
      return (payloads ?? []).map((payload) => Buffer.from(payload.data ?? []).toString());
    });
    expect(patchIds.some((data) => data.includes(ONE_DST_RULE))).toBe(true);
    await h.recordReplayFixture(handle, 'follow-up-on-a-skipped-local-time');
  });
});
