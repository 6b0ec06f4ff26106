import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const workflow: Caller = { id: 'relationship-workflow', role: 'system' };

interface Card {
  contactId: string;
  name: string | null;
  organisation: string | null;
  column: string;
  status: string;
  followUpsSent: number;
  lastSentAt: string | null;
  nextDue: { at: string; expected: boolean } | null;
  outcome: string | null;
}
interface Board {
  total: number;
  counts: Record<string, number>;
  columns: Record<string, Card[]>;
}

describe('the pipeline board', () => {
  const suite = isolateSuite('outreach-board');
  let service: OutreachTestApp;
  const path = (contactId: string, action: string) =>
    `/members/member-ada/outreach/${contactId}${action}`;
  const send = (contactId: string) =>
    expectStatus(service, ada, 200, 'POST', path(contactId, '/send'), {
      json: { channel: 'email', delivery: 'logged' },
    });

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await seedContact(service, 'member-ada', 'c-waiting', {
      givenName: 'Grace',
      familyName: 'Hopper',
      organisation: 'US Navy',
    });
    await expectStatus(service, ada, 200, 'PUT', path('c-draft', '/draft'), {
      json: { channel: 'linkedin', body: 'Hello!' },
    });
    await send('c-waiting');
    await send('c-due');
    await send('c-replied');
    await send('c-closed');
    await send('c-quiet');
    service.clock.advanceDays(10);
    await expectStatus(service, ada, 200, 'POST', path('c-waiting', '/follow-ups'), {
      json: { channel: 'phone', delivery: 'logged' },
    });
    await expectStatus(service, workflow, 200, 'POST', path('c-due', '/follow-up-due'), {
      json: { sequence: 1, idempotencyKey: 'k' },
    });
    await expectStatus(service, ada, 200, 'POST', path('c-replied', '/response'), {
      json: { outcome: 'accepted' },
    });
    await expectStatus(service, ada, 200, 'POST', path('c-closed', '/close'));
    await expectStatus(service, workflow, 200, 'POST', path('c-quiet', '/unresponsive'));
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('puts each relationship in its column, with counts, names and the next due date', async () => {
    const board = (
      await expectStatus(service, ada, 200, 'GET', '/members/member-ada/pipeline')
    ).json<Board>();
    expect(board.total).toBe(6);
    expect(board.counts).toEqual({
      drafted: 1,
      'awaiting-reply': 1,
      'follow-up-due': 1,
      responded: 1,
      closed: 2,
    });
    expect(board.columns['awaiting-reply']).toEqual([
      {
        contactId: 'c-waiting',
        relationshipId: 'member-ada:c-waiting',
        name: 'Grace Hopper',
        organisation: 'US Navy',
        column: 'awaiting-reply',
        status: 'awaiting-reply',
        channel: 'email',
        followUpsSent: 1,
        lastSentAt: '2026-03-12T09:00:00.000Z',
        // No follow-up raised yet: the default fortnight after the last send, marked as expected.
        nextDue: { at: '2026-03-26T09:00:00.000Z', expected: true },
        suggestedContactId: null,
        outcome: null,
      },
    ]);
    expect(board.columns['follow-up-due']![0]).toMatchObject({
      contactId: 'c-due',
      name: null,
      nextDue: { at: '2026-03-12T09:00:00.000Z', expected: false },
    });
    expect(board.columns['responded']![0]).toMatchObject({ outcome: 'accepted', nextDue: null });
    expect(board.columns['closed']!.map((c) => [c.contactId, c.status])).toEqual([
      ['c-closed', 'closed'],
      ['c-quiet', 'unresponsive'],
    ]);
    expect(board.columns['drafted']![0]).toMatchObject({
      contactId: 'c-draft',
      channel: 'linkedin',
    });
  });

  it('moves a reopened card back to its column', async () => {
    await expectStatus(service, ada, 200, 'POST', path('c-closed', '/reopen'));
    const board = (
      await expectStatus(service, ada, 200, 'GET', '/members/member-ada/pipeline')
    ).json<Board>();
    expect(board.counts).toMatchObject({ 'awaiting-reply': 2, closed: 1 });
  });

  it('is readable by an assigned coach and by nobody else', async () => {
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect((await service.as(coach).send('GET', '/members/member-ada/pipeline')).status).toBe(200);
    const other: Caller = { id: 'coach-dee', role: 'coach', assignedMemberIds: ['member-bea'] };
    expect((await service.as(other).send('GET', '/members/member-ada/pipeline')).status).toBe(403);
    const elsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };
    expect(
      (await expectStatus(service, elsewhere, 200, 'GET', '/members/member-ada/pipeline')).json(),
    ).toMatchObject({ total: 0 });
  });
});
