import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import type { SuiteIsolation } from '@rapport/testing';
import { type Caller, callersOf, type Reply, type Send } from '@rapport/testing/services';
import { explorationAppOptions } from '../exploration.app';
import { EXPLORATION_SERVICE } from '../exploration.config';
import { ExplorationModule } from '../exploration.module';

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

/** The real exploration app on the suite's own database, called with tokens as the gateway mints them. */
export async function startExplorationApp(suite: SuiteIsolation, clock = new TestClock()) {
  const keys = await generateInternalKeyPair();
  const db = await suite.db();
  const app: NestFastifyApplication = await createServiceApp(
    ExplorationModule.forRoot({ db, kafka: suite.kafka(), clock: clock.read }),
    explorationAppOptions(keys.publicKeyPem),
  );
  const as = callersOf(app, keys.privateKeyPem, EXPLORATION_SERVICE);
  return { app, db, as, clock, close: () => app.close() };
}

export type ExplorationTestApp = Awaited<ReturnType<typeof startExplorationApp>>;

/** Sends as `caller` and fails the test unless the status is the expected one. */
export async function expectStatus(
  service: ExplorationTestApp,
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

export const ada: Caller = { id: 'm-ada', role: 'member' };
export const bob: Caller = { id: 'm-bob', role: 'member' };
export const adasCoach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['m-ada'] };
export const otherCoach: Caller = { id: 'coach-di', role: 'coach', assignedMemberIds: ['m-bob'] };
export const adaElsewhere: Caller = { ...ada, tenantId: 'uni-b' };

export const goalBody = (goalId: string) => ({
  goalId,
  title: 'Learn whether data analytics in marketing suits me',
  questions: ['What does a normal week look like?', 'Which tools matter most?'],
});
