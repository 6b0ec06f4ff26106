import { randomUUID } from 'node:crypto';
import { timestampFromMs, timestampNow } from '@bufbuild/protobuf/wkt';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { Producer } from 'kafkajs';
import {
  Channel,
  DEAD_LETTER_TOPIC,
  decodeEnvelope,
  decodePayload,
  encodeEnvelope,
  encodePayload,
  type EventInit,
  type EventTypeName,
  ResponseOutcome,
} from '@rapport/contracts';
import { DeadLetterQueue, ensureTopics, type EventConsumer } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil, testServers } from '@rapport/testing';
import type { RelationshipActivities } from '../activities/relationship.activities';
import { relationshipQuery } from '../workflows/signals';
import type { RelationshipView } from '../workflows/state';
import { deliverToWorkflow, outreachBridgeConsumer } from './outreach-bridge.consumer';
import { ensureTenantSearchAttribute } from '../institution-policy/policy-broadcast';
import { relationshipWorkflowId } from './outreach-signals';

Runtime.install({ logger: new DefaultLogger('WARN') });

const nothing = () => Promise.resolve();
const activities: RelationshipActivities = {
  raiseFollowUpDue: nothing,
  markUnresponsive: nothing,
  raiseSecondContactDue: nothing,
  raiseInterviewReminderDue: nothing,
  raiseThankYouDue: nothing,
  raiseKeepInTouchDue: nothing,
  currentInstitutionPolicy: () => Promise.resolve(null),
};

