/**
 * The one place the digest workflow reads time. Inside Temporal's sandbox `Date.now()` is the
 * replay-safe time of the current workflow task, not the host clock; lint bans it elsewhere.
 */
export function workflowNow(): number {
  // eslint-disable-next-line no-restricted-properties -- sandboxed Date.now is workflow time
  return Date.now();
}
