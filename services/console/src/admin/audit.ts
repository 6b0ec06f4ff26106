import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The gateway's audit trail (services/gateway, audit/audit-trail.ts), one day per page set.
const record = z.object({
  seq: z.number(),
  actor: z.object({ id: z.string(), role: z.string() }),
  action: z.string(),
  target: z.string(),
  requestId: z.string(),
  outcome: z.number(),
  at: z.string(),
});
export type AuditRecord = z.infer<typeof record>;
const auditPage = z.object({ records: z.array(record), next: z.number().optional() });
export type AuditPage = z.infer<typeof auditPage>;

export const AUDIT_PAGE_SIZE = 50;

export function fetchAuditPage(day: string, before?: number): Promise<AuditPage> {
  const query = new URLSearchParams({ day, limit: String(AUDIT_PAGE_SIZE) });
  if (before !== undefined) query.set('before', String(before));
  return v1Get(`${v1Path`/audit`}?${query.toString()}`, auditPage);
}

/** The day as the audit trail files it: UTC. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
