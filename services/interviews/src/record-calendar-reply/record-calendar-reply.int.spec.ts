import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { type EventInit, ResponseOutcome } from '@rapport/contracts';
import { consumerFrom } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { ContactErasure } from '../erase-contact/contact-erasure';
import { acceptedRequests, calendarReplies, erasedContacts } from '../interviews.consumers';
import { SchedulingOffers } from '../offer-scheduling/scheduling-offers';
import {
  ada,
  expectStatus,
  scheduleBody,
  startInterviewsApp,
  type InterviewsTestApp,
} from '../testing/interviews-test-app';
import { InterviewWriter } from '../shared/interview-writer';
import { CalendarReplies } from './record-calendar-reply';

const REPLY = 'rapport.notifications.v1.CalendarReplyReceived';
const RESPONSE = 'rapport.outreach.v1.ResponseReceived';

interface View {
  reply: { partstat: string; sequence: number } | null;
}
interface Board {
  interviews: { interviewId: string; reply?: string | null }[];
  toSchedule: { contactId: string }[];
}

describe('what the interviews context hears from others', () => {
  const suite = isolateSuite('interviews-consumers');
  const notifications = suite.topic('notifications');
  const outreach = suite.topic('outreach');
  const contacts = suite.topic('contacts');
  let service: InterviewsTestApp;
  let spec: ConsumerSpec;
  const base = `/members/${ada.id}/interviews`;

  const replyTo = (
    interviewId: string,
    partstat: string,
    sequence = 0,
  ): EventInit<typeof REPLY> => ({
    memberId: ada.id,
    interviewId,
    icsUid: `${interviewId}@interviews.rapport`,
    attendeeEmail: 'LIN@hydro.example',
    partstat,
    sequence,
    receivedAt: timestampFromDate(new Date('2026-03-03T08:00:00Z')),
  });
  const publishReply = (
    reply: EventInit<typeof REPLY>,
    eventId = randomUUID(),
    tenantId = 'uni-a',
  ) =>
    spec.publish(notifications, REPLY, reply, {
      eventId,
      tenantId,
      streamId: `calendar-reply:${eventId}`,
    });
  const view = async (interviewId: string) =>
    (await expectStatus(service, ada, 200, 'GET', `${base}/${interviewId}`)).json<View>();
  const untilReply = (interviewId: string, partstat: string) =>
    pollUntil(
      `the ${partstat} reply on ${interviewId}`,
      async () => {
        const { reply } = await view(interviewId);
        return reply?.partstat === partstat ? reply : undefined;
      },
      { timeoutMs: 45_000 },
    );
  /** One partition: once the marker's reply shows, every message before it was handled. */
  const passMarker = async () => {
    const marker = `mk-${randomUUID().slice(0, 8)}`;
    await expectStatus(service, ada, 201, 'POST', base, {
      json: scheduleBody(marker, '2027-01-01T10:00:00Z'),
    });
    await spec.passMarker(
      () => publishReply(replyTo(marker, 'ACCEPTED')),
      async () => (await view(marker)).reply !== null,
    );
  };
  const replyEvents = async (interviewId: string) =>
    (await service.app.get(InterviewWriter).load('uni-a', ada.id, interviewId)).version;

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
    spec = await startConsumerSpec(suite, [notifications, outreach, contacts]);
    const logger = createLogger('interviews-consumers-test', 'warn');
    await spec.start(
      consumerFrom(calendarReplies(notifications), {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.app.get(CalendarReplies),
        groupId: spec.groupId('calendar-replies'),
      }),
    );
    await spec.start(
      consumerFrom(acceptedRequests(outreach), {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.app.get(SchedulingOffers),
        groupId: spec.groupId('accepted-requests'),
      }),
    );
    await spec.start(
      consumerFrom(erasedContacts(contacts), {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.app.get(ContactErasure),
        groupId: spec.groupId('erased-contacts'),
      }),
    );
  });
  afterAll(async () => {
    await spec?.close();
    await service?.close();
    await suite.cleanup();
  });

  it('records the contact’s ACCEPTED reply once, however often it is delivered', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('r-1') });
    const eventId = randomUUID();
    await publishReply(replyTo('r-1', 'ACCEPTED'), eventId);
    expect(await untilReply('r-1', 'accepted')).toMatchObject({ sequence: 0 });
    const version = await replyEvents('r-1');
    await publishReply(replyTo('r-1', 'ACCEPTED'), eventId);
    await publishReply(replyTo('r-1', 'ACCEPTED'));
    await passMarker();
    expect(await replyEvents('r-1')).toBe(version);
    const board = (await expectStatus(service, ada, 200, 'GET', base)).json<Board>();
    expect(board.interviews.find((i) => i.interviewId === 'r-1')?.reply).toBe('accepted');
  });

  it('ignores a reply to an older SEQUENCE, and takes the one to the moved invitation', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('r-2') });
    await expectStatus(service, ada, 200, 'POST', `${base}/r-2/reschedule`, {
      json: { startsAt: '2026-03-12T15:00:00Z', timeZone: 'Europe/London', format: 'video' },
    });
    await publishReply(replyTo('r-2', 'DECLINED', 0));
    await passMarker();
    expect((await view('r-2')).reply).toBeNull();
    await publishReply(replyTo('r-2', 'TENTATIVE', 1));
    expect(await untilReply('r-2', 'tentative')).toMatchObject({ sequence: 1 });
  });

  it('ignores replies from an address that was not invited, and other tenants’ replies', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('r-3') });
    await publishReply({ ...replyTo('r-3', 'DECLINED'), attendeeEmail: 'someone@else.example' });
    await publishReply(replyTo('r-3', 'DECLINED'), randomUUID(), 'uni-b');
    await passMarker();
    expect((await view('r-3')).reply).toBeNull();
  });

  it('offers scheduling after an accepted request, until an interview is scheduled', async () => {
    const response = (contactId: string, outcome: ResponseOutcome): EventInit<typeof RESPONSE> => ({
      memberId: ada.id,
      contactId,
      relationshipId: `${ada.id}:${contactId}`,
      outcome,
      matchedFromEmail: false,
    });
    const eventId = randomUUID();
    const streamId = `outreach:${ada.id}:c-new`;
    await spec.publish(outreach, RESPONSE, response('c-new', ResponseOutcome.ACCEPTED), {
      eventId,
      streamId,
      version: 3n,
    });
    await spec.publish(outreach, RESPONSE, response('c-no', ResponseOutcome.DECLINED), {
      streamId: `outreach:${ada.id}:c-no`,
    });
    const board = await pollUntil(
      'the contact offered for scheduling',
      async () => {
        const body = (await expectStatus(service, ada, 200, 'GET', base)).json<Board>();
        return body.toSchedule.length > 0 ? body : undefined;
      },
      { timeoutMs: 45_000 },
    );
    expect(board.toSchedule.map((t) => t.contactId)).toEqual(['c-new']);
    // A redelivery changes nothing; scheduling with the contact takes them off the list.
    await spec.publish(outreach, RESPONSE, response('c-new', ResponseOutcome.ACCEPTED), {
      eventId,
      streamId,
      version: 3n,
    });
    await expectStatus(service, ada, 201, 'POST', base, {
      json: { ...scheduleBody('r-4', '2026-08-01T10:00:00Z'), contactId: 'c-new' },
    });
    // An acceptance heard after the interview was scheduled offers nothing either.
    await spec.publish(outreach, RESPONSE, response('c-new', ResponseOutcome.ACCEPTED), {
      streamId,
      version: 4n,
    });
    // The outreach topic has one partition: once this later acceptance shows, the redelivery was handled.
    await spec.publish(outreach, RESPONSE, response('c-later', ResponseOutcome.ACCEPTED), {
      streamId: `outreach:${ada.id}:c-later`,
    });
    const after = await pollUntil(
      'the later acceptance offered',
      async () => {
        const body = (await expectStatus(service, ada, 200, 'GET', base)).json<Board>();
        return body.toSchedule.some((t) => t.contactId === 'c-later') ? body : undefined;
      },
      { timeoutMs: 45_000 },
    );
    expect(after.toSchedule.map((t) => t.contactId)).toEqual(['c-later']);
  });

  it('forgets the invitation’s names and addresses when the contact is erased, and keeps the interview', async () => {
    await expectStatus(service, ada, 201, 'POST', base, {
      json: { ...scheduleBody('e-1', '2026-10-01T10:00:00Z'), contactId: 'c-erased' },
    });
    await expectStatus(service, ada, 200, 'GET', `${base}/e-1/invitation.ics`);
    await spec.publish(contacts, 'rapport.contacts.v1.ContactErased', {
      memberId: ada.id,
      contactId: 'c-erased',
    });
    await pollUntil(
      'the invitation forgotten',
      async () =>
        (await service.as(ada).send('GET', `${base}/e-1/invitation.ics`)).status === 404
          ? true
          : undefined,
      { timeoutMs: 45_000 },
    );
    await expectStatus(service, ada, 200, 'GET', `${base}/e-1`);
    await expectStatus(service, ada, 200, 'GET', `${base}/r-1/invitation.ics`);
  });
});
