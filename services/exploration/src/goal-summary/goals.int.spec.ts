import { isolateSuite } from '@rapport/testing';
import {
  ada,
  adaElsewhere,
  adasCoach,
  bob,
  expectStatus,
  type ExplorationTestApp,
  goalBody,
  otherCoach,
  startExplorationApp,
} from '../testing/exploration-test-app';

interface Summary {
  questions: { questionId: string; text: string }[];
  linkedContactIds: string[];
  reflections: { interviewId: string; fit: number }[];
  conversations: number;
  averageFit: number | null;
  status: string;
  decision: { decision: string; reason: string } | null;
  version: number;
}

describe('exploration goals', () => {
  const suite = isolateSuite('exploration-goals');
  let service: ExplorationTestApp;
  const goals = `/members/${ada.id}/goals`;

  beforeAll(async () => {
    service = await startExplorationApp(suite);
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('follows a goal from its questions to the member’s decision', async () => {
    const created = await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-1') });
    expect(created.headers.location).toBe(`${goals}/g-1`);
    expect(created.headers.etag).toBe('"1"');
    const g1 = `${goals}/g-1`;
    await expectStatus(service, ada, 200, 'POST', `${g1}/questions`, {
      json: { text: 'How did you get your first role?' },
    });
    await expectStatus(service, ada, 200, 'DELETE', `${g1}/questions/q-2`);
    await expectStatus(service, ada, 200, 'POST', `${g1}/relationships`, {
      json: { contactId: 'c-ho' },
    });
    await expectStatus(service, ada, 200, 'POST', `${g1}/relationships`, {
      json: { contactId: 'c-ruiz' },
    });
    await expectStatus(service, ada, 200, 'PUT', `${g1}/reflections/i-1`, {
      json: { contactId: 'c-ho', learnt: 'Mostly dashboards.', surprised: 'No SQL', fit: 3 },
    });
    await expectStatus(service, ada, 200, 'PUT', `${g1}/reflections/i-2`, {
      json: { contactId: 'c-ruiz', learnt: 'Experiments every week.', fit: 5 },
    });
    await expectStatus(service, ada, 200, 'PUT', `${g1}/decision`, {
      json: { decision: 'pursue', reason: 'The experimentation side fits me.' },
    });

    const reply = await expectStatus(service, ada, 200, 'GET', g1);
    const summary = reply.json<Summary>();
    expect(summary.questions.map((q) => q.questionId)).toEqual(['q-1', 'q-3']);
    expect(summary.linkedContactIds).toEqual(['c-ho', 'c-ruiz']);
    expect(summary.reflections.map((r) => [r.interviewId, r.fit])).toEqual([
      ['i-1', 3],
      ['i-2', 5],
    ]);
    expect(summary).toMatchObject({
      conversations: 2,
      averageFit: 4,
      status: 'decided',
      decision: { decision: 'pursue', reason: 'The experimentation side fits me.' },
      version: 8,
    });
    expect(reply.headers.etag).toBe('"8"');

    const list = (await expectStatus(service, ada, 200, 'GET', goals)).json<{
      goals: Record<string, unknown>[];
    }>();
    expect(list.goals).toEqual([
      expect.objectContaining({
        goalId: 'g-1',
        questions: 2,
        linkedRelationships: 2,
        conversations: 2,
        averageFit: 4,
        decision: expect.objectContaining({ decision: 'pursue' }) as unknown,
      }),
    ]);
  });

  it('answers a repeated create as the first, and another body under the id with a 409', async () => {
    const first = await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-2') });
    const again = await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-2') });
    expect(again.json()).toEqual(first.json());
    expect(again.headers.etag).toBe(first.headers.etag);
    const other = await expectStatus(service, ada, 409, 'POST', goals, {
      json: { ...goalBody('g-2'), title: 'Something else' },
    });
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ reason: 'exists', differences: ['title'] });
  });

  it('refuses a stale If-Match, bad input and unknown goals as problems', async () => {
    await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-3') });
    const g3 = `${goals}/g-3`;
    await expectStatus(service, ada, 412, 'PUT', `${g3}/decision`, {
      json: { decision: 'not-for-me', reason: 'Too much travel' },
      headers: { 'if-match': '"7"' },
    });
    await expectStatus(service, ada, 400, 'PUT', `${g3}/reflections/i-1`, {
      json: { learnt: 'x', fit: 6 },
    });
    await expectStatus(service, ada, 404, 'DELETE', `${g3}/questions/q-9`);
    await expectStatus(service, ada, 404, 'GET', `${goals}/g-none`);
    await expectStatus(service, ada, 404, 'POST', `${goals}/g-none/questions`, {
      json: { text: 'Anything?' },
    });
  });

  it('lets an assigned coach read but not change, and keeps members and tenants apart', async () => {
    await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-4') });
    const g4 = `${goals}/g-4`;
    await expectStatus(service, adasCoach, 200, 'GET', g4);
    await expectStatus(service, adasCoach, 200, 'GET', goals);
    await expectStatus(service, adasCoach, 403, 'PUT', `${g4}/decision`, {
      json: { decision: 'pursue', reason: 'I think so' },
    });
    await expectStatus(service, adasCoach, 403, 'POST', goals, { json: goalBody('g-5') });
    await expectStatus(service, otherCoach, 403, 'GET', g4);
    await expectStatus(service, bob, 403, 'GET', g4);
    await expectStatus(service, bob, 403, 'POST', `${g4}/questions`, { json: { text: 'Mine?' } });
    await expectStatus(service, adaElsewhere, 404, 'GET', g4);
    const elsewhere = await expectStatus(service, adaElsewhere, 200, 'GET', goals);
    expect(elsewhere.json()).toEqual({ goals: [] });
  });
});
