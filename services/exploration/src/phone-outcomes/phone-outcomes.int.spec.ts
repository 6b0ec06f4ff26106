import { isolateSuite } from '@rapport/testing';
import { MemberActivity } from '../target-organisations/member-activity';
import { consumedEvent } from '../testing/consumed-event';
import {
  ada,
  adasCoach,
  bob,
  expectStatus,
  type ExplorationTestApp,
  startExplorationApp,
} from '../testing/exploration-test-app';

describe('phone outcomes', () => {
  const suite = isolateSuite('exploration-phone');
  let service: ExplorationTestApp;
  const calls = (contactId: string) => `/members/${ada.id}/phone-calls/${contactId}`;
  const requested = (contactId: string, channel: number) =>
    consumedEvent(
      'rapport.outreach.v1.OutreachSent',
      { memberId: ada.id, contactId, relationshipId: `${ada.id}:${contactId}`, channel },
      { streamId: `outreach:${ada.id}:${contactId}`, version: 1, occurredAt: new Date() },
    );

  beforeAll(async () => {
    service = await startExplorationApp(suite);
    const activity = service.app.get(MemberActivity);
    await activity.apply(requested('c-ho', 2));
    await activity.apply(requested('c-mail', 1));
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('logs each call once and suggests an email after a voicemail', async () => {
    const voicemail = { outcome: 'voicemail-left', note: 'Left my number' };
    const first = await expectStatus(service, ada, 200, 'PUT', `${calls('c-ho')}/call-1`, {
      json: voicemail,
    });
    expect(first.json()).toMatchObject({ nextStep: 'send-email-follow-up' });
    await expectStatus(service, ada, 200, 'PUT', `${calls('c-ho')}/call-1`, { json: voicemail });
    const clash = await expectStatus(service, ada, 409, 'PUT', `${calls('c-ho')}/call-1`, {
      json: { outcome: 'reached' },
    });
    expect(clash.json()).toMatchObject({ reason: 'call-exists' });
    await expectStatus(service, ada, 200, 'PUT', `${calls('c-ho')}/call-2`, {
      json: { outcome: 'reached' },
    });
    const read = await expectStatus(service, adasCoach, 200, 'GET', calls('c-ho'));
    expect(read.json()).toMatchObject({
      calls: [{ callId: 'call-1' }, { callId: 'call-2', outcome: 'reached' }],
      nextStep: null,
    });
  });

  it('takes outcomes only for a phone request, and only from the member', async () => {
    const reply = await expectStatus(service, ada, 409, 'PUT', `${calls('c-mail')}/call-1`, {
      json: { outcome: 'no-answer' },
    });
    expect(reply.json()).toMatchObject({ reason: 'not-a-phone-request' });
    await expectStatus(service, adasCoach, 403, 'PUT', `${calls('c-ho')}/call-3`, {
      json: { outcome: 'no-answer' },
    });
    await expectStatus(service, bob, 403, 'GET', calls('c-ho'));
    await expectStatus(service, ada, 404, 'GET', calls('c-mail'));
  });
});
