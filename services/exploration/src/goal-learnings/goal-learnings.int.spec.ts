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

interface Learning {
  learningId: string;
  kind: string;
  interviewId: string;
}

describe('resources and opportunities from a goal’s conversations', () => {
  const suite = isolateSuite('exploration-learnings');
  let service: ExplorationTestApp;
  const goals = `/members/${ada.id}/goals`;
  const g1 = `${goals}/g-1`;
  const book = {
    learningId: 'l-book',
    kind: 'resource',
    title: 'Storytelling with Data',
    url: 'https://example.org/swd',
    interviewId: 'i-1',
  };
  const meetup = {
    learningId: 'l-meetup',
    kind: 'opportunity',
    title: 'The monthly analytics meetup',
    interviewId: 'i-2',
    note: 'Ask for an invitation',
  };
  const ids = (learnings: Learning[]) => learnings.map((l) => l.learningId);

  beforeAll(async () => {
    service = await startExplorationApp(suite);
    await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-1') });
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('notes them per conversation, lists them per goal and removes them', async () => {
    const first = await expectStatus(service, ada, 201, 'POST', `${g1}/learnings`, { json: book });
    expect(first.headers.location).toBe(`${g1}/learnings/l-book`);
    expect(first.json()).toEqual({ ...book, note: '', at: expect.any(String) as unknown });
    service.clock.advanceHours(1);
    await expectStatus(service, ada, 201, 'POST', `${g1}/learnings`, { json: meetup });

    const all = await expectStatus(service, ada, 200, 'GET', `${g1}/learnings`);
    expect(ids(all.json<{ learnings: Learning[] }>().learnings)).toEqual(['l-book', 'l-meetup']);
    const fromI2 = await expectStatus(service, ada, 200, 'GET', `${g1}/learnings?interviewId=i-2`);
    expect(ids(fromI2.json<{ learnings: Learning[] }>().learnings)).toEqual(['l-meetup']);
    const resources = await expectStatus(service, ada, 200, 'GET', `${g1}/learnings?kind=resource`);
    expect(ids(resources.json<{ learnings: Learning[] }>().learnings)).toEqual(['l-book']);
    const list = await expectStatus(service, ada, 200, 'GET', goals);
    expect(list.json()).toMatchObject({ goals: [{ resources: 1, opportunities: 1 }] });

    const afterRemoval = await expectStatus(service, ada, 200, 'DELETE', `${g1}/learnings/l-book`);
    expect(ids(afterRemoval.json<{ learnings: Learning[] }>().learnings)).toEqual(['l-meetup']);
    await expectStatus(service, ada, 200, 'DELETE', `${g1}/learnings/l-book`);
    const listAfter = await expectStatus(service, ada, 200, 'GET', goals);
    expect(listAfter.json()).toMatchObject({ goals: [{ resources: 0, opportunities: 1 }] });
  });

  it('answers a repeated note as the first, and another body under the id with a 409', async () => {
    const body = { ...book, learningId: 'l-course' };
    const first = await expectStatus(service, ada, 201, 'POST', `${g1}/learnings`, { json: body });
    service.clock.advanceHours(1);
    const again = await expectStatus(service, ada, 201, 'POST', `${g1}/learnings`, { json: body });
    expect(again.json()).toEqual(first.json());
    expect(again.headers.location).toBe(first.headers.location);
    const other = await expectStatus(service, ada, 409, 'POST', `${g1}/learnings`, {
      json: { ...body, title: 'Another course' },
    });
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ reason: 'learning-exists', differences: ['title'] });
  });

  it('refuses bad input, unknown goals and learnings as problems', async () => {
    const bad = await expectStatus(service, ada, 400, 'POST', `${g1}/learnings`, {
      json: { ...book, learningId: 'l-bad', url: 'javascript:alert(1)' },
    });
    expect(bad.headers['content-type']).toContain('application/problem+json');
    await expectStatus(service, ada, 400, 'POST', `${g1}/learnings`, {
      json: { ...book, learningId: 'l-bad', kind: 'rumour' },
    });
    await expectStatus(service, ada, 404, 'POST', `${goals}/g-none/learnings`, { json: book });
    await expectStatus(service, ada, 404, 'GET', `${goals}/g-none/learnings`);
    await expectStatus(service, ada, 404, 'DELETE', `${g1}/learnings/l-never`);
  });

  it('lets an assigned coach read but not change, and keeps members and tenants apart', async () => {
    await expectStatus(service, adasCoach, 200, 'GET', `${g1}/learnings`);
    await expectStatus(service, adasCoach, 403, 'POST', `${g1}/learnings`, { json: meetup });
    await expectStatus(service, adasCoach, 403, 'DELETE', `${g1}/learnings/l-meetup`);
    await expectStatus(service, otherCoach, 403, 'GET', `${g1}/learnings`);
    await expectStatus(service, bob, 403, 'GET', `${g1}/learnings`);
    await expectStatus(service, bob, 403, 'POST', `${g1}/learnings`, { json: meetup });
    await expectStatus(service, adaElsewhere, 404, 'GET', `${g1}/learnings`);
  });
});
