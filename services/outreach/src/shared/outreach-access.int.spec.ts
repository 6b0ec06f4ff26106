import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const bea: Caller = { id: 'member-bea', role: 'member' };
const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
const otherCoach: Caller = { id: 'coach-dee', role: 'coach', assignedMemberIds: ['member-bea'] };
/** Same member id, another institution. */
const adaElsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };

const outreach = '/members/member-ada/outreach/c-grace';
const logged = { channel: 'email', delivery: 'logged' };
const writes = [
  ['PUT', `${outreach}/draft`, { channel: 'email', body: 'Planted' }],
  ['POST', `${outreach}/compose`, { kind: 'email-request' }],
  ['POST', `${outreach}/send`, logged],
  ['POST', `${outreach}/follow-ups`, logged],
  ['POST', `${outreach}/response`, { outcome: 'accepted' }],
  ['POST', `${outreach}/unresponsive`, {}],
  ['POST', `${outreach}/close`, {}],
  ['POST', `${outreach}/reopen`, undefined],
  ['PUT', `${outreach}/auto-send`, { autoSend: true }],
  ['PUT', '/members/member-ada/profile', { givenName: 'A', familyName: 'B', email: 'a@b.example' }],
] as const;
const reads = [
  ['GET', outreach],
  ['GET', '/members/member-ada/pipeline'],
  ['GET', '/members/member-ada/profile'],
] as const;

describe('who may see and act on a member’s outreach', () => {
  const suite = isolateSuite('outreach-access');
  let service: OutreachTestApp;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await expectStatus(service, ada, 200, 'PUT', '/members/member-ada/profile', {
      json: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@uni.example' },
    });
    await expectStatus(service, ada, 200, 'POST', `${outreach}/send`, { json: logged });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('rejects a request without a valid internal token', async () => {
    const fastify = service.app.getHttpAdapter().getInstance();
    expect((await fastify.inject({ method: 'GET', url: outreach })).statusCode).toBe(401);
    const forged = await fastify.inject({
      method: 'GET',
      url: outreach,
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJ0ZW5hbnRJZCI6InVuaS1hIn0.' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('lets another member neither read nor act', async () => {
    for (const [method, path, json] of [
      ...writes,
      ...reads.map(([m, p]) => [m, p, undefined] as const),
    ]) {
      const reply = await service.as(bea).send(method, path, json === undefined ? {} : { json });
      expect({ method, path, status: reply.status }).toEqual({ method, path, status: 403 });
    }
  });

  it('lets an assigned coach read everything and write nothing; an unassigned coach neither', async () => {
    for (const [method, path] of reads) {
      expect({ path, status: (await service.as(coach).send(method, path)).status }).toEqual({
        path,
        status: 200,
      });
      expect((await service.as(otherCoach).send(method, path)).status).toBe(403);
    }
    for (const [method, path, json] of writes) {
      const reply = await service.as(coach).send(method, path, json === undefined ? {} : { json });
      expect({ method, path, status: reply.status }).toEqual({ method, path, status: 403 });
    }
    const after = await expectStatus(service, ada, 200, 'GET', outreach);
    expect(after.json()).toMatchObject({ status: 'awaiting-reply', version: 1 });
  });

  it('keeps institutions apart even for the same member id', async () => {
    expect((await service.as(adaElsewhere).send('GET', outreach)).status).toBe(404);
    expect((await service.as(adaElsewhere).send('GET', '/members/member-ada/profile')).status).toBe(
      404,
    );
    const board = await expectStatus(
      service,
      adaElsewhere,
      200,
      'GET',
      '/members/member-ada/pipeline',
    );
    expect(board.json()).toMatchObject({ total: 0 });
    const close = await service.as(adaElsewhere).send('POST', `${outreach}/close`);
    expect(close.status).toBe(404);
    expect((await expectStatus(service, ada, 200, 'GET', outreach)).json()).toMatchObject({
      status: 'awaiting-reply',
    });
  });
});
