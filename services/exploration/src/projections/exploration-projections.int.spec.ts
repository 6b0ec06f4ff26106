import { EventStore, type RecordedEvent } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import {
  ada,
  expectStatus,
  type ExplorationTestApp,
  goalBody,
  startExplorationApp,
} from '../testing/exploration-test-app';
import { ExplorationProjections } from './exploration-projections';

describe('the member’s goals read model', () => {
  const suite = isolateSuite('exploration-projections');
  let service: ExplorationTestApp;
  const goals = `/members/${ada.id}/goals`;
  const list = async () => (await expectStatus(service, ada, 200, 'GET', goals)).json();

  beforeAll(async () => {
    service = await startExplorationApp(suite);
    await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-1') });
    await expectStatus(service, ada, 200, 'PUT', `${goals}/g-1/reflections/i-1`, {
      json: { learnt: 'Dashboards all day', fit: 2 },
    });
    await expectStatus(service, ada, 200, 'PUT', `${goals}/g-1/decision`, {
      json: { decision: 'not-for-me', reason: 'Too little modelling' },
    });
    // Another stream of this context: its events reach the read models too and must leave them be.
    await expectStatus(service, ada, 201, 'POST', `/members/${ada.id}/target-organisations`, {
      json: { organisationId: 'acme', name: 'Acme' },
    });
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('changes nothing when every recorded event is applied again', async () => {
    const before = await list();
    const store = service.app.get(EventStore);
    const recorded: RecordedEvent[] = [];
    for await (const event of store.readAll()) recorded.push(event);
    expect(recorded.length).toBe(4);
    await service.app.get(ExplorationProjections).applyRecorded(recorded);
    expect(await list()).toEqual(before);
  });

  it('is rebuilt from the event store into the same document', async () => {
    const before = await list();
    expect(before).toEqual({
      goals: [expect.objectContaining({ goalId: 'g-1', conversations: 1, averageFit: 2 })],
    });
    const applied = await service.app
      .get(ExplorationProjections)
      .rebuild(service.app.get(EventStore));
    expect(applied).toEqual({ member_goals: 3 });
    expect(await list()).toEqual(before);
  });
});
