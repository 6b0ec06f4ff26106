import { EventStore } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { generateInternalKeyPair } from '@rapport/platform/http';
import { runEventSourcedService, type RunningService } from '@rapport/service-skeleton';
import { commitGroupOffsets, isolateSuite, pollUntil, topicEnds } from '@rapport/testing';
import { type Caller, callersOf } from '@rapport/testing/services';
import { topicFor } from '@rapport/contracts';
import { EXPLORATION_SERVICE } from '../exploration.config';
import { explorationService } from '../exploration.service';
import { figuresOf } from './exploration-tallies';
import { INSTITUTION_TALLIES_GROUP } from './institution-tallies.consumer';
import { rebuildInstitutionTallies } from './institution-tallies.rebuild';
import { InstitutionTallies } from './institution-tallies.store';
import { TallyGenerations } from './tally-collections';

/**
 * The institution tallies rebuilt from the event store, as an operator does it: goals recorded
 * through the service and counted by its consumer from the relay's topic, the service stopped,
 * the tallies corrupted, the rebuild, the service started again. The relay publishes to the
 * shared exploration topic, so the tenants are this run's own, and the group starts at the end
 * the topic had before this spec published (its history is every earlier run's, on every
 * machine a growing read that counts only other tenants).
 */
describe('rebuilding the institution tallies', () => {
  const suite = isolateSuite('tallies-rebuild');
  const topic = topicFor('exploration');
  const groupId = `${suite.id}-${INSTITUTION_TALLIES_GROUP}`;
  const [uniA, uniB] = [`${suite.id}-a`, `${suite.id}-b`];
  const others = ['contacts', 'outreach', 'interviews', 'relationship'].map((t) => suite.topic(t));
  let running: RunningService | undefined;
  let send: ReturnType<typeof callersOf>;

  const start = async (publicKeyPem: string) => {
    const [contacts, outreach, interviews, relationship] = others;
    const options = explorationService({
      PORT: '0',
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: publicKeyPem,
      RAPPORT_EXPLORATION_DB: suite.dbName,
      RAPPORT_EXPLORATION_CONTACTS_TOPIC: contacts,
      RAPPORT_EXPLORATION_OUTREACH_TOPIC: outreach,
      RAPPORT_EXPLORATION_INTERVIEWS_TOPIC: interviews,
      RAPPORT_EXPLORATION_RELATIONSHIP_TOPIC: relationship,
    });
    return runEventSourcedService({ ...options, groupPrefix: suite.id });
  };
  const figures = async (tenantId: string) =>
    figuresOf(await running!.app.get(InstitutionTallies).of(tenantId));
  const put = async (caller: Caller, path: string, json: object, status = 200) => {
    const reply = await send(caller).send(path.endsWith('/goals') ? 'POST' : 'PUT', path, { json });
    if (reply.status !== status) throw new Error(`${path}: ${reply.status} ${reply.body}`);
  };
  const goals = (member: string) => `/members/${member}/goals`;
  const create = (caller: Caller, goalId: string) =>
    put(caller, goals(caller.id), { goalId, title: 'Data in marketing?', questions: [] }, 201);
  const reflect = (caller: Caller, goalId: string, interviewId: string, fit: number) =>
    put(caller, `${goals(caller.id)}/${goalId}/reflections/${interviewId}`, {
      learnt: 'A lot',
      fit,
    });
  const decide = (caller: Caller, goalId: string, decision: string) =>
    put(caller, `${goals(caller.id)}/${goalId}/decision`, { decision, reason: 'Because.' });
  /** The shards of the current generation for this run's tenants, offsets and zeros aside. */
  const shardCounts = async () => {
    const { shards } = await new TallyGenerations(await suite.db()).current();
    const ours = await shards.find({}).toArray();
    return (
      ours
        .filter(({ _id }) => _id.startsWith(`${suite.id}-`))
        // The consumer leaves a count at 0 when its last item moves on; the rebuild writes none.
        .map(({ _id, counts }) => ({
          _id,
          counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0)),
        }))
        .sort((x, y) => x._id.localeCompare(y._id))
    );
  };
  /** Until the group has committed the topic's end: every message so far has been handled. */
  const consumedToEnd = () =>
    pollUntil(
      'the tallies group at the end of the topic',
      async () => {
        const admin = suite.kafka().admin();
        await admin.connect();
        try {
          const ends = await admin.fetchTopicOffsets(topic);
          const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
          const at = new Map(committed!.partitions.map((p) => [p.partition, BigInt(p.offset)]));
          return (
            ends.every(
              ({ partition, high }) => (at.get(partition) ?? 0n) >= BigInt(high) || high === '0',
            ) || undefined
          );
        } finally {
          await admin.disconnect();
        }
      },
      { timeoutMs: 45_000 },
    );

  afterAll(async () => {
    await running?.stop();
    await suite.cleanup();
  });

  it('recomputes from the event store what the consumer counted, and keeps counting once', async () => {
    const keys = await generateInternalKeyPair();
    // The service creates its topic when it starts; read before that, on a fresh broker where no
    // exploration spec ran yet, the topic would not exist (CI met "does not host this partition").
    await ensureTopics(suite.kafka(), [topic]);
    const before = await topicEnds(suite.kafka(), topic);
    await commitGroupOffsets(suite.kafka(), groupId, topic, before);
    running = await start(keys.publicKeyPem);
    send = callersOf(running.app, keys.privateKeyPem, EXPLORATION_SERVICE);
    const ada: Caller = { id: 'm-ada', role: 'member', tenantId: uniA };
    const bo: Caller = { id: 'm-bo', role: 'member', tenantId: uniA };
    // The same member and goal ids in the other tenant: the same stream ids, so the same
    // partitions, and only the tenant in the shard keys keeps the two apart.
    const adaAtB: Caller = { ...ada, tenantId: uniB };
    await create(ada, 'g-1');
    await reflect(ada, 'g-1', 'i-1', 4);
    await reflect(ada, 'g-1', 'i-1', 2);
    await decide(ada, 'g-1', 'not-for-me');
    await create(ada, 'g-2');
    await reflect(ada, 'g-2', 'i-2', 5);
    await decide(ada, 'g-2', 'pursue');
    await decide(ada, 'g-2', 'explore-further');
    await create(bo, 'g-3');
    await create(adaAtB, 'g-1');
    await reflect(adaAtB, 'g-1', 'i-1', 1);
    await decide(adaAtB, 'g-1', 'pursue');

    const counted = await pollUntil(
      'both institutions counted',
      async () => {
        const [a, b] = await Promise.all([figures(uniA), figures(uniB)]);
        const done = a.decisions['explore-further'] === 1 && a.goals.total === 3;
        return done && b.decisions.pursue === 1 ? { a, b } : undefined;
      },
      { timeoutMs: 45_000 },
    );
    expect(counted.a).toEqual({
      goals: { total: 3, exploring: 2, decided: 1 },
      decisions: { pursue: 0, 'explore-further': 1, 'not-for-me': 1 },
      reflections: { total: 2, byFit: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 1 }, averageFit: 3.5 },
    });
    expect(counted.b).toEqual({
      goals: { total: 1, exploring: 0, decided: 1 },
      decisions: { pursue: 1, 'explore-further': 0, 'not-for-me': 0 },
      reflections: { total: 1, byFit: { '1': 1, '2': 0, '3': 0, '4': 0, '5': 0 }, averageFit: 1 },
    });
    await consumedToEnd();
    const countedShards = await shardCounts();
    expect(countedShards.length).toBeGreaterThan(1);
    const db = await suite.db();
    const eventStore = new EventStore(db);
    const rebuild = () =>
      rebuildInstitutionTallies({ db, kafka: suite.kafka(), eventStore, topic, groupId });

    // The consumer is the shards' only writer: a rebuild beside it is refused.
    await expect(rebuild()).rejects.toThrow(/stop the exploration service/);

    await running.stop();
    running = undefined;
    const corrupted = await new TallyGenerations(db).current();
    await corrupted.places.deleteMany({});
    await corrupted.shards.updateMany({}, { $set: { counts: { pursue: 99 } } });
    // Start over where the group first started (before this spec's first message) and forget
    // the group's stream positions (the consumer library's own redelivery filter), so every
    // message counted before reaches the tallies again, as after a crash before those positions
    // were saved.
    await db
      .collection<{ _id: string }>('consumer_stream_positions')
      .deleteMany({ _id: { $regex: `^${groupId}\\|` } });
    await commitGroupOffsets(suite.kafka(), groupId, topic, before);

    const rebuilt = await rebuild();
    expect(rebuilt.places).toBe(7);
    // Each tenant's counts land in the shard of the partition their goal's events are on.
    expect(await shardCounts()).toEqual(countedShards);

    running = await start(keys.publicKeyPem);
    send = callersOf(running.app, keys.privateKeyPem, EXPLORATION_SERVICE);
    await decide(bo, 'g-3', 'pursue');
    await pollUntil(
      'the decision after the rebuild counted',
      async () => (await figures(uniA)).decisions.pursue === 1 || undefined,
    );
    // Every earlier message has come again by now; none of them counted a second time.
    await consumedToEnd();
    expect(await figures(uniA)).toEqual({
      ...counted.a,
      goals: { total: 3, exploring: 1, decided: 2 },
      decisions: { ...counted.a.decisions, pursue: 1 },
    });
    expect(await figures(uniB)).toEqual(counted.b);
  });
});
