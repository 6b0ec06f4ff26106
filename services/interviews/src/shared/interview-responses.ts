import { z } from 'zod';

/**
 * What the routes answer, for the OpenAPI document (and the fuzz that checks answers against it).
 * Objects stay open (`looseObject`): the views spread state the document need not list field by
 * field (the slot, the conversation), and a client must ignore what it does not know anyway.
 * A view dropping or retyping a field named here must change this file too.
 */
const count = z.number().int().min(0);
const isoTime = z.string();

const questionPlan = z.looseObject({
  questions: z.array(z.looseObject({ text: z.string(), order: count })),
});

const interviewBase = {
  interviewId: z.string(),
  memberId: z.string(),
  contactId: z.string(),
  version: count,
  startsAt: isoTime,
  invitationSequence: count,
  reply: z.looseObject({ partstat: z.string(), sequence: count, at: isoTime }).nullable(),
  questionPlan,
  // Only scheduling and rescheduling add them: overlaps with the member's other interviews.
  warnings: z.array(z.unknown()).optional(),
};

/** An interview as the member sees it (interview-view.ts), by status. */
export const interviewResponse = z.union([
  z.looseObject({ ...interviewBase, status: z.literal('scheduled') }),
  z.looseObject({
    ...interviewBase,
    status: z.literal('cancelled'),
    reason: z.string().nullable(),
  }),
  z.looseObject({
    ...interviewBase,
    status: z.literal('completed'),
    completedAt: isoTime,
    thankYouDraft: z.object({ subject: z.string(), body: z.string() }).nullable(),
    thankYou: z.object({ channel: z.string(), sentAt: isoTime }).nullable(),
    fulfilledCommitments: z.array(z.string()),
    touches: z.array(z.looseObject({ touchId: z.string(), kind: z.string(), touchedAt: isoTime })),
  }),
]);

export const interviewListResponse = z.object({
  interviews: z.array(z.looseObject({ startsAt: isoTime })),
  toSchedule: z.array(z.looseObject({ since: isoTime })),
});

export const touchSuggestionsResponse = z.object({
  suggestions: z.array(
    z.object({
      kind: z.string(),
      text: z.string(),
      from: z
        .union([z.object({ advice: z.string() }), z.object({ commitmentId: z.string() })])
        .optional(),
    }),
  ),
});

const preparationKey = z.enum(['research-notes', 'questions', 'introduction', 'agenda']);

export const preparationResponse = z.object({
  items: z.array(z.object({ key: preparationKey, done: z.boolean(), hint: z.string() })),
  missing: z.array(preparationKey),
});

export const questionBankResponse = z.object({
  questions: z.array(
    z.looseObject({
      id: z.string(),
      text: z.string(),
      theme: z.string(),
      goals: z.array(z.string()),
    }),
  ),
});

export const relationshipTimelineResponse = z.object({
  relationshipId: z.string(),
  memberId: z.string(),
  contactId: z.string(),
  lastTouchAt: isoTime.nullable(),
  // Dates serialise as ISO strings in JSON.
  health: z.looseObject({
    colour: z.enum(['green', 'amber', 'red']),
    reason: z.enum(['interview-planned', 'recent-touch', 'touch-due', 'touch-overdue']),
    cadenceWeeks: z.number(),
  }),
  entries: z.array(
    z.looseObject({
      eventId: z.string(),
      kind: z.string(),
      at: isoTime,
      touch: z.boolean(),
      interviewId: z.string().optional(),
    }),
  ),
});
