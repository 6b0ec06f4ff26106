/** How many members the caseload remembers having opened. */
export const RECENT_LIMIT = 20;

/** The list after opening `memberId`: most recent first, each once, at most RECENT_LIMIT. */
export function withOpened(recent: readonly string[], memberId: string): string[] {
  return [memberId, ...recent.filter((id) => id !== memberId)].slice(0, RECENT_LIMIT);
}

// Kept in this browser per coach: ids only, which the services check again on every read.
const keyOf = (coachId: string) => `rapport.caseload.${coachId}`;

export function readRecent(coachId: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyOf(coachId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberOpened(coachId: string, memberId: string): void {
  localStorage.setItem(keyOf(coachId), JSON.stringify(withOpened(readRecent(coachId), memberId)));
}
