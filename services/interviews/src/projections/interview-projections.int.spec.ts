import { EventStore } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import {
  ada,
  expectStatus,
  scheduleBody,
  startInterviewsApp,
  type InterviewsTestApp,
} from '../testing/interviews-test-app';
import { InterviewProjections } from './interview-projections';
import { MEMBER_INTERVIEWS } from './member-interviews.projection';
import type { InterviewEvent } from '../domain/interview.events';
import { interviewStreamId } from '../domain/interview.decider';

describe('the member interviews read model', () => {
  const suite = isolateSuite('interviews-projections');
  let service: InterviewsTestApp;
  let projections: InterviewProjections;
  const base = `/members/${ada.id}/interviews`;
  const board = async () => (await expectStatus(service, ada, 200, 'GET', base)).json();

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
    projections = service.app.get(InterviewProjections);
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('p-1', '2026-03-10T10:00:00Z'),
    });
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('p-2', '2026-03-11T10:00:00Z'),
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/p-2/reschedule`, {
      json: { startsAt: '2026-03-12T10:00:00Z', timeZone: 'Europe/Paris', format: 'phone' },
    });
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody('p-3', '2026-03-13T10:00:00Z'),
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/p-3/cancel`, { json: {} });
    await expectStatus(service, ada, 200, 'POST', `${base}/p-1/complete`, {
      json: { closingAsks: { linkedin: false, keepInTouch: true } },
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/p-1/thank-you`, {
      json: { channel: 'note' },
    });
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('shows each interview as it stands, soonest first', async () => {
    expect(await board()).toMatchObject({
      interviews: [
        { interviewId: 'p-1', status: 'completed', thankYou: 'note' },
        { interviewId: 'p-2', status: 'scheduled', timeZone: 'Europe/Paris', format: 'phone' },
        { interviewId: 'p-3', status: 'cancelled' },
      ],
      toSchedule: [],
    });
  });

  it('changes nothing when the recorded events are applied again', async () => {
    const before = await board();
    const recorded = [];
    for await (const event of new EventStore(service.db).readAll<InterviewEvent>())
      recorded.push(event);
    await projections.apply(
      recorded.map((r) => ({
        tenantId: r.tenantId,
        streamId: r.streamId,
        version: r.version,
        event: { type: r.type, data: r.data } as InterviewEvent,
      })),
    );
    expect(await board()).toEqual(before);
  });

  it('changes nothing when the relay hands the recorded events over again (applyRecorded)', async () => {
    const before = await board();
    const recorded = [];
    for await (const event of new EventStore(service.db).readAll()) recorded.push(event);
    await projections.applyRecorded(recorded);
    expect(await board()).toEqual(before);
  });

  it('is applied by the event store itself: an append that no writer follows up still shows', async () => {
    // The read model is declared in InterviewsModule, so any append through the service's event
    // store applies it before the stream head moves; nothing depends on the writer doing it.
    const streamId = interviewStreamId(ada.id, 'p-2');
    const events = [];
    for await (const event of new EventStore(service.db).readAll<InterviewEvent>())
      if (event.streamId === streamId) events.push(event);
    const last = events[events.length - 1]!;
    const { memberId, contactId, interviewId } = last.data;
    await service.app.get(EventStore).append(
      { tenantId: last.tenantId, streamId },
      last.version,
      [
        {
          eventId: 'p-2-cancelled-directly',
          event: {
            type: 'InterviewCancelled',
            data: { memberId, contactId, interviewId, sequence: 2, at: '2026-03-03T09:00:00.000Z' },
          },
        },
      ],
      {
        actor: { id: ada.id, role: 'member' },
        occurredAt: new Date('2026-03-03T09:00:00Z'),
        correlationId: 'direct-append',
      },
    );
    const rows = (await board()).interviews as { interviewId: string; status: string }[];
    expect(rows.find((row) => row.interviewId === 'p-2')?.status).toBe('cancelled');
  });

  it('rebuilds from the event store into the same screen, and later writes land in the new collection', async () => {
    const before = await board();
    const applied = await projections.set.rebuild(new EventStore(service.db));
    expect(applied[MEMBER_INTERVIEWS]).toBeGreaterThan(0);
    expect((await projections.set.active(MEMBER_INTERVIEWS)).collectionName).not.toBe(
      MEMBER_INTERVIEWS,
    );
    expect(await board()).toEqual(before);
    await expectStatus(service, ada, 200, 'POST', `${base}/p-2/cancel`, { json: {} });
    expect(await board()).toMatchObject({
      interviews: [{}, { interviewId: 'p-2', status: 'cancelled' }, {}],
    });
  });
});
