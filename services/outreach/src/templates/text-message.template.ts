import { TEXT_MESSAGE_CHARACTER_LIMIT } from '../compose-guidance';
import { type OutreachTemplate } from './outreach-template';
import {
  type PreparedFields,
  VALUE_CAPS_LOOSEST_FIRST,
  withValuesCappedAt,
} from './prepared-fields';
import { ASKED_MINUTES } from './request-phrases';
import { firstThatFits, joinWords, truncateAtWord } from './sentence-composition';

/**
 * A text for a close contact (a relative, a family friend, a former classmate): first names, a
 * warmer tone, the same parts as a request. Kept to two SMS segments by dropping detail first.
 */
export const textMessageTemplate: OutreachTemplate = {
  wants: [
    'member.givenName',
    'member.institution',
    'contact.givenName',
    'contact.organisation',
    'connection',
    'topic',
  ],
  render: (fields) => ({ body: fittingText(fields) }),
};

function fittingText(fields: PreparedFields): string {
  const detailed = [true, false].map((withDetail) => text(fields, withDetail));
  const shortened = VALUE_CAPS_LOOSEST_FIRST.map((caps) =>
    text(withValuesCappedAt(fields, caps), false),
  );
  const candidates = [...detailed, ...shortened];
  return (
    firstThatFits(candidates, TEXT_MESSAGE_CHARACTER_LIMIT) ??
    truncateAtWord(shortened.at(-1) ?? '', TEXT_MESSAGE_CHARACTER_LIMIT)
  );
}

function text(fields: PreparedFields, withDetail: boolean): string {
  const { member, contact, topic } = fields;
  const studying = withDetail && member.institution !== undefined;
  const exploring = topic === undefined ? undefined : `exploring ${topic}`;
  return joinWords(
    contact.givenName === undefined ? 'Hi,' : `Hi ${contact.givenName},`,
    member.givenName === undefined ? undefined : `it's ${member.givenName}!`,
    fields.connection,
    introduction(studying ? member.institution : undefined, exploring),
    `I'd love to hear about ${contactWork(fields, withDetail)}.`,
    `Could we chat for ${ASKED_MINUTES} minutes sometime? Happy to fit around your schedule.`,
    member.givenName === undefined ? 'Thanks!' : `Thanks, ${member.givenName}`,
  );
}

function introduction(
  institution: string | undefined,
  exploring: string | undefined,
): string | undefined {
  if (institution === undefined) {
    return exploring === undefined ? undefined : `I'm ${exploring}.`;
  }
  return exploring === undefined
    ? `I'm a student at ${institution}.`
    : `I'm a student at ${institution}, ${exploring}.`;
}

function contactWork({ contact }: PreparedFields, withDetail: boolean): string {
  if (withDetail && contact.organisation !== undefined) {
    return `your experience at ${contact.organisation}`;
  }
  if (withDetail && contact.role !== undefined) {
    return `your experience as ${contact.role}`;
  }
  return contact.industry === undefined
    ? 'how you got into your field'
    : `your experience in ${contact.industry}`;
}
