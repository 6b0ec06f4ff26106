import type { StreamFold } from './decider';
import type { AppendContext, DomainEvent } from './events';

/** A stream of numbers added up: the smallest fold whose state shows which events it saw. */
export type Counted = DomainEvent<'Counted', { by: number }>;

export const counter: StreamFold<Counted, { total: number }> = {
  initialState: { total: 0 },
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  snapshotVersion: 'counter-1',
};

export const counterContext: AppendContext = {
  actor: { id: 'member-1', role: 'member' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-1',
};
