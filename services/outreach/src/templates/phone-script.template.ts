import { type OutreachTemplate } from './outreach-template';
import { type PreparedFields } from './prepared-fields';
import {
  ASKED_MINUTES,
  contactExperience,
  explorationSubject,
  studentDescription,
} from './request-phrases';
import { asSentence, joinParagraphs, joinWords } from './sentence-composition';

/**
 * The "short commercial" for a call: about 30 seconds spoken (roughly 80 words), in the same
 * order as the email request, with contractions because it is said aloud.
 */
export const phoneScriptTemplate: OutreachTemplate = {
  wants: [
    'member.givenName',
    'member.familyName',
    'member.programme',
    'member.institution',
    'contact.givenName',
    'contact.familyName',
    'contact.organisation',
    'contact.role',
    'connection',
    'topic',
  ],
  render: (fields) => ({ body: script(fields) }),
};

function script(fields: PreparedFields): string {
  const { contact } = fields;
  const exploring = explorationSubject(fields);
  const experience = contactExperience(contact);
  return joinParagraphs(
    contact.fullName === undefined ? 'Hello.' : `Hello, is this ${contact.fullName}?`,
    joinWords(
      selfIntroduction(fields),
      fields.connection,
      exploring === undefined
        ? asSentence(`I'd really value hearing about ${experience}`)
        : `I'm exploring ${exploring}, and I'd really value hearing about ${experience}.`,
      `Would you have about ${ASKED_MINUTES} minutes, now or at a time that suits you, to share some advice?`,
    ),
    // A call ends with thanks and the caller's name again, so the contact remembers who rang.
    fields.member.givenName === undefined
      ? 'Thank you.'
      : `Thank you, and again, it's ${fields.member.givenName}.`,
  );
}

function selfIntroduction({ member }: PreparedFields): string | undefined {
  if (member.fullName === undefined) {
    return undefined;
  }
  const description = studentDescription(member);
  return description === undefined
    ? `My name is ${member.fullName}.`
    : `My name is ${member.fullName}, and I'm ${description}.`;
}
