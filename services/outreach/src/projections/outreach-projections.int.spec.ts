import type { Document } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import type { OutreachEvent } from '../domain/outreach.events';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';
import { eventAt } from './outreach-event-at';
import { figuresOf } from '../institution-funnel/funnel-figures';
import { OutreachProjections } from './outreach-projections';
import { PIPELINE_CARDS } from './pipeline-card.projection';

const ada: Caller = { id: 'member-ada', role: 'member' };
const workflow: Caller = { id: 'relationship-workflow', role: 'system' };

/** The boards without the runtime's version guards, their cards by contact, and the funnel. */
async function snapshot(projections: OutreachProjections) {
  const docs = await (
    await projections.store.active(PIPELINE_CARDS)
  )
    .find({}, { sort: { _id: 1 } })
    .toArray();
  const boards = docs.map(({ _applied, ...doc }) => (void _applied, doc as Document));
  const cards = boards
    .flatMap((board) => Object.values((board['cards'] ?? {}) as Record<string, Document>))
    .sort((a, b) => String(a['contactId']).localeCompare(String(b['contactId'])));
  const funnel = {
    tenant: figuresOf(await projections.funnel.ofTenant('uni-a')),
    ada: figuresOf(await projections.funnel.ofMembers('uni-a', ['member-ada'])),
  };
  return { boards, cards, funnel };
}

describe('outreach read models', () => {
  const suite = isolateSuite('outreach-projections');
  let service: OutreachTestApp;
  let projections: OutreachProjections;
  const act = (
    caller: Caller,
    contactId: string,
    method: 'PUT' | 'POST',
    action: string,
    json?: unknown,
  ) =>
    expectStatus(
      service,
      caller,
      200,
      method,
      `/members/member-ada/outreach/${contactId}/${action}`,
      {
        json,
      },
    );
  const logged = { channel: 'email', delivery: 'logged' };

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    projections = new OutreachProjections(service.db);
    await act(ada, 'c-draft', 'PUT', 'draft', { channel: 'email', body: 'Hello' });
    await act(ada, 'c-due', 'POST', 'send', logged);
    await act(workflow, 'c-due', 'POST', 'follow-up-due', { sequence: 1, idempotencyKey: 'k' });
    await act(ada, 'c-replied', 'POST', 'send', logged);
    await act(ada, 'c-replied', 'POST', 'follow-ups', logged);
    await act(ada, 'c-replied', 'POST', 'response', { outcome: 'declined' });
    await act(ada, 'c-closed', 'POST', 'send', logged);
    await act(ada, 'c-closed', 'POST', 'close', { reason: 'later' });
    await act(ada, 'c-closed', 'POST', 'reopen');
    await act(ada, 'c-closed', 'POST', 'close');
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('applying every event again changes nothing', async () => {
    const before = await snapshot(projections);
    expect(before.cards).toHaveLength(4);
    expect(before.funnel.tenant).toMatchObject({ members: 1, requestsSent: 3, responses: 1 });
    expect(before.funnel.ada).toEqual(before.funnel.tenant);
    const all = [];
    for await (const recorded of new EventStore(service.db).readAll<OutreachEvent>())
      all.push(eventAt(recorded));
    await projections.apply(all);
    expect(await snapshot(projections)).toEqual(before);
  });

  it('rebuilds the cards from the event store into the same documents, and the board reads them', async () => {
    const before = await snapshot(projections);
    const applied = await projections.rebuild(new EventStore(service.db));
    expect(applied[PIPELINE_CARDS]).toBe(10);
    expect((await projections.store.active(PIPELINE_CARDS)).collectionName).not.toBe(
      PIPELINE_CARDS,
    );
    expect(await snapshot(projections)).toEqual(before);
    const board = await expectStatus(service, ada, 200, 'GET', '/members/member-ada/pipeline');
    expect(board.json()).toMatchObject({
      total: 4,
      counts: { drafted: 1, 'awaiting-reply': 0, 'follow-up-due': 1, responded: 1, closed: 1 },
    });
    // Writes after the swap land in the rebuilt collection.
    await act(ada, 'c-closed', 'POST', 'reopen');
    const after = await expectStatus(service, ada, 200, 'GET', '/members/member-ada/pipeline');
    expect(after.json()).toMatchObject({ counts: { 'awaiting-reply': 1, closed: 0 } });
  });
});
