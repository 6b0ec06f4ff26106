import type { MemberInterviewsDocument } from '../projections/interview-projections';
import type { Slot } from '../domain/interview.events';

export interface OverlapWarning {
  readonly code: 'overlap';
  readonly interviewId: string;
  readonly detail: string;
}

/**
 * Another interview of the member still ahead whose time crosses this one's: a warning, not a
 * refusal (the member may have two calls on purpose, or be about to move one).
 */
export function overlapWarnings(
  board: MemberInterviewsDocument | null,
  interviewId: string,
  slot: Slot,
): OverlapWarning[] {
  const start = Date.parse(slot.startsAt);
  const end = start + slot.durationMinutes * 60_000;
  return Object.values(board?.interviews ?? {})
    .filter((other) => other.interviewId !== interviewId && other.status === 'scheduled')
    .filter((other) => Date.parse(other.startsAt) < end && start < Date.parse(other.endsAt))
    .map((other) => ({
      code: 'overlap',
      interviewId: other.interviewId,
      detail: `overlaps interview ${other.interviewId} (${other.startsAt} to ${other.endsAt})`,
    }));
}
