import type { Decider, DomainEvent } from '@rapport/eventstore';

/** A ranked list holds at most this many organisations: beyond it the ranking means nothing. */
export const MAX_TARGETS = 50;

export const targetListStreamId = (memberId: string) => `targets:${memberId}`;

export interface Posting {
  readonly postingId: string;
  readonly title: string;
  readonly url?: string;
}

export interface Target {
  readonly organisationId: string;
  readonly name: string;
  readonly motivation: string;
  readonly postings: readonly Posting[];
}

interface OnList {
  readonly memberId: string;
  readonly at: string;
}

export type TargetListEvent =
  | DomainEvent<'TargetAdded', OnList & Omit<Target, 'postings'>>
  | DomainEvent<'TargetsRanked', OnList & { readonly order: readonly string[] }>
  | DomainEvent<'PostingNoted', OnList & Posting & { readonly organisationId: string }>
  | DomainEvent<'TargetRemoved', OnList & { readonly organisationId: string }>;

interface OnListCommand {
  readonly memberId: string;
  readonly at: Date;
}

export type TargetListCommand =
  | (OnListCommand & { readonly type: 'AddTarget' } & Omit<Target, 'postings'>)
  | (OnListCommand & { readonly type: 'RankTargets'; readonly order: readonly string[] })
  | (OnListCommand & { readonly type: 'NotePosting'; readonly organisationId: string } & Posting)
  | (OnListCommand & { readonly type: 'RemoveTarget'; readonly organisationId: string });

/** The member's targets, best first; a stream that never started is an empty list. */
export interface TargetListState {
  readonly targets: readonly Target[];
}

export type TargetListRejection =
  'exists' | 'unknown-target' | 'not-a-ranking' | 'too-many-targets';

export class TargetListRejected extends Error {
  constructor(
    readonly reason: TargetListRejection,
    message: string,
    readonly differences: readonly string[] = [],
  ) {
    super(message);
    this.name = 'TargetListRejected';
  }
}

function evolve(state: TargetListState, event: TargetListEvent): TargetListState {
  const { targets } = state;
  switch (event.type) {
    case 'TargetAdded': {
      const { organisationId, name, motivation } = event.data;
      return { targets: [...targets, { organisationId, name, motivation, postings: [] }] };
    }
    case 'TargetsRanked': {
      const byId = new Map(targets.map((t) => [t.organisationId, t]));
      return { targets: event.data.order.flatMap((id) => byId.get(id) ?? []) };
    }
    case 'PostingNoted': {
      const { organisationId, postingId, title, url } = event.data;
      const posting = { postingId, title, ...(url ? { url } : {}) };
      return {
        targets: targets.map((t) =>
          t.organisationId === organisationId ? { ...t, postings: [...t.postings, posting] } : t,
        ),
      };
    }
    case 'TargetRemoved':
      return { targets: targets.filter((t) => t.organisationId !== event.data.organisationId) };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

function find(state: TargetListState, organisationId: string): Target {
  const target = state.targets.find((t) => t.organisationId === organisationId);
  if (!target) throw new TargetListRejected('unknown-target', `no target ${organisationId}`);
  return target;
}

function decide(command: TargetListCommand, state: TargetListState): TargetListEvent[] {
  const stamp = { memberId: command.memberId, at: command.at.toISOString() };
  switch (command.type) {
    case 'AddTarget': {
      const { organisationId, name, motivation } = command;
      const before = state.targets.find((t) => t.organisationId === organisationId);
      if (before) {
        // The same add again (a retry) changes nothing; other details under the id are a clash.
        const differences = [
          ...(before.name === name ? [] : ['name']),
          ...(before.motivation === motivation ? [] : ['motivation']),
        ];
        if (differences.length === 0) return [];
        throw new TargetListRejected('exists', `target ${organisationId} exists`, differences);
      }
      if (state.targets.length >= MAX_TARGETS) {
        throw new TargetListRejected('too-many-targets', `at most ${MAX_TARGETS} targets`);
      }
      return [{ type: 'TargetAdded', data: { ...stamp, organisationId, name, motivation } }];
    }
    case 'RankTargets': {
      const current = state.targets.map((t) => t.organisationId);
      const same = [...command.order].sort().join('\n') === [...current].sort().join('\n');
      if (!same || new Set(command.order).size !== command.order.length) {
        throw new TargetListRejected('not-a-ranking', 'the order must name every target once');
      }
      if (command.order.join('\n') === current.join('\n')) return [];
      return [{ type: 'TargetsRanked', data: { ...stamp, order: [...command.order] } }];
    }
    case 'NotePosting': {
      const { organisationId, postingId, title, url } = command;
      const target = find(state, organisationId);
      if (target.postings.some((p) => p.postingId === postingId)) return [];
      const data = { ...stamp, organisationId, postingId, title, ...(url ? { url } : {}) };
      return [{ type: 'PostingNoted', data }];
    }
    case 'RemoveTarget': {
      if (!state.targets.some((t) => t.organisationId === command.organisationId)) return [];
      return [
        { type: 'TargetRemoved', data: { ...stamp, organisationId: command.organisationId } },
      ];
    }
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The member's ranked target organisations, their motivation and the postings they noted. */
export const targetListDecider: Decider<TargetListCommand, TargetListEvent, TargetListState> = {
  decide,
  evolve,
  initialState: { targets: [] },
};
