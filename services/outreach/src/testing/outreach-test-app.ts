import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import type { SuiteIsolation } from '@rapport/testing';
import { type Caller, callersOf, type Reply, type Send } from '@rapport/testing/services';
import type { DirectoryDetails } from '../contact-directory/contact-directory-change';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { OUTREACH_SERVICE } from '../outreach.config';
import { outreachAppOptions } from '../outreach.app';
import { OutreachModule } from '../outreach.module';

export type { Caller, Reply } from '@rapport/testing/services';

/** Business time the test moves on by hand: follow-ups and reply times without waiting. */
export class TestClock {
  constructor(public now: Date = new Date('2026-03-02T09:00:00Z')) {}

  advanceDays(days: number): Date {
    this.now = new Date(this.now.getTime() + days * 24 * 60 * 60 * 1000);
    return this.now;
  }

  readonly read = (): Date => this.now;
}

/** The real outreach app on the suite's own database, called with tokens minted as the gateway would. */
export async function startOutreachApp(suite: SuiteIsolation, clock = new TestClock()) {
  const keys = await generateInternalKeyPair();
  const db = await suite.db();
  const app: NestFastifyApplication = await createServiceApp(
    OutreachModule.forRoot({ db, kafka: suite.kafka(), clock: clock.read }),
    outreachAppOptions(keys.publicKeyPem),
  );
  const as = callersOf(app, keys.privateKeyPem, OUTREACH_SERVICE);
  return {
    app,
    db,
    as,
    clock,
    directory: app.get(ContactDirectory),
    /** For callers that sign their own tokens (the relationship worker's activities). */
    internalPrivateKeyPem: keys.privateKeyPem,
    close: () => app.close(),
  };
}

export type OutreachTestApp = Awaited<ReturnType<typeof startOutreachApp>>;

/**
 * Puts a contact in the directory as the contacts context's ContactAdded would, straight through
 * the projection (no Kafka round trip): what most tests need is the directory, not the transport.
 */
export async function seedContact(
  service: OutreachTestApp,
  memberId: string,
  contactId: string,
  details: DirectoryDetails,
  tenantId = 'uni-a',
): Promise<void> {
  await service.directory.apply({
    tenantId,
    streamId: `contact:${memberId}:${contactId}`,
    version: 1,
    change: { kind: 'listed', memberId, contactId, details },
  });
}

/** Fills in the member's sender details; fails the test on anything but 200. */
export async function putProfile(
  service: OutreachTestApp,
  caller: Caller,
  profile: Record<string, unknown>,
): Promise<void> {
  const reply = await service
    .as(caller)
    .send('PUT', `/members/${caller.id}/profile`, { json: profile });
  if (reply.status !== 200) throw new Error(`profile answered ${reply.status}: ${reply.body}`);
}

/** Sends as `caller` and fails the test unless the status is the expected one. */
export async function expectStatus(
  service: OutreachTestApp,
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
