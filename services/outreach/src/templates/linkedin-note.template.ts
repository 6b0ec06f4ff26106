import { LINKEDIN_NOTE_CHARACTER_LIMIT } from '../compose-guidance';
import { type OutreachTemplate } from './outreach-template';
import {
  type PreparedFields,
  VALUE_CAPS_LOOSEST_FIRST,
  withValuesCappedAt,
} from './prepared-fields';
import { ASKED_MINUTES, contactExperience, studentDescription } from './request-phrases';
import {
  asSentence,
  capitalise,
  firstThatFits,
  joinLines,
  joinWords,
  truncateAtWord,
} from './sentence-composition';

/**
 * A LinkedIn connection note, which LinkedIn refuses over 300 characters. The note is written in
 * decreasing detail and the first version that fits is used; when even the plainest version is too
 * long (very long names or connection), the merge values are shortened, never the request itself.
 */
export const linkedInNoteTemplate: OutreachTemplate = {
  wants: [
    'member.givenName',
    'member.familyName',
    'member.programme',
    'member.institution',
    'contact.givenName',
    'contact.organisation',
    'contact.role',
    'connection',
    'topic',
  ],
  render: (fields) => ({ body: fittingNote(fields) }),
};

type Introduction = 'described-with-topic' | 'described' | 'name-only';
type WhyThisPerson = 'experience' | 'perspective-on-topic';

interface NoteDetail {
  introduction: Introduction;
  whyThisPerson: WhyThisPerson;
}

// The topic is said once: in the introduction, or else in what the member hopes to hear about.
const DETAIL_FROM_MOST_TO_LEAST: readonly NoteDetail[] = [
  { introduction: 'described-with-topic', whyThisPerson: 'experience' },
  { introduction: 'described', whyThisPerson: 'perspective-on-topic' },
  { introduction: 'described', whyThisPerson: 'experience' },
  { introduction: 'name-only', whyThisPerson: 'perspective-on-topic' },
];
const LEAST_DETAIL: NoteDetail = {
  introduction: 'name-only',
  whyThisPerson: 'perspective-on-topic',
};

function fittingNote(fields: PreparedFields): string {
  const detailed = DETAIL_FROM_MOST_TO_LEAST.map((detail) => note(fields, detail));
  const shortened = VALUE_CAPS_LOOSEST_FIRST.map((caps) =>
    note(withValuesCappedAt(fields, caps), LEAST_DETAIL),
  );
  // At the tightest caps the plainest note is about 200 characters, so this final cut only
  // guards against a later edit to the copy.
  return (
    firstThatFits([...detailed, ...shortened], LINKEDIN_NOTE_CHARACTER_LIMIT) ??
    truncateAtWord(shortened.at(-1) ?? '', LINKEDIN_NOTE_CHARACTER_LIMIT)
  );
}

function note(fields: PreparedFields, detail: NoteDetail): string {
  const { member, contact } = fields;
  return joinLines(
    contact.givenName === undefined ? 'Hello,' : `Dear ${contact.givenName},`,
    joinWords(
      fields.connection,
      introduction(fields, detail.introduction),
      detail.whyThisPerson === 'experience'
        ? `${capitalise(contactExperience(contact))} is just what I hope to learn from.`
        : `I'd value your perspective on ${fields.topic ?? 'your field'}.`,
      `Would you have ${ASKED_MINUTES} minutes for a call at a time that suits you?`,
      member.givenName === undefined ? 'Thank you.' : `Thank you, ${member.givenName}`,
    ),
  );
}

function introduction({ member, topic }: PreparedFields, level: Introduction): string | undefined {
  const details =
    level === 'name-only'
      ? []
      : [
          studentDescription(member),
          level === 'described-with-topic' && topic !== undefined
            ? `exploring ${topic}`
            : undefined,
        ].filter((detail) => detail !== undefined);
  if (details.length > 0 && member.fullName !== undefined) {
    return asSentence([`I'm ${member.fullName}`, ...details].join(', '));
  }
  const name = level === 'name-only' ? (member.givenName ?? member.fullName) : member.fullName;
  return name === undefined ? undefined : asSentence(`My name is ${name}`);
}
