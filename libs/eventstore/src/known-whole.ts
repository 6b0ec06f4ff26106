import type { StreamRef } from './events';
import { headKey } from './stream-heads';

/** Streams remembered at most; past it the memory starts again (only reads get slower). */
const MAX_STREAMS = 10_000;

/**
 * The version up to which this process has seen each stream whole: events are never changed and
 * a whole batch is never removed, so once seen whole a version stays whole. An append whose
 * expected version is at or below it needs no lookup: its predecessor exists, and if a later event
 * exists too the insert itself is refused. Another process's appends only make it stale, which
 * costs a lookup, never a wrong answer.
 */
export class KnownWhole {
  private readonly versions = new Map<string, number>();

  covers(stream: StreamRef, version: number): boolean {
    return version <= (this.versions.get(headKey(stream)) ?? 0);
  }

  saw(stream: StreamRef, version: number): void {
    const key = headKey(stream);
    if (version <= (this.versions.get(key) ?? 0)) return;
    if (this.versions.size >= MAX_STREAMS && !this.versions.has(key)) this.versions.clear();
    this.versions.set(key, version);
  }
}
