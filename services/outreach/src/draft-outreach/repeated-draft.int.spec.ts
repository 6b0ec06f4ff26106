import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  type OutreachTestApp,
  type Reply,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };

const answer = (reply: Reply) => ({
  status: reply.status,
  etag: reply.headers['etag'],
  body: reply.json<unknown>(),
});

/**
 * A draft is a PUT on the outreach (create or replace): the same draft again answers as the first
 * did and records nothing; another draft replaces it (a new version), as a PUT does.
 */
describe('saving the same draft again', () => {
  const suite = isolateSuite('outreach-draft-repeat');
  let service: OutreachTestApp;
  const put = (contactId: string, json: Record<string, unknown>) =>
    service.as(ada).send('PUT', `/members/member-ada/outreach/${contactId}/draft`, { json });

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('answers as the first did and records nothing', async () => {
    const draft = { channel: 'email', subject: 'Advice', body: 'Could we talk about your work?' };
    const first = await put('c-ada', draft);
    expect(first.status).toBe(200);
    const again = await put('c-ada', { body: draft.body, subject: 'Advice', channel: 'email' });
    expect(answer(again)).toEqual(answer(first));
    expect(answer(again)).toMatchObject({ etag: '"1"' });

    const replaced = await put('c-ada', { ...draft, body: 'Another text' });
    expect(replaced.status).toBe(200);
    expect(replaced.headers['etag']).toBe('"2"');
  });

  it('answers concurrent duplicates all alike, with one event recorded', async () => {
    const draft = { channel: 'email', body: 'A first note to Grace' };
    const replies = await Promise.all(Array.from({ length: 5 }, () => put('c-race', draft)));
    const answers = replies.map(answer);
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill(200));
    for (const other of answers) expect(other).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ etag: '"1"' });
  });
});
