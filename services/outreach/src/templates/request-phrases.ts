import { type PreparedFields } from './prepared-fields';
import { indefiniteArticle, joinWords } from './sentence-composition';

/** The minutes a first request asks for: the usual advice, and the policy default. */
export const ASKED_MINUTES = 20;

/** "a public health student at the University of Leeds", from whatever of the two is known. */
export function studentDescription(member: PreparedFields['member']): string | undefined {
  const { programme, institution } = member;
  if (programme !== undefined) {
    return joinWords(
      indefiniteArticle(programme),
      programme,
      'student',
      institution !== undefined && `at ${institution}`,
    );
  }
  return institution === undefined ? undefined : `a student at ${institution}`;
}

/**
 * "your experience as Head of Policy at Acme": the most specific reason to ask this person that
 * the fields allow. Always contains "your experience as/at/in", so the guidance check sees it.
 */
export function contactExperience(contact: PreparedFields['contact']): string {
  const { role, organisation, industry } = contact;
  if (role !== undefined || organisation !== undefined) {
    return joinWords(
      'your experience',
      role !== undefined && `as ${role}`,
      organisation !== undefined && `at ${organisation}`,
    );
  }
  return `your experience in ${industry ?? 'the field'}`;
}

/** What the member is exploring: the topic, else the contact's industry. */
export function explorationSubject(fields: PreparedFields): string | undefined {
  if (fields.topic !== undefined) {
    return fields.topic;
  }
  return fields.contact.industry === undefined
    ? undefined
    : `a career in ${fields.contact.industry}`;
}
