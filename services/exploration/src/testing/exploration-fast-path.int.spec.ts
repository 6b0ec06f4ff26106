import { type CommandStartedEvent, type Document, MongoClient } from 'mongodb';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import { isolateSuite, testServers } from '@rapport/testing';
import { callersOf } from '@rapport/testing/services';
import { explorationAppOptions } from '../exploration.app';
import { EXPLORATION_SERVICE } from '../exploration.config';
import { ExplorationModule } from '../exploration.module';
import { MemberActivity } from '../target-organisations/member-activity';
import { consumedEvent } from './consumed-event';
import { ada, goalBody } from './exploration-test-app';

/** The filters one command sends, a statement at a time (finds, updates, deletes, findAndModify). */
function filtersOf({ commandName, command }: CommandStartedEvent): unknown[] {
  switch (commandName) {
    case 'find':
    case 'count':
    case 'aggregate':
      return [(command['filter'] ?? command['query'] ?? command['pipeline'] ?? {}) as unknown];
    case 'update':
    case 'delete':
      return (command[`${commandName}s`] as Document[]).map((statement): unknown => statement['q']);
    case 'findAndModify':
      return [command['query'] as unknown];
    default:
      return [];
  }
}

const byIdAlone = (filter: unknown) => {
  const keys = Object.keys(filter as Document);
  return keys.length === 1 && keys[0] === '_id' && typeof (filter as Document)['_id'] === 'string';
};

/**
 * The embedded database serves only `{_id: "<string>"}` from an index; anything else reads the
 * whole collection. Every command the goal and target routes and the activity consumer send is
 * checked for that shape.
 */
describe('the exploration request and consumer paths read and write by `_id` only', () => {
  const suite = isolateSuite('exploration-fast-path');
  let client: MongoClient;
  let app: NestFastifyApplication;
  let as: ReturnType<typeof callersOf>;
  const commands: CommandStartedEvent[] = [];

  beforeAll(async () => {
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => commands.push(event));
    const keys = await generateInternalKeyPair();
    app = await createServiceApp(
      ExplorationModule.forRoot({ db: client.db(suite.dbName), kafka: suite.kafka() }),
      explorationAppOptions(keys.publicKeyPem),
    );
    as = callersOf(app, keys.privateKeyPem, EXPLORATION_SERVICE);
  });
  afterAll(async () => {
    await app?.close();
    await client?.close();
    await suite.cleanup();
  });

  it('creates, changes and reads goals and targets, and applies activity, by `_id`', async () => {
    const goals = `/members/${ada.id}/goals`;
    const targets = `/members/${ada.id}/target-organisations`;
    const steps: [method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, json?: unknown][] = [
      ['POST', goals, goalBody('f-1')],
      ['POST', `${goals}/f-1/questions`, { text: 'Is it remote?' }],
      ['DELETE', `${goals}/f-1/questions/q-1`],
      ['POST', `${goals}/f-1/relationships`, { contactId: 'c-ho' }],
      ['PUT', `${goals}/f-1/reflections/i-1`, { learnt: 'Much', fit: 4 }],
      ['PUT', `${goals}/f-1/decision`, { decision: 'pursue', reason: 'Yes' }],
      ['GET', `${goals}/f-1`],
      ['GET', goals],
      ['POST', targets, { organisationId: 'acme', name: 'Acme' }],
      ['POST', targets, { organisationId: 'zeta', name: 'Zeta' }],
      ['PUT', `${targets}/ranking`, { order: ['zeta', 'acme'] }],
      ['POST', `${targets}/acme/postings`, { postingId: 'p-1', title: 'Analyst' }],
      ['DELETE', `${targets}/zeta`],
      ['GET', targets],
    ];
    for (const [method, path, json] of steps) {
      const reply = await as(ada).send(method, path, json === undefined ? {} : { json });
      expect([path, reply.status < 300]).toEqual([path, true]);
    }
    const activity = app.get(MemberActivity);
    await activity.apply(
      consumedEvent(
        'rapport.contacts.v1.ContactAdded',
        { memberId: ada.id, contactId: 'c-ho', givenName: 'Lin', organisation: 'Acme' },
        { streamId: `contact:${ada.id}:c-ho`, version: 1, occurredAt: new Date() },
      ),
    );
    const offending = commands.flatMap((command) =>
      filtersOf(command)
        .filter((filter) => !byIdAlone(filter))
        .map((filter) => `${command.commandName} ${JSON.stringify(filter)}`),
    );
    expect(commands.length).toBeGreaterThan(steps.length);
    expect(offending).toEqual([]);
  });
});
