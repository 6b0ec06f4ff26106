import { deciderSpec } from '@rapport/testing';
import { type TargetListEvent, targetListDecider, TargetListRejected } from './target-list';

const given = deciderSpec(targetListDecider, TargetListRejected);
const at = new Date('2026-03-02T09:00:00Z');
const on = { memberId: 'm-ada', at };
const stamped = { memberId: 'm-ada', at: at.toISOString() };
const added = (organisationId: string, name: string): TargetListEvent => ({
  type: 'TargetAdded',
  data: { ...stamped, organisationId, name, motivation: 'Data team' },
});
const acme = added('acme', 'Acme Analytics');
const zeta = added('zeta', 'Zeta Retail');

describe('the target list decider', () => {
  it('adds at the bottom, once, and refuses other details under the same id', () => {
    const add = {
      type: 'AddTarget',
      ...on,
      organisationId: 'acme',
      name: 'Acme Analytics',
      motivation: 'Data team',
    } as const;
    given([]).when(add).then([acme]);
    given([acme]).when(add).then([]);
    given([acme])
      .when({ ...add, motivation: 'Nice office' })
      .rejects('exists');
  });

  it('ranks by an order naming every target once', () => {
    const rank = (order: string[]) => ({ type: 'RankTargets', ...on, order }) as const;
    given([acme, zeta])
      .when(rank(['zeta', 'acme']))
      .then([{ type: 'TargetsRanked', data: { ...stamped, order: ['zeta', 'acme'] } }]);
    given([acme, zeta])
      .when(rank(['acme', 'zeta']))
      .then([]);
    given([acme, zeta])
      .when(rank(['zeta']))
      .rejects('not-a-ranking');
    given([acme, zeta])
      .when(rank(['zeta', 'zeta']))
      .rejects('not-a-ranking');
    const { state } = given([
      acme,
      zeta,
      { type: 'TargetsRanked', data: { ...stamped, order: ['zeta', 'acme'] } },
    ]);
    expect(state.targets.map((t) => t.organisationId)).toEqual(['zeta', 'acme']);
  });

  it('notes a posting once, only on a target', () => {
    const note = {
      type: 'NotePosting',
      ...on,
      organisationId: 'acme',
      postingId: 'p-1',
      title: 'Junior analyst',
    } as const;
    const noted: TargetListEvent = {
      type: 'PostingNoted',
      data: { ...stamped, organisationId: 'acme', postingId: 'p-1', title: 'Junior analyst' },
    };
    given([acme]).when(note).then([noted]);
    given([acme, noted]).when(note).then([]);
    given([]).when(note).rejects('unknown-target');
  });

  it('removes a target once', () => {
    const remove = { type: 'RemoveTarget', ...on, organisationId: 'acme' } as const;
    given([acme])
      .when(remove)
      .then([{ type: 'TargetRemoved', data: { ...stamped, organisationId: 'acme' } }]);
    given([]).when(remove).then([]);
  });
});
