import { z } from 'zod';
import { INTERVIEW_GOALS } from '../questions';
import { id } from '../shared/interview-params';

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** Questions suggested from the bank for the member's goal and the contact's work. */
export const suggestQuestionsRequest = z.strictObject({
  goal: z.enum(INTERVIEW_GOALS),
  organisation: optionalText(200),
  role: optionalText(200),
  industry: optionalText(200),
  limit: z.number().int().min(1).max(20).optional(),
});
export type SuggestQuestionsRequest = z.output<typeof suggestQuestionsRequest>;

/** The whole plan, in the order the member will ask (reordering, custom questions, removals). */
export const questionPlanRequest = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id,
        text: z.string().trim().min(1).max(500),
        theme: z.string().trim().min(1).max(60),
        source: z.enum(['bank', 'custom']),
        asked: z.boolean().default(false),
      }),
    )
    .max(40)
    .refine(
      (items) => new Set(items.map((q) => q.id)).size === items.length,
      'question ids must differ',
    ),
  introduction: optionalText(2000),
  agenda: optionalText(2000),
  researchNotes: optionalText(10_000),
});
export type QuestionPlanRequest = z.output<typeof questionPlanRequest>;

export const markAskedRequest = z.strictObject({ asked: z.boolean().default(true) });
