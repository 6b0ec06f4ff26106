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

export interface Finding {
  ruleId: GuidanceRuleId;
  severity: Severity;
  message: string;
  /** Absent when the finding is about something missing rather than something written. */
  span?: TextSpan;
}

export interface GuidanceReport {
  /** True when no finding is an error; warnings and hints do not block sending. */
  ok: boolean;
  wordCount: number;
  findings: Finding[];
}
