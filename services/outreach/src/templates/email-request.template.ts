import { type OutreachTemplate } from './outreach-template';
import { type PreparedFields } from './prepared-fields';
import {
  ASKED_MINUTES,
  contactExperience,
  explorationSubject,
  studentDescription,
} from './request-phrases';
import { asSentence, joinParagraphs, joinWords, signOff } from './sentence-composition';

/**
 * The first request by email: connection first, then who the member is, why this person, and a
 * flexible ask for about 20 minutes; written to stay well under 100 words.
 */
export const emailRequestTemplate: OutreachTemplate = {
  wants: [
    'member.givenName',
    'member.familyName',
    'member.programme',
    'member.institution',
    'member.email',
    'contact.givenName',
    'contact.familyName',
    'contact.organisation',
    'contact.role',
    'connection',
    'topic',
  ],
  render: (fields) => ({ subject: subjectLine(fields), body: body(fields) }),
};

function subjectLine(fields: PreparedFields): string {
  const { topic, contact } = fields;
  if (topic !== undefined) {
    return `Request for advice on ${topic}`;
  }
  if (contact.organisation !== undefined) {
    return `Request for advice about your work at ${contact.organisation}`;
  }
  if (contact.industry !== undefined) {
    return `Request for advice about working in ${contact.industry}`;
  }
  return `Request for ${ASKED_MINUTES} minutes of your advice`;
}

function body(fields: PreparedFields): string {
  const { member, contact } = fields;
  const exploring = explorationSubject(fields);
  const experience = contactExperience(contact);
  const whyThisPerson =
    exploring === undefined
      ? asSentence(`${experience} is exactly what I hope to learn from`)
      : `I am exploring ${exploring}, and ${experience} is exactly what I hope to learn from.`;

  return joinParagraphs(
    contact.fullName === undefined ? 'Hello,' : `Dear ${contact.fullName},`,
    joinWords(fields.connection, selfIntroduction(fields)),
    joinWords(
      whyThisPerson,
      `Would you be willing to share about ${ASKED_MINUTES} minutes of advice by phone or video?`,
      'I would be glad to fit around your schedule.',
    ),
    'Thank you for considering my request.',
    signOff('Kind regards', member.fullName, member.email),
  );
}

function selfIntroduction({ member }: PreparedFields): string | undefined {
  if (member.fullName === undefined) {
    return undefined;
  }
  const description = studentDescription(member);
  return description === undefined
    ? `My name is ${member.fullName}.`
    : `My name is ${member.fullName}, and I am ${description}.`;
}
