import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { type CommandStartedEvent, type Document, MongoClient } from 'mongodb';
import { Channel, TouchKind } from '@rapport/contracts';
import { isolateSuite, testServers } from '@rapport/testing';
import { InterviewProjections } from '../projections/interview-projections';
import { InterviewContacts } from './interview-contacts';
import { RelationshipTimeline } from './relationship-timeline';
import { consumed } from './timeline-fixtures';
import { startTimelineHarness, TENANT, type TimelineHarness } from './timeline-test-harness';
import { eventsFromStart } from './topics-from-start';

describe('the relationship timelines as stored', () => {
  const suite = isolateSuite('interviews-timeline-store');
  const now = new Date('2026-06-01T09:00:00Z');
  let harness: TimelineHarness;

  beforeAll(async () => {
    harness = await startTimelineHarness(suite, () => now);
  });
  afterAll(async () => {
    await harness?.close();
    await suite.cleanup();
  });

  it('rebuilds every timeline from the topics into a fresh collection, with the same result', async () => {
    const ids = harness.relationship();
    const stream = { streamId: `outreach:${ids.memberId}:${ids.contactId}` };
    await harness.publish(
      'outreach',
      'rapport.outreach.v1.OutreachSent',
      { ...ids, channel: Channel.EMAIL, sentByRapport: true },
      { ...stream, version: 1, occurredAt: new Date('2026-05-01T09:00:00Z') },
    );
    await harness.publish(
      'outreach',
      'rapport.outreach.v1.OutreachClosed',
      { ...ids, reason: 'moved abroad' },
      { ...stream, version: 2, occurredAt: new Date('2026-05-02T09:00:00Z') },
    );
    const before = await harness.untilEntries(ids, 2);
    const applied = await harness.timeline.rebuild(() =>
      eventsFromStart(
        suite.kafka(),
        [harness.topics.outreach, harness.topics.interviews],
        harness.spec.groupId(`rebuild-${randomUUID()}`),
      ),
    );
    // Both lines, read again from the start of both topics.
    expect(applied).toBe(2);
    expect(await harness.timelineOf(ids)).toEqual(before);
    const collections = (await harness.db.listCollections().toArray()).map((c) => c.name);
    expect(collections.filter((name) => name.startsWith('relationship_timelines__'))).toHaveLength(
      1,
    );
  });

  it('reads and writes a timeline by `_id` alone, and applies an event twice as once', async () => {
    const client = await new MongoClient(testServers().mongoUrl, {
      monitorCommands: true,
    }).connect();
    const commands: CommandStartedEvent[] = [];
    client.on('commandStarted', (event) => commands.push(event));
    try {
      const db = client.db(suite.dbName);
      const timeline = new RelationshipTimeline(
        db,
        new InterviewContacts(new InterviewProjections(db)),
      );
      const ids = harness.relationship();
      const event = consumed(
        'rapport.interviews.v1.TouchLogged',
        { ...ids, touchId: 't-1', touchedAt: timestampFromDate(now), kind: TouchKind.OTHER },
        {
          eventId: randomUUID(),
          streamId: `interview:${randomUUID()}`,
          version: 1,
          occurredAt: now,
        },
      );
      expect(await timeline.apply(event)).toBe(1);
      expect(await timeline.apply(event)).toBe(0);
      expect(
        Object.keys((await timeline.read(TENANT, ids.relationshipId))?.entries ?? {}),
      ).toHaveLength(1);
      const filters = commands.flatMap((c): Document[] => {
        const { command } = c;
        if (c.commandName === 'find') return [command['filter'] as Document];
        if (c.commandName === 'update')
          return (command['updates'] as { q: Document }[]).map((update) => update.q);
        return [];
      });
      expect(filters.length).toBeGreaterThanOrEqual(4);
      const notById = filters.filter(
        (filter) => Object.keys(filter).join() !== '_id' || typeof filter['_id'] !== 'string',
      );
      expect(notById).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
