import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  Channel,
  InterviewFormat,
  ResponseOutcome,
  ThankYouChannel,
  TouchKind,
} from '@rapport/contracts';
import { isolateSuite, pollUntil } from '@rapport/testing';
import type { Caller } from '@rapport/testing/services';
import { InterviewProjections } from '../projections/interview-projections';
import { ADA, startTimelineHarness, TENANT, type TimelineHarness } from './timeline-test-harness';

const DAY = 24 * 60 * 60 * 1000;

describe('the relationship timeline, kept from the outreach and interviews topics', () => {
  const suite = isolateSuite('interviews-timeline');
  // Business time the test sets by hand: the colour depends on it.
  let now = new Date('2026-06-01T09:00:00Z');
  let harness: TimelineHarness;
  const ada = ADA;

  beforeAll(async () => {
    harness = await startTimelineHarness(suite, () => now);
  });
  afterAll(async () => {
    await harness?.close();
    await suite.cleanup();
  });

  it('orders outreach and interview lines by when they happened, whatever order they arrive in', async () => {
    const ids = harness.relationship();
    const outreach = { streamId: `outreach:${ids.memberId}:${ids.contactId}` };
    const interview = { streamId: `interview:${randomUUID()}` };
    const day = (n: number) => new Date(Date.parse('2026-05-01T09:00:00Z') + n * DAY);
    const interviewId = 'i-1';
    // The interview's events first: they sit on another topic and may well overtake outreach's.
    await harness.publish(
      'interviews',
      'rapport.interviews.v1.InterviewScheduled',
      {
        ...ids,
        interviewId,
        startsAt: timestampFromDate(day(10)),
        durationMinutes: 20,
        timeZone: 'Europe/London',
        format: InterviewFormat.VIDEO,
      },
      { ...interview, version: 1, occurredAt: day(3) },
    );
    await harness.publish(
      'interviews',
      'rapport.interviews.v1.InterviewCompleted',
      { ...ids, interviewId, completedAt: timestampFromDate(day(10)), referrals: [] },
      { ...interview, version: 2, occurredAt: day(10) },
    );
    await harness.publish(
      'interviews',
      'rapport.interviews.v1.ThankYouSent',
      { ...ids, interviewId, sentAt: timestampFromDate(day(11)), channel: ThankYouChannel.EMAIL },
      { ...interview, version: 3, occurredAt: day(11) },
    );
    await harness.publish(
      'outreach',
      'rapport.outreach.v1.OutreachSent',
      { ...ids, channel: Channel.EMAIL, sentByRapport: true },
      { ...outreach, version: 1, occurredAt: day(0) },
    );
    await harness.publish(
      'outreach',
      'rapport.outreach.v1.ResponseReceived',
      { ...ids, outcome: ResponseOutcome.ACCEPTED },
      { ...outreach, version: 2, occurredAt: day(2) },
    );
    await harness.publish(
      'interviews',
      'rapport.interviews.v1.TouchLogged',
      { ...ids, touchId: 't-1', touchedAt: timestampFromDate(day(20)), kind: TouchKind.MET },
      { ...interview, version: 4, occurredAt: day(20) },
    );

    const timeline = await harness.untilEntries(ids, 6);
    expect(timeline.entries.map((entry) => entry.kind)).toEqual([
      'request-sent',
      'response-received',
      'interview-scheduled',
      'interview-completed',
      'thank-you-sent',
      'touch-logged',
    ]);
    expect(timeline.entries.map((entry) => entry.touch)).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
    ]);
    expect(timeline.lastTouchAt).toBe(day(20).toISOString());
    expect(timeline.relationshipId).toBe(ids.relationshipId);
  });

  it('applies a redelivered event once', async () => {
    const ids = harness.relationship();
    const stream = { streamId: `interview:${randomUUID()}` };
    const touch = {
      ...ids,
      touchId: 't-1',
      touchedAt: timestampFromDate(now),
      kind: TouchKind.SHARED_ARTICLE,
    };
    const first = await harness.publish('interviews', 'rapport.interviews.v1.TouchLogged', touch, {
      ...stream,
      version: 1,
      occurredAt: now,
    });
    await harness.untilEntries(ids, 1);
    // The same event again (a relay retry), then a marker behind it on the same partition.
    await harness.publish('interviews', 'rapport.interviews.v1.TouchLogged', touch, {
      ...stream,
      version: 1,
      occurredAt: now,
      eventId: first.eventId,
    });
    await harness.spec.passMarker(
      () =>
        harness.publish(
          'interviews',
          'rapport.interviews.v1.TouchLogged',
          { ...touch, touchId: 't-2' },
          { ...stream, version: 2, occurredAt: now },
        ),
      async () => ((await harness.timelineOf(ids))?.entries.length ?? 0) >= 2,
    );
    const timeline = await harness.timelineOf(ids);
    expect(timeline?.entries.map((entry) => entry.eventId)).toHaveLength(2);
    expect(timeline?.entries[0]?.eventId).toBe(first.eventId);
  });

  it('shows the contact’s calendar answer on the relationship of the interview it answers', async () => {
    const ids = harness.relationship();
    const interviewId = randomUUID();
    const receivedAt = new Date('2026-05-20T08:00:00Z');
    // The interview as the service recorded it when scheduling (its own read model, by the writer).
    await harness.app.get(InterviewProjections).apply([
      {
        tenantId: TENANT,
        streamId: `interview:${interviewId}`,
        version: 1,
        event: {
          type: 'InterviewScheduled',
          data: {
            ...ids,
            interviewId,
            startsAt: '2026-05-25T10:00:00.000Z',
            durationMinutes: 20,
            timeZone: 'Europe/London',
            format: 'video',
            sequence: 1,
            fingerprint: 'f',
            at: receivedAt.toISOString(),
          },
        },
      },
    ]);
    const reply = (id: string) => ({
      memberId: ids.memberId,
      interviewId: id,
      icsUid: `${id}@interviews.rapport.test`,
      attendeeEmail: 'grace@navy.example',
      partstat: 'ACCEPTED',
      sequence: 1,
      receivedAt: timestampFromDate(receivedAt),
    });
    // An answer to an invitation this service does not know is passed over, and blocks nothing.
    const unknown = randomUUID();
    await harness.publish(
      'notifications',
      'rapport.notifications.v1.CalendarReplyReceived',
      reply(unknown),
      {
        streamId: `invitation:${unknown}`,
        version: 1,
        occurredAt: receivedAt,
      },
    );
    await harness.publish(
      'notifications',
      'rapport.notifications.v1.CalendarReplyReceived',
      reply(interviewId),
      {
        streamId: `invitation:${interviewId}@interviews.rapport.test`,
        version: 1,
        occurredAt: receivedAt,
      },
    );
    const timeline = await harness.untilEntries(ids, 1);
    expect(timeline.entries).toEqual([
      expect.objectContaining({
        kind: 'calendar-reply',
        touch: false,
        at: receivedAt.toISOString(),
      }),
    ]);
    expect(timeline.lastTouchAt).toBeNull();
  });

  it('colours the relationship from the time since the last touch against the cadence', async () => {
    const ids = harness.relationship();
    const touchedAt = new Date('2026-01-05T09:00:00Z');
    await harness.publish(
      'outreach',
      'rapport.outreach.v1.FollowUpSent',
      { ...ids, sequence: 1, channel: Channel.EMAIL, sentByRapport: true },
      { streamId: `outreach:${ids.memberId}:${ids.contactId}`, version: 3, occurredAt: touchedAt },
    );
    await harness.untilEntries(ids, 1);
    const colourAfter = async (days: number) => {
      now = new Date(touchedAt.getTime() + days * DAY);
      return (await harness.timelineOf(ids))?.health.colour;
    };
    // Eight weeks is the workflow's default cadence; red from twelve weeks.
    expect(await colourAfter(7)).toBe('green');
    expect(await colourAfter(8 * 7)).toBe('amber');
    expect(await colourAfter(12 * 7)).toBe('red');
    const health = (await harness.timelineOf(ids))?.health;
    expect(health?.amberFrom).toBe(new Date(touchedAt.getTime() + 56 * DAY).toISOString());
  });

  it('shows a timeline to its member and their coach only, and nothing across tenants', async () => {
    const ids = harness.relationship();
    await harness.publish(
      'outreach',
      'rapport.outreach.v1.OutreachSent',
      { ...ids, channel: Channel.LINKEDIN, sentByRapport: false },
      { streamId: `outreach:${ids.memberId}:${ids.contactId}`, version: 1, occurredAt: now },
    );
    await harness.untilEntries(ids, 1);
    const status = async (
      caller: Caller,
      target: { memberId: string; relationshipId: string } = ids,
    ) => (await harness.as(caller).send('GET', harness.path(target))).status;
    expect(await status({ id: 'coach-cy', role: 'coach', assignedMemberIds: [ada.id] })).toBe(200);
    expect(await status({ id: 'coach-di', role: 'coach', assignedMemberIds: ['member-bo'] })).toBe(
      403,
    );
    const bo: Caller = { id: 'member-bo', role: 'member' };
    expect(await status(bo)).toBe(403);
    // Bo asking for Ada's relationship under his own id finds nothing of hers.
    expect(await status(bo, { memberId: bo.id, relationshipId: ids.relationshipId })).toBe(404);
    expect(await status({ ...ada, tenantId: 'uni-b' })).toBe(404);
    const denied = await harness.as(bo).send('GET', harness.path(ids));
    expect(denied.headers['content-type']).toContain('application/problem+json');

    // The same ids in another institution make a timeline of their own, and leave this one alone.
    const elsewhere = await harness.publish(
      'outreach',
      'rapport.outreach.v1.OutreachSent',
      { ...ids, channel: Channel.EMAIL, sentByRapport: true },
      {
        streamId: `outreach:${ids.memberId}:${ids.contactId}`,
        version: 1,
        occurredAt: now,
        tenantId: 'uni-b',
      },
    );
    const theirs = await pollUntil(
      'the other institution’s timeline',
      () => harness.timelineOf(ids, { ...ada, tenantId: 'uni-b' }),
      { timeoutMs: 45_000 },
    );
    expect(theirs.entries.map((entry) => entry.eventId)).toEqual([elsewhere.eventId]);
    const ours = await harness.timelineOf(ids);
    expect(ours?.entries).toHaveLength(1);
    expect(ours?.entries[0]?.eventId).not.toBe(elsewhere.eventId);
  });
});
