import { z } from 'zod';

/**
 * What the routes answer, for the OpenAPI document (and the fuzz that checks answers against it).
 * Kept beside the views that build them; a view changing shape must change these too.
 */
const count = z.number().int().min(0);
const fit = z.number().min(1).max(5);
const isoTime = z.string();

export const learningResponse = z.object({
  learningId: z.string(),
  kind: z.enum(['resource', 'opportunity']),
  title: z.string(),
  url: z.string().optional(),
  interviewId: z.string(),
  note: z.string(),
  at: isoTime,
});

export const learningListResponse = z.object({ learnings: z.array(learningResponse) });

export const goalSummaryResponse = z.object({
  goalId: z.string(),
  memberId: z.string(),
  title: z.string(),
  status: z.enum(['exploring', 'decided']),
  createdAt: isoTime,
  questions: z.array(z.object({ questionId: z.string(), text: z.string() })),
  linkedContactIds: z.array(z.string()),
  reflections: z.array(
    z.object({
      interviewId: z.string(),
      contactId: z.string().optional(),
      learnt: z.string(),
      surprised: z.string(),
      fit,
      at: isoTime,
    }),
  ),
  conversations: count,
  averageFit: fit.nullable(),
  /** What the conversations pointed to, each under the conversation that mentioned it. */
  learnings: z.array(learningResponse),
  decision: z
    .object({
      decision: z.enum(['pursue', 'explore-further', 'not-for-me']),
      reason: z.string(),
      decidedAt: isoTime.optional(),
    })
    .nullable(),
  version: count,
});

const goalLine = z.object({
  goalId: z.string(),
  title: z.string(),
  createdAt: isoTime,
  questions: count,
  linkedRelationships: count,
  conversations: count,
  averageFit: fit.nullable(),
  resources: count,
  opportunities: count,
  decision: z.object({ decision: z.string(), reason: z.string(), at: isoTime }).nullable(),
});

export const goalListResponse = z.object({ goals: z.array(goalLine) });

export const coachExplorationResponse = z.object({
  members: z.array(
    z.object({
      memberId: z.string(),
      goals: z.array(goalLine),
      targets: z.array(
        z.object({ rank: z.number().int().min(1), organisationId: z.string(), name: z.string() }),
      ),
    }),
  ),
});

export const institutionFiguresResponse = z.object({
  scope: z.literal('institution'),
  goals: z.object({ total: count, exploring: count, decided: count }),
  decisions: z.object({ pursue: count, 'explore-further': count, 'not-for-me': count }),
  reflections: z.object({
    total: count,
    byFit: z.record(z.string(), count),
    averageFit: fit.nullable(),
  }),
});

export const targetListResponse = z.object({
  version: count,
  targets: z.array(
    z.object({
      rank: z.number().int().min(1),
      organisationId: z.string(),
      name: z.string(),
      motivation: z.string(),
      postings: z.array(
        z.object({ postingId: z.string(), title: z.string(), url: z.string().optional() }),
      ),
      contacts: count,
      requests: count,
      replies: count,
      conversations: count,
      nextPerson: z
        .object({
          contactId: z.string(),
          name: z.string(),
          becauseNoReplyFrom: z.string(),
          askedAt: isoTime,
        })
        .nullable(),
    }),
  ),
});
