import { ApplicationFailure, condition, defineSignal, setHandler } from '@temporalio/workflow';

/** Ends the stand-in: with a failure message it fails, without one it completes. */
export const endSignal = defineSignal<[{ failure?: string }]>('end');

/**
 * A stand-in registered under the relationship workflow's type, for the gateway's visibility
 * specs: the gateway may not import the relationship context's code (Nx boundaries), and what it
 * reads is only visibility, which the starter fills here through the same search attributes.
 * The real workflow's own upserts are tested in workflows/relationship.
 */
export async function relationshipLifecycle(): Promise<void> {
  let ending: { failure?: string } | undefined;
  setHandler(endSignal, (end) => {
    ending = end;
  });
  await condition(() => ending !== undefined);
  if (ending?.failure) throw ApplicationFailure.nonRetryable(ending.failure, 'StandInFailure');
}
