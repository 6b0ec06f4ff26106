import type { Policy } from './policy';

export interface PolicyField {
  /** The path in the policy, dotted: the form field's name and the problem's pointer. */
  readonly name: string;
  readonly label: string;
  readonly numeric: boolean;
  readonly group: 'Cadences' | 'Quiet hours' | 'Guidance thresholds';
}

const field = (
  group: PolicyField['group'],
  name: string,
  label: string,
  numeric = true,
): PolicyField => ({ group, name, label, numeric });

/** The policy's values an admin edits, in the order the form shows them. */
export const POLICY_FIELDS: readonly PolicyField[] = [
  field('Cadences', 'followUpIntervalDays', 'Days before a follow-up'),
  field('Cadences', 'maxFollowUps', 'Follow-ups at most'),
  field('Cadences', 'keepInTouchWeeks', 'Keep in touch every (weeks)'),
  field('Cadences', 'thankYouDeadlineHours', 'Thank-you within (hours)'),
  field('Quiet hours', 'timeZone', 'Time zone (IANA, e.g. Europe/Berlin)', false),
  field('Quiet hours', 'quietHours.start', 'Quiet from (HH:MM)', false),
  field('Quiet hours', 'quietHours.end', 'Quiet until (HH:MM)', false),
  field('Guidance thresholds', 'guidance.warnWords', 'Warn above (words)'),
  field('Guidance thresholds', 'guidance.maxWords', 'Request at most (words)'),
  field('Guidance thresholds', 'guidance.suggestedMinutes', 'Suggested call (minutes)'),
  field('Guidance thresholds', 'guidance.maxMinutes', 'Longest call (minutes)'),
];

export const POLICY_GROUPS = ['Cadences', 'Quiet hours', 'Guidance thresholds'] as const;

/** The value at a dotted path, as the text a field shows. */
export function textAt(policy: Policy, name: string): string {
  let value: unknown = policy;
  for (const key of name.split('.')) value = (value as Record<string, unknown>)[key];
  return String(value);
}

/** A policy built from the form: the current one with each field's typed value put in place. */
export function policyWith(
  current: Policy,
  values: Readonly<Record<string, number | string | boolean>>,
): Record<string, unknown> {
  const next: Record<string, unknown> = structuredClone(current);
  for (const [name, value] of Object.entries(values)) {
    const keys = name.split('.');
    const last = keys.pop() ?? name;
    let target = next;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    target[last] = value;
  }
  return next;
}
