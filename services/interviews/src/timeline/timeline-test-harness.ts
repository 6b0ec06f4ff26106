import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Db } from 'mongodb';
import type { EventInit, EventTypeName } from '@rapport/contracts';
import { consumerFrom } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import { type Clock, serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import {
  type ConsumerSpec,
  pollUntil,
  startConsumerSpec,
  type SuiteIsolation,
} from '@rapport/testing';
import { type Caller, callersOf } from '@rapport/testing/services';
import {
  RelationshipTimeline,
  relationshipTimelineConsumer,
  timelineControllers,
  timelineProviders,
} from './index';
import type { HealthColour } from './relationship-health';
import { InterviewProjections } from '../projections/interview-projections';
import type { TimelineEntryKind } from './timeline-entry';

/** Only the timeline's parts, so its specs depend on nothing else of the service. */
@Module({})
class TimelineUnderTest {
  static forRoot(deps: ServiceDeps) {
    return serviceModule(TimelineUnderTest, deps, {
      controllers: timelineControllers,
      // Calendar answers find their contact in the member's interviews read model.
      providers: [...timelineProviders, InterviewProjections],
    });
  }
}

export interface TimelineReply {
  relationshipId: string;
  lastTouchAt: string | null;
  health: { colour: HealthColour; reason: string; amberFrom: string; redFrom: string };
  entries: { eventId: string; kind: TimelineEntryKind; at: string; touch: boolean }[];
}

export interface RelationshipIds {
  memberId: string;
  contactId: string;
  relationshipId: string;
}

export const ADA: Caller = { id: 'member-ada', role: 'member' };
export const TENANT = 'uni-a';

/**
 * The timeline on the suite's own topics and database: its consumer running, its route called
 * with tokens minted as the gateway mints them, and `clock` as business time.
 */
export async function startTimelineHarness(suite: SuiteIsolation, clock: Clock) {
  const topics = {
    outreach: suite.topic('outreach'),
    interviews: suite.topic('interviews'),
    notifications: suite.topic('notifications'),
  };
  const spec: ConsumerSpec = await startConsumerSpec(suite, Object.values(topics));
  const keys = await generateInternalKeyPair();
  const db: Db = await suite.db();
  const app: NestFastifyApplication = await createServiceApp(
    TimelineUnderTest.forRoot({ db, kafka: suite.kafka(), clock }),
    { serviceName: 'interviews', publicKeyPem: keys.publicKeyPem },
  );
  const as = callersOf(app, keys.privateKeyPem, 'interviews');
  await spec.start(
    consumerFrom(relationshipTimelineConsumer(Object.values(topics)), {
      kafka: suite.kafka(),
      db,
      logger: createLogger('timeline-spec', 'warn'),
      dependency: app.get(RelationshipTimeline),
      groupId: spec.groupId('timeline'),
    }),
  );

  const path = (ids: Omit<RelationshipIds, 'contactId'>) =>
    `/members/${ids.memberId}/relationships/${encodeURIComponent(ids.relationshipId)}/timeline`;
  const timelineOf = async (ids: Omit<RelationshipIds, 'contactId'>, caller = ADA) => {
    const reply = await as(caller).send('GET', path(ids));
    return reply.status === 200 ? reply.json<TimelineReply>() : undefined;
  };

  return {
    app,
    db,
    spec,
    topics,
    as,
    path,
    timelineOf,
    timeline: app.get(RelationshipTimeline),
    /** A relationship of its own per test, so tests share nothing but the servers. */
    relationship(memberId = ADA.id): RelationshipIds {
      const contactId = `c-${randomUUID().slice(0, 8)}`;
      return { memberId, contactId, relationshipId: `${memberId}:${contactId}` };
    },
    publish<T extends EventTypeName>(
      topic: keyof typeof topics,
      type: T,
      payload: EventInit<T>,
      options: {
        streamId: string;
        version: number;
        occurredAt: Date;
        eventId?: string;
        tenantId?: string;
      },
    ) {
      return spec.publish(topics[topic], type, payload, {
        ...options,
        version: BigInt(options.version),
        tenantId: options.tenantId ?? TENANT,
      });
    },
    untilEntries(ids: RelationshipIds, count: number) {
      return pollUntil(
        `${count} timeline entries`,
        async () => {
          const timeline = await timelineOf(ids);
          return timeline && timeline.entries.length >= count ? timeline : undefined;
        },
        { timeoutMs: 45_000 },
      );
    },
    async close() {
      await spec.close();
      await app.close();
    },
  };
}

export type TimelineHarness = Awaited<ReturnType<typeof startTimelineHarness>>;
