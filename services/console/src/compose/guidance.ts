import { z } from 'zod';
import { v1Change } from '../app/v1-client';
import type { Session } from '../session/session';

// Outreach's report on a draft (services/outreach, check-guidance.response.ts), the fields shown.
const textSpan = z.object({
  start: z.number(),
  end: z.number(),
  field: z.enum(['subject', 'body']),
});
const finding = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  why: z.string(),
  span: textSpan.optional(),
  sentence: textSpan.optional(),
  suggestion: z.object({ text: z.string(), replaces: textSpan }).optional(),
});
const report = z.object({ ok: z.boolean(), wordCount: z.number(), findings: z.array(finding) });
export type GuidanceFinding = z.infer<typeof finding>;
export type GuidanceReport = z.infer<typeof report>;
export type Severity = GuidanceFinding['severity'];

/** The channels outreach's guidance knows; each has its own length and subject rules. */
export const GUIDED_CHANNELS = ['email', 'linkedin', 'text', 'phone', 'in-person'] as const;
export type GuidedChannel = (typeof GUIDED_CHANNELS)[number];

export interface GuidedDraft {
  readonly channel: GuidedChannel;
  readonly subject: string;
  readonly body: string;
}

/** Asks outreach about a draft; stores nothing, so the editor may ask on every pause. */
export function checkGuidance(session: Session, draft: GuidedDraft): Promise<GuidanceReport> {
  const subject = draft.subject.trim();
  return v1Change(
    session,
    'POST',
    '/v1/guidance',
    {
      channel: draft.channel,
      body: draft.body,
      ...(draft.channel === 'email' && subject !== '' ? { subject } : {}),
    },
    report,
  );
}

export interface TextSegment {
  readonly text: string;
  /** The findings covering these characters, most severe first; empty for plain text. */
  readonly findings: readonly number[];
  readonly severity?: Severity;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Cuts a field's text at every edge of a finding's span, so the mirrored layer can mark each
 * piece with the most severe finding over it (spans may overlap: a job ask inside a long
 * sentence). A finding's index in the report links the mark to its explanation.
 */
export function segmentsOf(
  text: string,
  findings: readonly GuidanceFinding[],
  field: 'subject' | 'body',
): TextSegment[] {
  const spans = findings.flatMap((found, index) => {
    const span = found.span ?? found.sentence;
    if (!span || span.field !== field) return [];
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    return end > start ? [{ start, end, index, severity: found.severity }] : [];
  });
  const edges = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const from = edges[i] ?? 0;
    const to = edges[i + 1] ?? from;
    const over = spans
      .filter((span) => span.start <= from && span.end >= to)
      .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const top = over[0];
    segments.push({
      text: text.slice(from, to),
      findings: over.map((span) => span.index),
      ...(top ? { severity: top.severity } : {}),
    });
  }
  return segments;
}

/** The words a finding is about, quoted, or what it says is missing. */
export function quotedSpan(found: GuidanceFinding, draft: GuidedDraft): string | undefined {
  const span = found.span ?? found.sentence;
  if (!span) return undefined;
  const source = span.field === 'subject' ? draft.subject : draft.body;
  return source.slice(span.start, span.end);
}

/** The draft with a finding's rewrite applied (an empty rewrite removes the words). */
export function applySuggestion(draft: GuidedDraft, found: GuidanceFinding): GuidedDraft {
  const { suggestion } = found;
  if (!suggestion) return draft;
  const { start, end, field } = suggestion.replaces;
  const source = field === 'subject' ? draft.subject : draft.body;
  const next = source.slice(0, start) + suggestion.text + source.slice(end);
  return field === 'subject' ? { ...draft, subject: next } : { ...draft, body: next };
}
