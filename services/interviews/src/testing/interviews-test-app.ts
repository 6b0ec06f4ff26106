import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Db } from 'mongodb';
import { decodePayload, type EventMessage } from '@rapport/contracts';
import type { OutboxDocument } from '@rapport/eventstore';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import type { SuiteIsolation } from '@rapport/testing';
import { type Caller, callersOf, type Reply, type Send } from '@rapport/testing/services';
import { interviewsAppOptions } from '../interviews.app';
import { INTERVIEWS_SERVICE } from '../interviews.config';
import { InterviewsModule } from '../interviews.module';

export type { Caller, Reply } from '@rapport/testing/services';

/** Business time the test sets by hand. */
export class TestClock {
  constructor(public now: Date = new Date('2026-03-02T09:00:00Z')) {}

  advanceHours(hours: number): Date {
    this.now = new Date(this.now.getTime() + hours * 60 * 60 * 1000);
    return this.now;
  }

  readonly read = (): Date => this.now;
}

/** The reply domain the test apps are given (RAPPORT_REPLY_DOMAIN). */
export const TEST_REPLY_DOMAIN = 'reply.rapport.test';

/** The real interviews app on the suite's own database, called with tokens as the gateway mints them. */
export async function startInterviewsApp(suite: SuiteIsolation, clock = new TestClock()) {
  const keys = await generateInternalKeyPair();
  const db = await suite.db();
  const app: NestFastifyApplication = await createServiceApp(
    InterviewsModule.forRoot(
      { db, kafka: suite.kafka(), clock: clock.read },
      { replyDomain: TEST_REPLY_DOMAIN },
    ),
    interviewsAppOptions(keys.publicKeyPem),
  );
  const as = callersOf(app, keys.privateKeyPem, INTERVIEWS_SERVICE);
  return { app, db, as, clock, close: () => app.close() };
}

export type InterviewsTestApp = Awaited<ReturnType<typeof startInterviewsApp>>;

/** Sends as `caller` and fails the test unless the status is the expected one. */
export async function expectStatus(
  service: InterviewsTestApp,
  caller: Caller,
  status: number,
  ...[method, path, options]: Parameters<Send>
): Promise<Reply> {
  const reply = await service.as(caller).send(method, path, options);
  if (reply.status !== status) {
    throw new Error(`${method} ${path} answered ${reply.status}, not ${status}: ${reply.body}`);
  }
  return reply;
}

export interface PendingMessage {
  readonly eventId: string;
  readonly type: string;
  readonly payload: EventMessage;
}

/** The integration messages waiting in the outbox for one stream, in stream order, decoded. */
export async function outboxMessages(db: Db, streamId: string): Promise<PendingMessage[]> {
  const entries = await db
    .collection<OutboxDocument>('events_outbox')
    .find({ streamId })
    .sort({ fromVersion: 1 })
    .toArray();
  return entries.flatMap((entry) =>
    entry.messages.map((message) => ({
      eventId: message.eventId,
      type: message.type,
      payload: decodePayload(
        message.type,
        message.payload.buffer.subarray(0, message.payload.position),
      ),
    })),
  );
}

export const ada: Caller = { id: 'm-ada', role: 'member' };

/** A schedule request for Ada's interview `interviewId` with Dr Ho, at `startsAt`. */
export function scheduleBody(interviewId: string, startsAt = '2026-03-10T15:00:00Z') {
  return {
    interviewId,
    contactId: 'c-ho',
    startsAt,
    timeZone: 'Europe/London',
    format: 'video',
    location: 'https://meet.example/ada-ho',
    organizer: { name: 'Ada Lovelace', email: 'ada@students.example' },
    attendee: { name: 'Dr Lin Ho', email: 'lin@hydro.example' },
  };
}

/** Schedules and completes an interview: most after-the-conversation specs start here. */
export async function completedInterview(
  service: InterviewsTestApp,
  interviewId: string,
  conversation: Record<string, unknown>,
): Promise<void> {
  await expectStatus(service, ada, 201, 'POST', `/members/${ada.id}/interviews`, {
    json: scheduleBody(interviewId),
  });
  await expectStatus(
    service,
    ada,
    200,
    'POST',
    `/members/${ada.id}/interviews/${interviewId}/complete`,
    {
      json: conversation,
    },
  );
}
