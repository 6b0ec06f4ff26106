import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The gateway's caseload (services/gateway, admin/caseload.http.controller.ts): the coach's
// assigned members, a page at a time, `next` the cursor of the following page.
const caseloadPage = z.object({
  members: z.array(
    z.object({
      memberId: z.string(),
      displayName: z.string(),
      assignedSince: z.string().optional(),
    }),
  ),
  next: z.string().optional(),
});
export type CaseloadPage = z.infer<typeof caseloadPage>;

export const CASELOAD_PAGE_SIZE = 20;

export function fetchCaseload(after?: string): Promise<CaseloadPage> {
  const query = new URLSearchParams({ limit: String(CASELOAD_PAGE_SIZE) });
  if (after !== undefined) query.set('after', after);
  return v1Get(`${v1Path`/coach/members`}?${query.toString()}`, caseloadPage);
}
