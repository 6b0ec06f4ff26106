import { multiLine, singleLine } from '@rapport/platform';
import { z } from 'zod';

/** How warm the member's way in is: a shared connection, or none yet. */
export const WARMTHS = ['warm', 'cold'] as const;
export type Warmth = (typeof WARMTHS)[number];

/** How the member came to know of the contact (DOMAIN.md, "People and things"). */
export const SOURCES = [
  'classmate',
  'professor',
  'adviser',
  'relative',
  'neighbour',
  'former-colleague',
  'alumnus',
  'referral',
  'linkedin',
  'organisation-website',
  'event',
  'other',
] as const;
export type ContactSource = (typeof SOURCES)[number];

/** Warm sources share a connection with the member; the rest are cold until proven otherwise. */
export function warmthOfSource(source: ContactSource): Warmth {
  return ['linkedin', 'organisation-website', 'event', 'other'].includes(source) ? 'cold' : 'warm';
}

/** Tags are the member's free labels, plus extra organisations, roles and industries. */
export const TAG_KINDS = ['free', 'organisation', 'role', 'industry'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const LIMITS = {
  name: 100,
  email: 254,
  url: 2048,
  phone: 40,
  organisation: 200,
  role: 200,
  industry: 120,
  howWeMet: 2000,
  tag: 60,
  tags: 50,
  note: 10_000,
  reason: 500,
} as const;

/** Every field is one line except the free-text ones, which keep their line breaks. */
const optionalText = (max: number, lines: 'single' | 'multi' = 'single') =>
  (lines === 'single' ? singleLine() : multiLine())
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

const name = (label: string) =>
  singleLine({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(LIMITS.name, `must be at most ${LIMITS.name} characters`);

const httpUrl = singleLine()
  .trim()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), {
    message: 'must be an http(s) URL',
  })
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * The descriptive, personal part of a contact. Every field here is personal data: it is the unit
 * the crypto-shredding work will encrypt per contact, and what erasure removes.
 */
/** The fields, for request schemas that extend them. */
export const contactDetailsFields = z.strictObject({
  givenName: name('givenName'),
  familyName: name('familyName'),
  email: singleLine()
    .trim()
    .max(LIMITS.email, `must be at most ${LIMITS.email} characters`)
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      message: 'must be an email address',
    })
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  phone: optionalText(LIMITS.phone).refine(
    (value) => value === undefined || /^[+()\-.\s\d]{4,}$/.test(value),
    { message: 'must be a phone number (digits, spaces, + - . ( ))' },
  ),
  linkedinUrl: httpUrl,
  organisation: optionalText(LIMITS.organisation),
  role: optionalText(LIMITS.role),
  industry: optionalText(LIMITS.industry),
  howWeMet: optionalText(LIMITS.howWeMet, 'multi'),
});

/** Absent fields are left out rather than kept as `undefined` (which MongoDB stores as null). */
export const contactDetailsSchema = contactDetailsFields.transform(withoutUndefined);

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
export type ContactDetails = z.output<typeof contactDetailsSchema>;

export const tagSchema = z.strictObject({
  kind: z.enum(TAG_KINDS).default('free'),
  value: singleLine()
    .trim()
    .min(1, 'must not be empty')
    .max(LIMITS.tag, `must be at most ${LIMITS.tag} characters`),
});
export type Tag = z.output<typeof tagSchema>;

export function sameTag(a: Tag, b: Tag): boolean {
  return a.kind === b.kind && a.value.toLocaleLowerCase() === b.value.toLocaleLowerCase();
}

/** Details equal field by field (absent and empty are the same). */
export function sameDetails(a: ContactDetails, b: ContactDetails): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ContactDetails>;
  return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
}
