import type { Completed } from '../domain/interview.state';
import type { TouchKind } from '../domain/interview.events';

export interface TouchSuggestion {
  readonly kind: TouchKind;
  readonly text: string;
  /** The advice item or commitment it comes from, when it comes from one. */
  readonly from?: { readonly advice: string } | { readonly commitmentId: string };
}

const quoted = (text: string) => `“${text.replace(/[.!]+$/, '')}”`;

/**
 * What to send next, drawn from what the conversation left: a promise kept is the best reason to
 * write (report it), then how the advice worked out, then a question or an offer of help. Kinds
 * already used recently come last, so the member does not send the same sort of note twice in a row.
 */
export function touchSuggestions(interview: Completed): TouchSuggestion[] {
  const { commitments, adviceItems } = interview.conversation;
  const kept = commitments.filter((c) => interview.fulfilled.includes(c.id));
  const open = commitments.filter((c) => !interview.fulfilled.includes(c.id));
  const suggestions: TouchSuggestion[] = [
    ...kept.map((c) => ({
      kind: 'reported_results' as const,
      text: `Tell them you did what you said: ${quoted(c.text)}.`,
      from: { commitmentId: c.id },
    })),
    ...open.map((c) => ({
      kind: 'reported_results' as const,
      text: `Once you have done it (due ${c.due}), write to say so: ${quoted(c.text)}.`,
      from: { commitmentId: c.id },
    })),
    ...adviceItems.map((advice) => ({
      kind: 'reported_results' as const,
      text: `Say how their advice ${quoted(advice)} has worked out so far.`,
      from: { advice },
    })),
    ...adviceItems.slice(0, 1).map((advice) => ({
      kind: 'shared_article' as const,
      text: `Share an article or resource on ${quoted(advice)} that made you think of them.`,
      from: { advice },
    })),
    {
      kind: 'asked_question',
      text: 'Ask one new, specific question that came up since you talked.',
    },
    { kind: 'congratulated', text: 'Congratulate them on news from their work or organisation.' },
    {
      kind: 'offered_help',
      text: 'Offer something useful back: an introduction, a note, your time.',
    },
  ];
  const recent = new Set(interview.touches.slice(-2).map((t) => t.kind));
  return [
    ...suggestions.filter((s) => !recent.has(s.kind)),
    ...suggestions.filter((s) => recent.has(s.kind)),
  ];
}
