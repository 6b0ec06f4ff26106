import { type Duration } from '@temporalio/common';
import { condition, defineQuery, defineSignal, setHandler } from '@temporalio/workflow';

export interface TimerOrSignalState {
  stage: 'waiting' | 'signalled' | 'timed-out';
  signalledBy?: string;
}

export const nudgeSignal = defineSignal<[string]>('nudge');
export const stateQuery = defineQuery<TimerOrSignalState>('state');

/** Waits for a signal or a durable timer, whichever comes first: the shape of every follow-up. */
export async function timerOrSignal(timeout: Duration): Promise<TimerOrSignalState> {
  const state: TimerOrSignalState = { stage: 'waiting' };
  setHandler(nudgeSignal, (who) => {
    state.signalledBy ??= who;
  });
  setHandler(stateQuery, () => state);
  const signalled = await condition(() => state.signalledBy !== undefined, timeout);
  state.stage = signalled ? 'signalled' : 'timed-out';
  return state;
}
