import { isolateSuite } from '@rapport/testing';
import { consumedEvent } from '../testing/consumed-event';
import {
  ada,
  adaElsewhere,
  adasCoach,
  bob,
  expectStatus,
  type ExplorationTestApp,
  startExplorationApp,
  TestClock,
} from '../testing/exploration-test-app';
import { MemberActivity } from './member-activity';

interface Listed {
  targets: {
    organisationId: string;
    rank: number;
    postings: { postingId: string }[];
    contacts: number;
    requests: number;
    replies: number;
    conversations: number;
    nextPerson: { contactId: string; becauseNoReplyFrom: string } | null;
  }[];
}

describe('target organisations', () => {
  const suite = isolateSuite('exploration-targets');
  // Tuesday 3 March 2026, 09:00 in London.
  const clock = new TestClock(new Date('2026-03-03T09:00:00Z'));
  let service: ExplorationTestApp;
  let activity: MemberActivity;
  const targets = `/members/${ada.id}/target-organisations`;
  const acme = (listed: Listed) => listed.targets.find((t) => t.organisationId === 'acme')!;
  const read = async () => (await expectStatus(service, ada, 200, 'GET', targets)).json<Listed>();

  const contact = (contactId: string, organisation: string, givenName: string) =>
    consumedEvent(
      'rapport.contacts.v1.ContactAdded',
      { memberId: ada.id, contactId, givenName, familyName: 'X', organisation },
      { streamId: `contact:${ada.id}:${contactId}`, version: 1, occurredAt: clock.now },
    );
  const sent = (contactId: string) =>
    consumedEvent(
      'rapport.outreach.v1.OutreachSent',
      { memberId: ada.id, contactId, relationshipId: `${ada.id}:${contactId}`, channel: 1 },
      { streamId: `outreach:${ada.id}:${contactId}`, version: 1, occurredAt: clock.now },
    );

  beforeAll(async () => {
    service = await startExplorationApp(suite, clock);
    activity = service.app.get(MemberActivity);
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('ranks targets, counts what happened there and suggests a second person after 3 business days', async () => {
    const add = (organisationId: string, name: string) =>
      expectStatus(service, ada, 201, 'POST', targets, {
        json: { organisationId, name, motivation: 'Their data team publishes' },
      });
    await add('acme', 'Acme Analytics');
    await add('zeta', 'Zeta Retail');
    await expectStatus(service, ada, 200, 'PUT', `${targets}/ranking`, {
      json: { order: ['zeta', 'acme'] },
    });
    await expectStatus(service, ada, 200, 'POST', `${targets}/acme/postings`, {
      json: { postingId: 'p-1', title: 'Junior analyst', url: 'https://acme.example/jobs/1' },
    });

    await activity.apply(contact('c-ho', 'Acme Analytics', 'Lin'));
    await activity.apply(contact('c-ruiz', 'ACME analytics', 'Ana'));
    await activity.apply(contact('c-else', 'Zeta Retail', 'Eve'));
    clock.now = new Date('2026-03-03T10:00:00Z');
    expect(await activity.apply(sent('c-ho'))).toBe(1);
    // A redelivery changes nothing: the document keeps the stream's version.
    expect(await activity.apply(sent('c-ho'))).toBe(0);

    const first = await read();
    expect(first.targets.map((t) => [t.organisationId, t.rank])).toEqual([
      ['zeta', 1],
      ['acme', 2],
    ]);
    expect(acme(first)).toMatchObject({
      postings: [{ postingId: 'p-1' }],
      contacts: 2,
      requests: 1,
      replies: 0,
      nextPerson: null,
    });

    clock.now = new Date('2026-03-06T10:00:00Z');
    expect(acme(await read()).nextPerson).toMatchObject({
      contactId: 'c-ruiz',
      becauseNoReplyFrom: 'c-ho',
    });

    await activity.apply(sent('c-ruiz'));
    await activity.apply(
      consumedEvent(
        'rapport.outreach.v1.ResponseReceived',
        { memberId: ada.id, contactId: 'c-ruiz', relationshipId: `${ada.id}:c-ruiz`, outcome: 1 },
        { streamId: `outreach:${ada.id}:c-ruiz`, version: 2, occurredAt: clock.now },
      ),
    );
    await activity.apply(
      consumedEvent(
        'rapport.interviews.v1.InterviewCompleted',
        { memberId: ada.id, contactId: 'c-ruiz', relationshipId: `${ada.id}:c-ruiz` },
        { streamId: `interview:${ada.id}:i-1`, version: 2, occurredAt: clock.now },
      ),
    );
    expect(acme(await read())).toMatchObject({
      contacts: 2,
      requests: 2,
      replies: 1,
      conversations: 1,
      nextPerson: null,
    });

    await activity.apply(
      consumedEvent(
        'rapport.contacts.v1.ContactErased',
        { memberId: ada.id, contactId: 'c-ho' },
        { streamId: `contact:${ada.id}:c-ho`, version: 2, occurredAt: clock.now },
      ),
    );
    expect(acme(await read())).toMatchObject({ contacts: 1, requests: 1 });
  });

  it('refuses other details under a target id, a ranking that is not one, and unknown targets', async () => {
    const other = await expectStatus(service, ada, 409, 'POST', targets, {
      json: { organisationId: 'acme', name: 'Acme Analytics', motivation: 'Something else' },
    });
    expect(other.json()).toMatchObject({ differences: ['motivation'] });
    await expectStatus(service, ada, 422, 'PUT', `${targets}/ranking`, {
      json: { order: ['acme'] },
    });
    await expectStatus(service, ada, 404, 'POST', `${targets}/nowhere/postings`, {
      json: { postingId: 'p-2', title: 'Analyst' },
    });
  });

  it('lets an assigned coach read but not change, and keeps members and tenants apart', async () => {
    await expectStatus(service, adasCoach, 200, 'GET', targets);
    await expectStatus(service, adasCoach, 403, 'DELETE', `${targets}/acme`);
    await expectStatus(service, bob, 403, 'GET', targets);
    await expectStatus(service, bob, 403, 'POST', targets, {
      json: { organisationId: 'mine', name: 'Mine' },
    });
    const elsewhere = await expectStatus(service, adaElsewhere, 200, 'GET', targets);
    expect(elsewhere.json()).toMatchObject({ targets: [] });
  });
});
