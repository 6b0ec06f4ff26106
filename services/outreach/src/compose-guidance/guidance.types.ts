import { type GuidanceRuleId } from './guidance-rules';

export type Channel = 'email' | 'phone' | 'linkedin' | 'text' | 'in-person';

export interface DraftMessage {
  channel: Channel;
  subject?: string;
  body: string;
}

/** Institution policy for request length and the size of the ask. */
export interface GuidancePolicy {
  warnWords: number;
  maxWords: number;
  suggestedMinutes: number;
  maxMinutes: number;
}

export type Severity = 'error' | 'warning' | 'info';

export type MessageField = 'subject' | 'body';

/** Character offsets into one field of the draft, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  field: MessageField;
}

/** Text to put in place of a span of the draft; an empty text means leaving the span out. */
export interface Suggestion {
  text: string;
  replaces: TextSpan;
}

export interface Finding {
  ruleId: GuidanceRuleId;
  severity: Severity;
  message: string;
  /** Why the practice asks for this, so the finding teaches rather than only scolds. */
  why: string;
  /** Absent when the finding is about something missing rather than something written. */
  span?: TextSpan;
  /** The whole sentence the flagged words belong to, where the sentence is what is wrong. */
  sentence?: TextSpan;
  /** A rewrite, only where one can be made without losing anything else the sentence says. */
  suggestion?: Suggestion;
}

/** A finding as a rule reports it; the check adds the reason, which is the same for every finding of a rule. */
export type RuleFinding = Omit<Finding, 'why'>;

export interface GuidanceReport {
  /** True when no finding is an error; warnings and hints do not block sending. */
  ok: boolean;
  wordCount: number;
  findings: Finding[];
}