describe('outreach events drive the relationship workflows', () => {
  const suite = isolateSuite('relationship-bridge');
  const topic = suite.topic('outreach');
  const contactsTopic = suite.topic('contacts');
  const interviewsTopic = suite.topic('interviews');
  const groupId = `${suite.id}-bridge`;
  const started: string[] = [];
  let env: TestWorkflowEnvironment;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  let consumer: EventConsumer;
  let producer: Producer;

  const envelopeOf = <T extends EventTypeName>(eventId: string, type: T, payload: EventInit<T>) =>
    encodeEnvelope({
      eventId,
      type,
      schemaVersion: 1,
      streamId: 'outreach:member-ada:contact-lin',
      streamVersion: 1n,
      tenantId: 'uni-a',
      actor: { id: 'member-ada', role: 'member' },
      occurredAt: timestampNow(),
      correlationId: `corr-${eventId}`,
      causationId: `corr-${eventId}`,
      payload: encodePayload(type, payload),
    });
  const publish = async <T extends EventTypeName>(
    eventId: string,
    type: T,
    payload: EventInit<T>,
    to = topic,
  ) => {
    const value = envelopeOf(eventId, type, payload);
    await producer.send({
      topic: to,
      acks: -1,
      messages: [{ key: 'outreach:member-ada', value: Buffer.from(value) }],
    });
  };

  const viewOf = (relationshipId: string) => {
    const workflowId = relationshipWorkflowId('uni-a', relationshipId);
    if (!started.includes(workflowId)) started.push(workflowId);
    return client.workflow.getHandle(workflowId).query(relationshipQuery);
  };
  const viewWhen = (relationshipId: string, accept: (view: RelationshipView) => boolean) =>
    pollUntil(
      `relationship ${relationshipId} to settle`,
      async () => {
        const view = await viewOf(relationshipId).catch(() => undefined);
        return view && accept(view) ? view : undefined;
      },
      { timeoutMs: 30_000 },
    );

  beforeAll(async () => {
    // Temporal's real test server (Java): signalWithStart, queries and the worker as in production.
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServers().temporalTestServer } },
    });
    client = env.client;
    // Registered as the worker registers it: the bridge starts workflows tagged with their tenant.
    await ensureTenantSearchAttribute(client);
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: suite.taskQueue,
      workflowsPath: require.resolve('../workflows/relationship-lifecycle.workflow'),
      activities,
    });
    running = worker.run();
    await ensureTopics(
      suite.kafka(),
      [topic, interviewsTopic, contactsTopic, DEAD_LETTER_TOPIC],
      1,
    );
    producer = suite.kafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    consumer = outreachBridgeConsumer({
      kafka: suite.kafka(),
      db: await suite.db(),
      client,
      taskQueue: suite.taskQueue,
      logger: createLogger('bridge-test', 'warn'),
      topics: [topic, interviewsTopic, contactsTopic],
      groupId,
    });
    await consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    for (const workflowId of started)
      await client.workflow
        .getHandle(workflowId)
        .terminate('test over')
        .catch(() => undefined);
    worker?.shutdown();
    await running;
    await env?.teardown();
    await suite.cleanup();
  });

  it('starts the workflow on the first request and applies a redelivered event once', async () => {
    const relationshipId = `${suite.id}-lin`;
    const ids = { memberId: 'member-ada', contactId: 'contact-lin', relationshipId };
    const sent = randomUUID();
    await publish(sent, 'rapport.outreach.v1.OutreachSent', {
      ...ids,
      channel: Channel.EMAIL,
      sentByRapport: true,
    });
    await publish(sent, 'rapport.outreach.v1.OutreachSent', {
      ...ids,
      channel: Channel.EMAIL,
      sentByRapport: true,
    });
    await publish(randomUUID(), 'rapport.outreach.v1.ResponseReceived', {
      ...ids,
      outcome: ResponseOutcome.ACCEPTED,
    });

    const view = await viewWhen(relationshipId, (v) => v.stage === 'responded');
    expect(view.ids).toEqual({ tenantId: 'uni-a', ...ids });
    expect(view.outcome).toBe('accepted');
    const applied = view.history.filter((h) => h.result === 'applied').map((h) => h.what);
    expect(applied).toEqual(['outreachSent', 'responseReceived']);
    expect(view.history.find((h) => h.what === 'outreachSent')?.sourceEventId).toBe(sent);
    // The consumer skipped the redelivery by its stream position; should it lose its positions,
    // the workflow still applies the event once, by its id.
    const envelope = decodeEnvelope(
      envelopeOf(sent, 'rapport.outreach.v1.OutreachSent', { ...ids, channel: Channel.EMAIL }),
    );
    await deliverToWorkflow(
      client,
      suite.taskQueue,
      {
        envelope,
        payload: decodePayload('rapport.outreach.v1.OutreachSent', envelope.payload),
        topic,
        partition: 0,
        offset: '0',
        headers: {},
      },
      createLogger('bridge-test', 'warn'),
    );
    const after = await viewWhen(relationshipId, (v) => v.counts.duplicatesIgnored === 1);
    expect(after.stage).toBe('responded');
    expect(after.history.filter((h) => h.result === 'applied')).toHaveLength(2);
  });

  it('waits for a reply once the request went out, and closes and reopens', async () => {
    const relationshipId = `${suite.id}-kim`;
    const ids = { memberId: 'member-ada', contactId: 'contact-kim', relationshipId };
    await publish(randomUUID(), 'rapport.outreach.v1.OutreachSent', {
      ...ids,
      channel: Channel.LINKEDIN,
    });
    await viewWhen(relationshipId, (v) => v.stage === 'awaiting-reply');
    await publish(randomUUID(), 'rapport.outreach.v1.OutreachClosed', { ...ids, reason: 'later' });
    await viewWhen(relationshipId, (v) => v.stage === 'closed');
    await publish(randomUUID(), 'rapport.outreach.v1.OutreachReopened', ids);
    const view = await viewWhen(relationshipId, (v) => v.stage === 'awaiting-reply');
    expect(view.history.map((h) => h.what)).toEqual(['outreachSent', 'close', 'reopen']);
  });

  it('follows the interviews context: scheduled, completed, then thanked', async () => {
    const relationshipId = `${suite.id}-mae`;
    const ids = { memberId: 'member-ada', contactId: 'contact-mae', relationshipId };
    await publish(randomUUID(), 'rapport.outreach.v1.OutreachSent', {
      ...ids,
      channel: Channel.EMAIL,
    });
    await publish(randomUUID(), 'rapport.outreach.v1.ResponseReceived', {
      ...ids,
      outcome: ResponseOutcome.ACCEPTED,
    });
    // Two topics keep no order between them: the interview follows the answer it depends on.
    await viewWhen(relationshipId, (v) => v.stage === 'responded');
    const startsAt = Date.now() + 7 * 24 * 3600_000;
    await publish(
      randomUUID(),
      'rapport.interviews.v1.InterviewScheduled',
      { ...ids, interviewId: 'i-1', startsAt: timestampFromMs(startsAt), durationMinutes: 20 },
      interviewsTopic,
    );
    const scheduled = await viewWhen(relationshipId, (v) => v.stage === 'scheduled');
    expect(scheduled.interviewAt).toBe(startsAt);
    await publish(
      randomUUID(),
      'rapport.interviews.v1.InterviewCompleted',
      { ...ids, interviewId: 'i-1', completedAt: timestampFromMs(startsAt + 20 * 60_000) },
      interviewsTopic,
    );
    await viewWhen(relationshipId, (v) => v.stage === 'interviewed');
    await publish(
      randomUUID(),
      'rapport.interviews.v1.ThankYouSent',
      { ...ids, interviewId: 'i-1', sentAt: timestampFromMs(startsAt + 3600_000) },
      interviewsTopic,
    );
    const thanked = await viewWhen(
      relationshipId,
      (v) => v.stage === 'thanked' || v.stage === 'keeping-in-touch',
    );
    expect(thanked.history.filter((h) => h.result === 'applied').map((h) => h.what)).toEqual([
      'outreachSent',
      'responseReceived',
      'interviewScheduled',
      'interviewCompleted',
      'thankYouSent',
    ]);
  });

  it('closes the relationship with an erased contact, and starts none for a contact never asked', async () => {
    const memberId = `${suite.id}-ada`;
    const ids = { memberId, contactId: 'contact-zed', relationshipId: `${memberId}:contact-zed` };
    await publish(randomUUID(), 'rapport.outreach.v1.OutreachSent', {
      ...ids,
      channel: Channel.EMAIL,
    });
    await viewWhen(ids.relationshipId, (v) => v.stage === 'awaiting-reply');
    const erasedNever = { memberId, contactId: 'contact-never' };
    await publish(randomUUID(), 'rapport.contacts.v1.ContactErased', erasedNever, contactsTopic);
    await publish(
      randomUUID(),
      'rapport.contacts.v1.ContactErased',
      { memberId, contactId: 'contact-zed' },
      contactsTopic,
    );
    const view = await viewWhen(ids.relationshipId, (v) => v.stage === 'closed');
    expect(view.history.map((h) => h.what)).toEqual(['outreachSent', 'close']);
    // The erasure of a contact with no relationship was handled before (same partition, in order)
    // and started nothing.
    const never = relationshipWorkflowId('uni-a', `${memberId}:contact-never`);
    await expect(client.workflow.getHandle(never).describe()).rejects.toThrow(
      WorkflowNotFoundError,
    );
  });

  it('parks an event that names no relationship in the dead-letter topic', async () => {
    const eventId = randomUUID();
    await publish(eventId, 'rapport.outreach.v1.OutreachSent', {
      memberId: 'member-ada',
      contactId: 'contact-lin',
      relationshipId: '',
    });
    const dlq = new DeadLetterQueue(suite.kafka(), await suite.db());
    const letter = await pollUntil(
      'the dead letter',
      async () => {
        const letters = await dlq.list({ group: groupId });
        return letters.find((l) => decodeEnvelope(l.letter.value).eventId === eventId);
      },
      { timeoutMs: 30_000 },
    );
    expect(letter.letter.reason).toBe('handler_failed');
    expect(letter.letter.errorDetail).toContain('empty relationshipId');
  });
});
