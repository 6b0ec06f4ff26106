import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { ContactProjections } from '../projections/contact-projections';
import { ContactWriter } from '../shared/contact-writer';

/**
 * A contacts writer that dies the hardest way at the worst moment: the contact's events (and its
 * outbox entry) are stored, and the process is SIGKILLed as the event store hands them to the read
 * models, before any of them is written. Run by contact-read-models-heal.int.spec.ts as a child
 * process; the crash point is this script's own read models, so production code has no test branch.
 *
 *   RAPPORT_MONGO_URL, CRASH_DB, CRASH_TENANT, CRASH_MEMBER, CRASH_CONTACT, CRASH_NAME
 */
async function main(): Promise<void> {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const mongo = await MongoClient.connect(env('RAPPORT_MONGO_URL'));
  const db = mongo.db(env('CRASH_DB'));
  const clock = () => new Date();
  const dying = new EventStore(db, 'events', clock, {
    applyRecorded: () => {
      process.kill(process.pid, 'SIGKILL');
      return new Promise<void>(() => undefined);
    },
  });
  const writer = new ContactWriter(dying, new ContactProjections(db), clock, randomUUID);
  const memberId = env('CRASH_MEMBER');
  await writer.execute(
    {
      tenantId: env('CRASH_TENANT'),
      actor: { id: memberId, role: 'member' },
      scopes: [],
      assignedMemberIds: [],
      correlationId: randomUUID(),
    },
    {
      type: 'AddContact',
      memberId,
      contactId: env('CRASH_CONTACT'),
      at: clock(),
      details: { givenName: env('CRASH_NAME'), familyName: 'Crashed' },
      tags: [],
      origin: { via: 'manual' },
    },
  );
  throw new Error('the read models were never called');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
