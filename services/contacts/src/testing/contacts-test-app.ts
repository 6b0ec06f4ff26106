import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SuiteIsolation } from '@rapport/testing';
import { generateInternalKeyPair, type Role, signInternalToken } from '@rapport/platform/http';
import { CONTACTS_SERVICE } from '../contacts.config';
import { contactsAppOptions } from '../contacts.app';
import { ContactsModule } from '../contacts.module';
import { createServiceApp } from '@rapport/platform/http';

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
  options?: {
    json?: unknown;
    body?: string | Buffer;
    contentType?: string;
    headers?: Record<string, string>;
  },
) => Promise<Reply>;

/** The real contacts app on the suite's own database, called with tokens minted as the gateway would. */
export async function startContactsApp(suite: SuiteIsolation, clock?: () => Date) {
  const keys = await generateInternalKeyPair();
  const db = await suite.db();
  const app: NestFastifyApplication = await createServiceApp(
    ContactsModule.forRoot({ db, kafka: suite.kafka(), ...(clock ? { clock } : {}) }),
    contactsAppOptions(keys.publicKeyPem),
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
        { audience: CONTACTS_SERVICE },
      );
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        ...options.headers,
      };
      let payload: string | Buffer | undefined = options.body;
      if (options.json !== undefined) {
        payload = JSON.stringify(options.json);
        headers['content-type'] = 'application/json';
      } else if (options.contentType) {
        headers['content-type'] = options.contentType;
      }
      const response = await fastify.inject({
        method,
        url: path,
        headers,
        ...(payload !== undefined ? { payload } : {}),
      });
      return {
        status: response.statusCode,
        headers: response.headers,
        body: response.body,
        json: <T>() => JSON.parse(response.body) as T,
      };
    },
  });

  return { app, db, as, close: () => app.close() };
}

export type ContactsTestApp = Awaited<ReturnType<typeof startContactsApp>>;

/** Adds a contact as `caller` and returns its id and ETag; fails the test on anything but 201. */
export async function addContact(
  service: ContactsTestApp,
  caller: Caller,
  body: Record<string, unknown>,
): Promise<{ contactId: string; etag: string }> {
  const reply = await service
    .as(caller)
    .send('POST', `/members/${caller.id}/contacts`, { json: body });
  if (reply.status !== 201) throw new Error(`add contact answered ${reply.status}: ${reply.body}`);
  return {
    contactId: reply.json<{ contactId: string }>().contactId,
    etag: String(reply.headers.etag),
  };
}
