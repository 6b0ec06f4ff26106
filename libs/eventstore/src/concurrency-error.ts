import type { StreamRef } from './events';

/** The stream moved on since it was read: reload, decide again, retry. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';

  constructor(
    readonly stream: StreamRef,
    readonly expectedVersion: number,
  ) {
    super(
      `stream ${stream.tenantId}/${stream.streamId} is no longer at version ${expectedVersion}; reload and retry`,
    );
  }
}
