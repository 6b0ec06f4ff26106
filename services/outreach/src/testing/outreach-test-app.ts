import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createServiceApp,
  generateInternalKeyPair,
  type Role,
  signInternalToken,
} from '@rapport/platform/http';
import type { SuiteIsolation } from '@rapport/testing';
import type { DirectoryDetails } from '../contact-directory/contact-directory-change';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { OUTREACH_SERVICE } from '../outreach.config';
import { outreachAppOptions } from '../outreach.app';
import { OutreachModule } from '../outreach.module';

export interface Caller {
  readonly id: string;
  readonly role: Role;
  readonly tenantId?: string;
  readonly assignedMemberIds?: string[];
}

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: string;
  json<T = Record<string, unknown>>(): T;
}

type Send = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options?: { json?: unknown; headers?: Record<string, string> },
) => Promise<Reply>;

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
  const fastify = app.getHttpAdapter().getInstance();

  const as = (caller: Caller): { send: Send } => ({
    send: async (method, path, options = {}) => {
      const token = await signInternalToken(
        keys.privateKeyPem,
        {
          tenantId: caller.tenantId ?? 'uni-a',
          actorId: caller.id,
          role: caller.role,
          ...(caller.assignedMemberIds ? { assignedMemberIds: caller.assignedMemberIds } : {}),
        },
        { audience: OUTREACH_SERVICE },
      );
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        ...options.headers,
      };
      if (options.json !== undefined) headers['content-type'] = 'application/json';
      const response = await fastify.inject({
        method,
        url: path,
        headers,
        ...(options.json !== undefined ? { payload: JSON.stringify(options.json) } : {}),
      });
      return {
        status: response.statusCode,
        headers: response.headers,
        body: response.body,
        json: <T>() => JSON.parse(response.body) as T,
      };
    },
  });

  return { app, db, as, clock, directory: app.get(ContactDirectory), close: () => app.close() };
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
