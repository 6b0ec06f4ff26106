import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The outreach service's funnel (services/outreach, outreach-responses.ts): an admin's is the
// institution's, a coach's their assigned members'. Totals as of now; funnel-weeks.ts has the weeks.
const funnelSchema = z.object({
  scope: z.enum(['institution', 'assigned-members']),
  members: z.number(),
  requestsSent: z.number(),
  responses: z.number(),
  replyRate: z.number().nullable(),
  medianDaysToReply: z.number().nullable(),
  followUpsPerReply: z.number().nullable(),
  outcomes: z.record(z.string(), z.number()),
});
export type Funnel = z.infer<typeof funnelSchema>;

export function fetchFunnel(): Promise<Funnel> {
  return v1Get(v1Path`/funnel`, funnelSchema);
}

/** One bar of a chart and one row of its table. */
export interface FunnelBar {
  readonly label: string;
  readonly value: number;
}

/** The funnel's stages, widest first. */
export function stagesOf(funnel: Funnel): FunnelBar[] {
  return [
    { label: 'Members who sent a request', value: funnel.members },
    { label: 'Requests sent', value: funnel.requestsSent },
    { label: 'Responses', value: funnel.responses },
  ];
}

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  accepted: 'Accepted a conversation',
  declined: 'Declined',
  referred: 'Referred to someone else',
  other: 'Other answer',
};

/** How the responses ended, in words, in the service's order. */
export function outcomesOf(funnel: Funnel): FunnelBar[] {
  return Object.entries(funnel.outcomes).map(([outcome, value]) => ({
    label: OUTCOME_LABELS[outcome] ?? outcome,
    value,
  }));
}

/** A ratio as a percentage in words, or a dash while nothing was sent. */
export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)} %`;
}
