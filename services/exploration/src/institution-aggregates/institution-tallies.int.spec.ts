import { GoalDecision } from '@rapport/contracts';
import { isolateSuite, pollUntil, startConsumerSpec, type ConsumerSpec } from '@rapport/testing';
import { generateInternalKeyPair } from '@rapport/platform/http';
import { runEventSourcedService, type RunningService } from '@rapport/service-skeleton';
import { explorationService } from '../exploration.service';
import { consumedEvent } from '../testing/consumed-event';
import { figuresOf } from './exploration-tallies';
import { InstitutionTallies } from './institution-tallies.store';

/**
 * The service started as main starts it counts the exploration topic per institution: goals by
 * status and decision, conversations by fit, a goal moving when its decision changes.
 */
describe('the institution tallies', () => {
  const suite = isolateSuite('exploration-tallies');
  const topic = suite.topic('exploration');
  const others = ['contacts', 'outreach', 'interviews', 'relationship'].map((t) => suite.topic(t));
  let spec: ConsumerSpec;
  let running: RunningService;
  const figures = async (tenantId: string) =>
    figuresOf(await running.app.get(InstitutionTallies).of(tenantId));

  beforeAll(async () => {
    spec = await startConsumerSpec(suite, [topic, ...others]);
    const keys = await generateInternalKeyPair();
    const [contacts, outreach, interviews, relationship] = others;
    const options = explorationService({
      PORT: '0',
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
      RAPPORT_EXPLORATION_DB: suite.dbName,
      RAPPORT_EXPLORATION_GOALS_TOPIC: topic,
      RAPPORT_EXPLORATION_CONTACTS_TOPIC: contacts,
      RAPPORT_EXPLORATION_OUTREACH_TOPIC: outreach,
      RAPPORT_EXPLORATION_INTERVIEWS_TOPIC: interviews,
      RAPPORT_EXPLORATION_RELATIONSHIP_TOPIC: relationship,
    });
    running = await runEventSourcedService({ ...options, groupPrefix: suite.id });
  });
  afterAll(async () => {
    await running?.stop();
    await spec?.close();
    await suite.cleanup();
  });

  it('counts goals, decisions and fits per institution through Kafka', async () => {
    const goal = (goalId: string, tenantId = 'uni-a') => {
      const streamId = `goal:m-ada:${goalId}`;
      let version = 0n;
      return <T extends Parameters<ConsumerSpec['publish']>[1]>(
        type: T,
        payload: Parameters<ConsumerSpec['publish']>[2] & object,
      ) => {
        version += 1n;
        return spec.publish(topic, type, { memberId: 'm-ada', goalId, ...payload } as never, {
          streamId,
          version,
          tenantId,
        });
      };
    };
    const g1 = goal('g-1');
    await g1('rapport.exploration.v1.GoalCreated', {});
    await g1('rapport.exploration.v1.ReflectionRecorded', { interviewId: 'i-1', fit: 4 });
    await g1('rapport.exploration.v1.ReflectionRecorded', { interviewId: 'i-1', fit: 2 });
    await g1('rapport.exploration.v1.DecisionRecorded', { decision: GoalDecision.NOT_FOR_ME });
    const g2 = goal('g-2');
    await g2('rapport.exploration.v1.GoalCreated', {});
    await g2('rapport.exploration.v1.ReflectionRecorded', { interviewId: 'i-2', fit: 5 });
    await g2('rapport.exploration.v1.DecisionRecorded', { decision: GoalDecision.PURSUE });
    // A change of mind moves the goal from one count to the other.
    await g2('rapport.exploration.v1.DecisionRecorded', {
      decision: GoalDecision.EXPLORE_FURTHER,
    });
    const elsewhere = goal('g-9', 'uni-b');
    await elsewhere('rapport.exploration.v1.GoalCreated', {});

    const counted = await pollUntil(
      'both goals and the other institution’s counted',
      async () => {
        const [a, b] = await Promise.all([figures('uni-a'), figures('uni-b')]);
        return a.decisions['explore-further'] === 1 && b.goals.total === 1 ? a : undefined;
      },
      { timeoutMs: 45_000 },
    );
    expect(counted).toEqual({
      goals: { total: 2, exploring: 1, decided: 1 },
      decisions: { pursue: 0, 'explore-further': 1, 'not-for-me': 1 },
      reflections: {
        total: 2,
        byFit: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 1 },
        averageFit: 3.5,
      },
    });
  });

  it('counts an event once, however often it arrives', async () => {
    const tallies = running.app.get(InstitutionTallies);
    const created = {
      ...consumedEvent(
        'rapport.exploration.v1.GoalCreated',
        { memberId: 'm-bo', goalId: 'g-1' },
        { streamId: 'goal:m-bo:g-1', version: 1, occurredAt: new Date(), tenantId: 'uni-c' },
      ),
      topic,
      offset: '7',
    };
    expect(await tallies.apply(created)).toBe(true);
    expect(await tallies.apply(created)).toBe(false);
    // Redelivered at a later offset (a producer's retry) it is still the same goal's same version.
    expect(await tallies.apply({ ...created, offset: '9' })).toBe(false);
    expect((await figures('uni-c')).goals.total).toBe(1);
  });
});
