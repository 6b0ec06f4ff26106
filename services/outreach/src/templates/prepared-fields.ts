import { letterDate } from './letter-date';
import {
  asSentence,
  joinWords,
  truncateAtWord,
  withoutClosingPunctuation,
} from './sentence-composition';
import { type MergeFields, type PersonName } from './template.types';

/** The merge fields as the copy uses them: single-spaced plain text, blanks as undefined. */
export interface PreparedFields {
  member: PreparedPerson & { programme?: string; institution?: string; email?: string };
  contact: PreparedPerson & { organisation?: string; role?: string; industry?: string };
  /** A whole sentence, capitalised and punctuated. */
  connection?: string;
  topic?: string;
  followUpNumber?: number;
  /** Written out for a letter: "3 March 2025". */
  originalSentOn?: string;
  suggestedContactName?: string;
}

export interface PreparedPerson {
  givenName?: string;
  familyName?: string;
  fullName?: string;
}

export type MergeFieldPath =
  | 'member.givenName'
  | 'member.familyName'
  | 'member.programme'
  | 'member.institution'
  | 'member.email'
  | 'contact.givenName'
  | 'contact.familyName'
  | 'contact.organisation'
  | 'contact.role'
  | 'contact.industry'
  | 'connection'
  | 'topic'
  | 'followUpNumber'
  | 'originalSentOn'
  | 'suggestedContact';

export function prepareMergeFields(fields: MergeFields): PreparedFields {
  const connection = plainText(fields.connection);
  const topic = plainText(fields.topic);
  const followUpNumber = fields.followUpNumber;
  const originalSentOn = plainText(fields.originalSentOn);
  return {
    member: {
      ...preparePerson(fields.member),
      programme: plainText(fields.member.programme),
      institution: plainText(fields.member.institution),
      email: plainText(fields.member.email),
    },
    contact: {
      ...preparePerson(fields.contact),
      organisation: plainText(fields.contact.organisation),
      role: plainText(fields.contact.role),
      industry: plainText(fields.contact.industry),
    },
    connection: connection === undefined ? undefined : asSentence(connection),
    // The topic always sits inside a sentence, so its own full stop would double up.
    topic: topic === undefined ? undefined : withoutClosingPunctuation(topic),
    followUpNumber:
      Number.isInteger(followUpNumber) && (followUpNumber ?? 0) > 0 ? followUpNumber : undefined,
    originalSentOn: originalSentOn === undefined ? undefined : letterDate(originalSentOn),
    suggestedContactName:
      fields.suggestedContact === undefined
        ? undefined
        : preparePerson(fields.suggestedContact).fullName,
  };
}

/** The wanted fields that the copy had to do without, in the order the template lists them. */
export function missingFields(
  prepared: PreparedFields,
  wanted: readonly MergeFieldPath[],
): string[] {
  return wanted.filter((path) => valueAt(prepared, path) === undefined);
}

function valueAt(prepared: PreparedFields, path: MergeFieldPath): string | number | undefined {
  switch (path) {
    case 'member.givenName':
      return prepared.member.givenName;
    case 'member.familyName':
      return prepared.member.familyName;
    case 'member.programme':
      return prepared.member.programme;
    case 'member.institution':
      return prepared.member.institution;
    case 'member.email':
      return prepared.member.email;
    case 'contact.givenName':
      return prepared.contact.givenName;
    case 'contact.familyName':
      return prepared.contact.familyName;
    case 'contact.organisation':
      return prepared.contact.organisation;
    case 'contact.role':
      return prepared.contact.role;
    case 'contact.industry':
      return prepared.contact.industry;
    case 'connection':
      return prepared.connection;
    case 'topic':
      return prepared.topic;
    case 'followUpNumber':
      return prepared.followUpNumber;
    case 'originalSentOn':
      return prepared.originalSentOn;
    case 'suggestedContact':
      return prepared.suggestedContactName;
    default:
      return assertNever(path);
  }
}

export interface ValueCaps {
  /** Characters allowed for each given name. */
  names: number;
  /** Characters allowed for the connection, topic and industry. */
  phrases: number;
}

/**
 * The same fields with the free-text values a short note uses cut down to the caps: the last
 * resort when a note must fit a hard limit and its plainest wording is still too long.
 */
export function withValuesCappedAt(fields: PreparedFields, caps: ValueCaps): PreparedFields {
  const cap = (value: string | undefined, limit: number) =>
    value === undefined ? undefined : truncateAtWord(value, limit);
  return {
    ...fields,
    member: { ...fields.member, givenName: cap(fields.member.givenName, caps.names) },
    contact: {
      ...fields.contact,
      givenName: cap(fields.contact.givenName, caps.names),
      industry: cap(fields.contact.industry, caps.phrases),
    },
    connection: cap(fields.connection, caps.phrases),
    topic: cap(fields.topic, caps.phrases),
  };
}

/**
 * Caps from loosest to tightest: names are shortened first, so a long connection (the part a
 * contact most wants to read) keeps its words for as long as possible.
 */
export const VALUE_CAPS_LOOSEST_FIRST: readonly ValueCaps[] = [
  { names: 40, phrases: 200 },
  { names: 25, phrases: 200 },
  { names: 15, phrases: 120 },
  { names: 15, phrases: 80 },
  { names: 15, phrases: 50 },
  { names: 12, phrases: 30 },
  { names: 12, phrases: 15 },
];

function preparePerson(person: PersonName): PreparedPerson {
  const givenName = plainText(person.givenName);
  const familyName = plainText(person.familyName);
  const fullName = joinWords(givenName, familyName);
  return { givenName, familyName, fullName: fullName === '' ? undefined : fullName };
}

/**
 * A merge value as one line of plain text. Values are only ever concatenated, never parsed, so
 * "{{member.givenName}}" in a name stays literal; line breaks are flattened so a value cannot add
 * lines of its own (a fake signature, say).
 */
function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = value
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim()
    .replace(/[\s,;:]+$/, '');
  return text === '' ? undefined : text;
}

function assertNever(path: never): never {
  throw new Error(`Unknown merge field: ${String(path)}`);
}
