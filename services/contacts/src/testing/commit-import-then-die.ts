import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { ProjectionStore } from '@rapport/messaging';
import { ContactImports } from '../import-contacts/contact-imports';
import type { ContactEventAt } from '../projections/contact-event-at';
import { ContactProjections } from '../projections/contact-projections';
import { ContactKeys } from '../shared/contact-keys';
import { ContactListReader } from '../shared/contact-list.reader';
import { ContactWriter } from '../shared/contact-writer';

/**
 * Read models that kill their process the moment an import's contacts reach them: the contacts'
 * streams are stored, the import is claimed as committing, and nothing else happened. The crash
 * point is this script's own read models, so production code has no test branch.
 */
class DyingProjections extends ContactProjections {
  override applyToNewStreams(_events: readonly ContactEventAt[]): Promise<void> {
    process.kill(process.pid, 'SIGKILL');
    return new Promise<void>(() => undefined);
  }
}

/**
 * Commits an import (dry-run before) and is SIGKILLed mid-commit. Run by
 * import-commit-crash.int.spec.ts as a child process.
 *
 *   RAPPORT_MONGO_URL, CRASH_DB, CRASH_TENANT, CRASH_MEMBER, CRASH_IMPORT
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
  const writer = new ContactWriter(
    new EventStore(db, 'events', clock),
    new DyingProjections(db),
    clock,
    randomUUID,
  );
  const keys = new ContactKeys(db, clock, new ContactListReader(new ProjectionStore(db), db));
  const memberId = env('CRASH_MEMBER');
  await new ContactImports(db, writer, keys).commit(
    {
      tenantId: env('CRASH_TENANT'),
      actor: { id: memberId, role: 'member' },
      scopes: [],
      assignedMemberIds: [],
      correlationId: randomUUID(),
    },
    memberId,
    env('CRASH_IMPORT'),
  );
  throw new Error('the read models were never called');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
