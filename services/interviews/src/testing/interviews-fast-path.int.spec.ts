import { type CommandStartedEvent, type Document, MongoClient } from 'mongodb';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import { isolateSuite, testServers } from '@rapport/testing';
import { callersOf } from '@rapport/testing/services';
import { interviewsAppOptions } from '../interviews.app';
import { INTERVIEWS_SERVICE } from '../interviews.config';
import { InterviewsModule } from '../interviews.module';
import { ada, scheduleBody, TEST_REPLY_DOMAIN } from './interviews-test-app';

/** The filters a command sends, one per statement (finds, updates, deletes, findAndModify). */
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

/**
 * The embedded database serves only `{_id: "<string>"}` from an index; anything else reads the
 * whole collection. Every command a member's interview requests send is checked for that shape.
 */
describe('the interviews request paths read and write by `_id` only', () => {
  const suite = isolateSuite('interviews-fast-path');
  let client: MongoClient;
  let app: NestFastifyApplication;
  let as: ReturnType<typeof callersOf>;
  const commands: CommandStartedEvent[] = [];

  beforeAll(async () => {
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => commands.push(event));
    const keys = await generateInternalKeyPair();
    app = await createServiceApp(
      InterviewsModule.forRoot(
        { db: client.db(suite.dbName), kafka: suite.kafka() },
        { replyDomain: TEST_REPLY_DOMAIN },
      ),
      interviewsAppOptions(keys.publicKeyPem),
    );
    as = callersOf(app, keys.privateKeyPem, INTERVIEWS_SERVICE);
  });
  afterAll(async () => {
    await app?.close();
    await client?.close();
    await suite.cleanup();
  });

  it('schedules, moves, plans, records, thanks, touches and lists with single-key `_id` filters', async () => {
    const base = `/members/${ada.id}/interviews`;
    const steps: [method: 'GET' | 'POST' | 'PUT', path: string, json?: unknown][] = [
      ['POST', base, scheduleBody('f-1')],
      ['POST', base, scheduleBody('f-2', '2026-03-10T15:10:00Z')],
      [
        'POST',
        `${base}/f-1/reschedule`,
        { startsAt: '2026-03-11T15:00:00Z', timeZone: 'UTC', format: 'phone' },
      ],
      ['POST', `${base}/f-1/question-plan/suggestions`, { goal: 'industry' }],
      ['GET', `${base}/f-1/preparation`],
      ['POST', `${base}/f-1/complete`, { closingAsks: { linkedin: true, keepInTouch: true } }],
      ['POST', `${base}/f-1/thank-you/draft`],
      ['POST', `${base}/f-1/thank-you`, { channel: 'email' }],
      ['POST', `${base}/f-1/touches`, { touchId: 't-1', kind: 'met' }],
      ['GET', `${base}/f-1/touch-suggestions`],
      ['GET', `${base}/f-1`],
      ['GET', `${base}/f-1/invitation.ics`],
      ['GET', base],
    ];
    for (const [method, path, json] of steps) {
      const reply = await as(ada).send(method, path, json === undefined ? {} : { json });
      expect([path, reply.status < 300]).toEqual([path, true]);
    }
    const offending = commands.flatMap((command) =>
      filtersOf(command)
        .filter((filter) => {
          const keys = Object.keys(filter as Document);
          return !(
            keys.length === 1 &&
            keys[0] === '_id' &&
            typeof (filter as Document)['_id'] === 'string'
          );
        })
        .map((filter) => `${command.commandName} ${JSON.stringify(filter)}`),
    );
    expect(commands.length).toBeGreaterThan(steps.length);
    expect(offending).toEqual([]);
  });
});
