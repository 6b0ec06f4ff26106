import { condition, defineSignal, setHandler } from '@temporalio/workflow';

/** Ends a {@link benchNoop} run; the bench never sends it (it terminates the runs instead). */
export const releaseNoopSignal = defineSignal('release');

/**
 * The baseline of the start benchmark: a workflow that does nothing but wait, so its first task
 * is as cheap as a workflow task can be and it stays running (and cached) the way a relationship
 * workflow waiting on its timer does.
 */
export async function benchNoop(): Promise<void> {
  let released = false;
  setHandler(releaseNoopSignal, () => {
    released = true;
  });
  await condition(() => released);
}
