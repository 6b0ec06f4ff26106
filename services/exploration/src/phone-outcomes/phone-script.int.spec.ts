import { isolateSuite } from '@rapport/testing';
import { MemberActivity } from '../target-organisations/member-activity';
import { consumedEvent } from '../testing/consumed-event';
import {
  ada,
  adaElsewhere,
  adasCoach,
  bob,
  expectStatus,
  type ExplorationTestApp,
  startExplorationApp,
} from '../testing/exploration-test-app';

// The script itself comes from outreach's composer; the e2e asks it of the real outreach
// (exploration-goal.e2e.spec.ts). Here: who may ask, and what an app without the key answers.
describe('the phone script beside the log form', () => {
  const suite = isolateSuite('exploration-phone-script');
  let service: ExplorationTestApp;
  const script = `/members/${ada.id}/phone-calls/c-ho/script`;

  beforeAll(async () => {
    service = await startExplorationApp(suite);
    const requested = (contactId: string, channel: number) =>
      consumedEvent(
        'rapport.outreach.v1.OutreachSent',
        { memberId: ada.id, contactId, relationshipId: `${ada.id}:${contactId}`, channel },
        { streamId: `outreach:${ada.id}:${contactId}`, version: 1, occurredAt: new Date() },
      );
    await service.app.get(MemberActivity).apply(requested('c-ho', 2));
    await service.app.get(MemberActivity).apply(requested('c-mail', 1));
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('is the calling member’s only: coaches and other members are refused', async () => {
    for (const caller of [adasCoach, bob]) {
      const denied = await expectStatus(service, caller, 403, 'GET', script);
      expect(denied.headers['content-type']).toContain('application/problem+json');
    }
    await expectStatus(service, ada, 400, 'GET', `/members/${ada.id}/phone-calls/c%20ho/script`);
  });

  it('exists only beside a phone request: another channel or tenant is not found', async () => {
    const mail = await expectStatus(service, ada, 404, 'GET', script.replace('c-ho', 'c-mail'));
    expect(mail.json()).toMatchObject({ reason: 'not-a-phone-request' });
    await expectStatus(service, adaElsewhere, 404, 'GET', script);
  });

  it('answers 503 as a problem when no key to call the composer is configured', async () => {
    const reply = await expectStatus(service, ada, 503, 'GET', script);
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect(reply.json<{ detail: string }>().detail).toContain('no key');
  });
});
