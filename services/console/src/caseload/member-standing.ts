import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';
import { fetchBoard } from '../pipeline/pipeline';
import { type MemberStatus, memberStatus } from './member-status';

// What the status reads of the interviews list (services/interviews, interviewListResponse).
const interviews = z.object({
  interviews: z.array(
    z.looseObject({
      status: z.string(),
      completedAt: z.string().optional(),
      thankYou: z.unknown().optional(),
    }),
  ),
});
// Anyone signed in reads their institution's policy (services/gateway, GET /v1/policy).
const policy = z.object({ policy: z.object({ thankYouDeadlineHours: z.number() }) });

/** How many weeks without a request make a member stuck; a coach's rule of thumb. */
export const STUCK_AFTER_WEEKS = 3;

/** A member's standing for their coach: three reads the services check (assigned members only). */
export async function fetchMemberStanding(memberId: string): Promise<MemberStatus> {
  const [board, list, rules] = await Promise.all([
    fetchBoard(memberId),
    v1Get(v1Path`/members/${memberId}/interviews`, interviews),
    v1Get(v1Path`/policy`, policy),
  ]);
  return memberStatus(
    board,
    list.interviews,
    { weeks: STUCK_AFTER_WEEKS, thankYouDeadlineHours: rules.policy.thankYouDeadlineHours },
    new Date(),
  );
}
