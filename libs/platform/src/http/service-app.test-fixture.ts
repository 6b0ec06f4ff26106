import { Writable } from 'node:stream';
import { Module } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { Kafka, logLevel } from 'kafkajs';
import { type Db, MongoClient } from 'mongodb';
import pino from 'pino';
import { serverAddresses } from '../server-addresses';
import { kafkaProbe, mongoProbe } from './health-probes';
import {
  generateInternalKeyPair,
  type InternalTokenClaims,
  signInternalToken,
} from './internal-token';
import { OperationsModule } from './operations.module';
import { PreconditionFailedProblem } from './problems';
import { createServiceApp } from './service-app';
import {
  InheritedRoutesController,
  StaleVersion,
  ThingsController,
} from './service-app.test-controller';

// A tiny service built the way real ones are, shared by the *.int.spec.ts files of this folder.

const TEST_DB = 'TEST_DB';
const TEST_KAFKA = 'TEST_KAFKA';

/** The way a service wires its probes: clients from its own providers, injected by token. */
function testModule(db: Db, kafka: Kafka) {
  @Module({
    providers: [
      { provide: TEST_DB, useValue: db },
      { provide: TEST_KAFKA, useValue: kafka },
    ],
    exports: [TEST_DB, TEST_KAFKA],
  })
  class ClientsModule {}

  @Module({
    imports: [
      OperationsModule.forRoot({
        imports: [ClientsModule],
        inject: [TEST_DB, TEST_KAFKA],
        useFactory: (probedDb: Db, probedKafka: Kafka) => [
          mongoProbe(probedDb),
          kafkaProbe(probedKafka),
        ],
      }),
    ],
    controllers: [ThingsController, InheritedRoutesController],
  })
  class TestModule {}
  return TestModule;
}

const claims: InternalTokenClaims = {
  tenantId: 'uni-a',
  actorId: 'coach-7',
  role: 'coach',
  scopes: ['contacts:read'],
  assignedMemberIds: ['member-1'],
};

export interface TestService {
  /** Every line the service logged at warn or above, parsed. */
  readonly logLines: Record<string, unknown>[];
  call(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** An Authorization header with a token for coach-7 of uni-a, adjusted by the arguments. */
  bearer(
    overrides?: Partial<InternalTokenClaims>,
    audience?: string,
    now?: Date,
  ): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

export function liveKafka(): Kafka {
  return new Kafka({
    clientId: 'platform-http-int',
    brokers: serverAddresses().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
}

/** The service "things", probing the local Mongo and the given Kafka client. */
export async function startTestService(kafka: Kafka = liveKafka()): Promise<TestService> {
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const keys = await generateInternalKeyPair();
  const mongo = await MongoClient.connect(serverAddresses().mongoUrl, {
    serverSelectionTimeoutMS: 5_000,
  });
  let app: NestFastifyApplication;
  try {
    app = await createServiceApp(testModule(mongo.db('platform_http_int'), kafka), {
      serviceName: 'things',
      publicKeyPem: keys.publicKeyPem,
      bodyLimitBytes: 1024,
      rawBody: true,
      problemMappers: [
        (error) =>
          error instanceof StaleVersion ? new PreconditionFailedProblem(error.message) : undefined,
      ],
      openApi: { title: 'Things', version: '1.2.3' },
      logger: pino({ level: 'warn' }, sink),
    });
  } catch (error) {
    await mongo.close();
    throw error;
  }
  return {
    logLines,
    call: (options) => app.getHttpAdapter().getInstance().inject(options),
    async bearer(overrides = {}, audience = 'things', now) {
      const token = await signInternalToken(
        keys.privateKeyPem,
        { ...claims, ...overrides },
        { audience, now },
      );
      return { authorization: `Bearer ${token}` };
    },
    async close() {
      await app.close();
      await mongo.close();
    },
  };
}
