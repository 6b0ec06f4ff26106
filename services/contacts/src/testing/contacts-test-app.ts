import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SuiteIsolation } from '@rapport/testing';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import { type Caller, callersOf } from '@rapport/testing/services';
import { CONTACTS_SERVICE } from '../contacts.config';
import { contactsAppOptions } from '../contacts.app';
import { ContactsModule } from '../contacts.module';

export type { Caller, Reply } from '@rapport/testing/services';

/** The real contacts app on the suite's own database, called with tokens minted as the gateway would. */
export async function startContactsApp(suite: SuiteIsolation, clock?: () => Date) {
  const keys = await generateInternalKeyPair();
  const db = await suite.db();
  const app: NestFastifyApplication = await createServiceApp(
    ContactsModule.forRoot({ db, kafka: suite.kafka(), ...(clock ? { clock } : {}) }),
    contactsAppOptions(keys.publicKeyPem),
  );
  const as = callersOf(app, keys.privateKeyPem, CONTACTS_SERVICE);
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
