/**
 * The DI token of a service's writes that trail its answers (the event store's stream heads,
 * written by a timed flush). Tests that compare a database before and after a request settle them
 * first, so a write from earlier work cannot land between the two looks. A string token, so that
 * test code can ask for it without importing the library that owns the writes.
 */
export const PENDING_WRITES = 'rapport:pending-writes';

export interface PendingWrites {
  /** Resolves once every write started before the call is stored. */
  flush(): Promise<void>;
}
