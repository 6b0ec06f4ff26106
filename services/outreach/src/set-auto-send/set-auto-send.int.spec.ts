import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };

describe('turn auto-send of follow-ups on and off', () => {
  const suite = isolateSuite('outreach-auto-send');
  let service: OutreachTestApp;
  const path = '/members/member-ada/outreach/c-grace/auto-send';

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('switches, and switching to the same value again changes nothing', async () => {
    const on = await expectStatus(service, ada, 200, 'PUT', path, { json: { autoSend: true } });
    expect(on.json()).toMatchObject({ status: 'none', autoSend: true, version: 1 });
    const still = await expectStatus(service, ada, 200, 'PUT', path, { json: { autoSend: true } });
    expect(still.headers.etag).toBe('"1"');
    await expectStatus(service, ada, 200, 'PUT', '/members/member-ada/outreach/c-grace/draft', {
      json: { channel: 'email', subject: 'Advice', body: 'Dear Grace, …' },
    });
    const off = await expectStatus(service, ada, 200, 'PUT', path, { json: { autoSend: false } });
    expect(off.json()).toMatchObject({ status: 'drafted', autoSend: false, version: 3 });
  });

  it('takes a boolean from the member only', async () => {
    const bad = await service.as(ada).send('PUT', path, { json: { autoSend: 'yes' } });
    expect(bad.status).toBe(400);
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect((await service.as(coach).send('PUT', path, { json: { autoSend: true } })).status).toBe(
      403,
    );
  });
});
