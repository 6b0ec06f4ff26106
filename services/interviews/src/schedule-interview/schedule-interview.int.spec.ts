import ICAL from 'ical.js';
import { isolateSuite } from '@rapport/testing';
import { interviewStreamId } from '../domain/interview.decider';
import {
  ada,
  expectStatus,
  outboxMessages,
  scheduleBody,
  startInterviewsApp,
  type InterviewsTestApp,
} from '../testing/interviews-test-app';

interface View {
  status: string;
  startsAt: string;
  durationMinutes: number;
  invitationSequence: number;
  warnings: { code: string; interviewId: string }[];
}

function parsedInvitation(ics: string) {
  const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

describe('scheduling an interview', () => {
  const suite = isolateSuite('interviews-schedule');
  let service: InterviewsTestApp;
  const base = `/members/${ada.id}/interviews`;

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('schedules with the default 20 minutes and puts the invitation in the outbox', async () => {
    const reply = await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-1'),
    });
    const view = reply.json<View>();
    expect(view).toMatchObject({ status: 'scheduled', durationMinutes: 20, invitationSequence: 0 });
    expect(view.warnings).toEqual([]);
    expect(reply.headers.etag).toBe('"1"');

    const messages = await outboxMessages(service.db, interviewStreamId(ada.id, 'i-1'));
    expect(messages.map((m) => m.type)).toEqual([
      'rapport.interviews.v1.InterviewScheduled',
      'rapport.interviews.v1.InvitationIssued',
    ]);
    const scheduled = messages[0]!.payload;
    if (scheduled.$typeName !== 'rapport.interviews.v1.InterviewScheduled') throw new Error();
    // The relationship workflow's bridge needs these filled.
    expect(scheduled).toMatchObject({
      memberId: ada.id,
      contactId: 'c-ho',
      relationshipId: `${ada.id}:c-ho`,
    });
    expect(scheduled.startsAt?.seconds).toBe(BigInt(Date.parse('2026-03-10T15:00:00Z') / 1000));
    const invitation = messages[1]!.payload;
    if (invitation.$typeName !== 'rapport.interviews.v1.InvitationIssued') throw new Error();
    expect(invitation).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
      icsUid: 'i-1@interviews.rapport',
    });
    const event = parsedInvitation(invitation.ics);
    expect(event.uid).toBe('i-1@interviews.rapport');
    // Calendars answer the ORGANIZER: Rapport's address at the configured reply domain.
    expect(event.organizer.toLowerCase()).toBe('mailto:invitations@reply.rapport.test');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-10T15:20:00.000Z');
  });

  it('answers a repeated request as the first time, and a different body under the same id with 409', async () => {
    const first = await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-2', '2026-04-01T09:00:00Z'),
    });
    const again = await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-2', '2026-04-01T09:00:00Z'),
    });
    expect(again.json()).toEqual(first.json());
    const messages = await outboxMessages(service.db, interviewStreamId(ada.id, 'i-2'));
    expect(messages).toHaveLength(2);
    const clash = await expectStatus(service, ada, 409, 'POST', base, {
      json: scheduleBody('i-2', '2026-04-02T09:00:00Z'),
    });
    expect(clash.headers['content-type']).toContain('application/problem+json');
    expect(clash.json()).toMatchObject({ reason: 'exists' });
  });

  it('warns, without refusing, when another interview of the member overlaps', async () => {
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-3', '2026-05-01T10:00:00Z'),
    });
    const reply = await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-4', '2026-05-01T10:10:00Z'),
    });
    expect(reply.json<View>().warnings).toEqual([
      expect.objectContaining({ code: 'overlap', interviewId: 'i-3' }),
    ]);
    // Moved clear of it, the warning goes.
    const moved = await expectStatus(service, ada, 200, 'POST', `${base}/i-4/reschedule`, {
      json: {
        startsAt: '2026-05-01T10:20:00Z',
        timeZone: 'Europe/London',
        format: 'phone',
        location: '+44 20 7946 0000',
      },
    });
    expect(moved.json<View>()).toMatchObject({ invitationSequence: 1, warnings: [] });
    const list = await expectStatus(service, ada, 200, 'GET', base);
    const rows = list.json<{ interviews: { interviewId: string; endsAt: string }[] }>().interviews;
    expect(rows.find((r) => r.interviewId === 'i-4')?.endsAt).toBe('2026-05-01T10:40:00.000Z');
  });

  it('reschedules and cancels with a growing SEQUENCE under one UID, and serves the file', async () => {
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-5', '2026-06-01T10:00:00Z'),
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/i-5/reschedule`, {
      json: {
        startsAt: '2026-06-02T10:00:00+01:00',
        timeZone: 'Europe/London',
        durationMinutes: 30,
        format: 'video',
      },
    });
    const cancelled = await expectStatus(service, ada, 200, 'POST', `${base}/i-5/cancel`, {
      json: { reason: 'ill' },
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      invitationSequence: 2,
      reason: 'ill',
    });
    const messages = await outboxMessages(service.db, interviewStreamId(ada.id, 'i-5'));
    const invitations = messages.flatMap((m) =>
      m.payload.$typeName === 'rapport.interviews.v1.InvitationIssued' ? [m.payload] : [],
    );
    expect(invitations.map((i) => [i.method, i.sequence])).toEqual([
      ['REQUEST', 0],
      ['REQUEST', 1],
      ['CANCEL', 2],
    ]);
    expect(new Set(invitations.map((i) => parsedInvitation(i.ics).uid)).size).toBe(1);
    expect(parsedInvitation(invitations[1]!.ics).startDate.toJSDate().toISOString()).toBe(
      '2026-06-02T09:00:00.000Z',
    );

    const file = await expectStatus(service, ada, 200, 'GET', `${base}/i-5/invitation.ics`);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.headers['content-type']).toContain('method=CANCEL');
    expect(parsedInvitation(file.body).sequence).toBe(2);
    // Cancelled is final: no move, no second cancel event.
    await expectStatus(service, ada, 409, 'POST', `${base}/i-5/reschedule`, {
      json: { startsAt: '2026-06-03T10:00:00Z', timeZone: 'Europe/London', format: 'video' },
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/i-5/cancel`, { json: {} });
    expect(await outboxMessages(service.db, interviewStreamId(ada.id, 'i-5'))).toHaveLength(
      messages.length,
    );
  });

  it('refuses a change made on a stale version with 412 (If-Match)', async () => {
    const made = await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-9', '2026-09-01T10:00:00Z'),
    });
    const etag = String(made.headers.etag);
    const move = { startsAt: '2026-09-02T10:00:00Z', timeZone: 'UTC', format: 'video' };
    await expectStatus(service, ada, 200, 'POST', `${base}/i-9/reschedule`, {
      json: move,
      headers: { 'if-match': etag },
    });
    const stale = await expectStatus(service, ada, 412, 'POST', `${base}/i-9/cancel`, {
      json: {},
      headers: { 'if-match': etag },
    });
    expect(stale.headers['content-type']).toContain('application/problem+json');
  });

  it('answers bad input with problem+json naming the fields', async () => {
    const reply = await expectStatus(service, ada, 400, 'POST', base, {
      json: {
        ...scheduleBody('i-6'),
        timeZone: 'Mars/Olympus',
        format: 'carrier-pigeon',
        startsAt: 'soon',
      },
    });
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect(reply.body).toMatch(/timeZone/);
    expect(reply.body).toMatch(/format/);
    expect(reply.body).toMatch(/startsAt/);
  });

  it('lets only the member change, their assigned coach read, and nobody from another tenant see', async () => {
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('i-7', '2026-07-01T10:00:00Z'),
    });
    const coach = { id: 'coach-1', role: 'coach' as const, assignedMemberIds: [ada.id] };
    await expectStatus(service, coach, 200, 'GET', `${base}/i-7`);
    await expectStatus(service, coach, 200, 'GET', base);
    await expectStatus(service, coach, 403, 'POST', `${base}/i-7/cancel`, { json: {} });
    await expectStatus(service, coach, 403, 'POST', base, { json: scheduleBody('i-8') });
    const otherCoach = { id: 'coach-2', role: 'coach' as const, assignedMemberIds: ['m-bob'] };
    await expectStatus(service, otherCoach, 403, 'GET', `${base}/i-7`);
    const bob = { id: 'm-bob', role: 'member' as const };
    await expectStatus(service, bob, 403, 'GET', `${base}/i-7/invitation.ics`);
    await expectStatus(service, bob, 403, 'POST', `${base}/i-7/cancel`, { json: {} });
    const adaElsewhere = { ...ada, tenantId: 'uni-b' };
    await expectStatus(service, adaElsewhere, 404, 'GET', `${base}/i-7`);
    await expectStatus(service, adaElsewhere, 404, 'POST', `${base}/i-7/cancel`, { json: {} });
    const list = await expectStatus(service, adaElsewhere, 200, 'GET', base);
    expect(list.json()).toEqual({ interviews: [], toSchedule: [] });
  });
});
