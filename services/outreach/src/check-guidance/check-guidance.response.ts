import { z } from 'zod';
import { GUIDANCE_RULES, type GuidanceRuleId } from '../compose-guidance';

const textSpan = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  field: z.enum(['subject', 'body']),
});

const finding = z.strictObject({
  ruleId: z.enum(Object.keys(GUIDANCE_RULES) as [GuidanceRuleId, ...GuidanceRuleId[]]),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  why: z.string().describe('Why the practice asks for this.'),
  span: textSpan
    .optional()
    .describe('The words the finding is about; absent when something is missing.'),
  sentence: textSpan
    .optional()
    .describe('The whole sentence, where the sentence is what is wrong.'),
  suggestion: z
    .strictObject({ text: z.string(), replaces: textSpan })
    .optional()
    .describe(
      'A rewrite of `replaces`, only where nothing else the sentence says is lost; empty text means leave it out.',
    ),
});

/** The report on a draft, as answered by POST /guidance (and documented in the OpenAPI file). */
export const guidanceReportResponse = z.strictObject({
  ok: z.boolean(),
  wordCount: z.number().int().min(0),
  findings: z.array(finding),
});
