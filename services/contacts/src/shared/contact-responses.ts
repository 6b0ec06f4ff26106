import { z } from 'zod';
import { SOURCES, TAG_KINDS, WARMTHS } from '../domain/contact-details';
import { BOUNCE_KINDS } from '../domain/email-deliverability';

// What the contacts API answers, as schemas for its OpenAPI document (and the fuzz that checks
// every answer against them). Times are ISO 8601 strings on the wire.

const id = z.string();
const at = z.iso.datetime({ offset: true });
const tag = z.object({ kind: z.enum(TAG_KINDS), value: z.string() });
const emailUndeliverable = z.object({
  reason: z.string(),
  kind: z.enum(BOUNCE_KINDS),
  since: at,
});

const erasedContact = z.object({
  contactId: id,
  memberId: id,
  status: z.literal('erased'),
  version: z.number().int(),
});

const keptContact = z.object({
  contactId: id,
  memberId: id,
  status: z.enum(['active', 'archived']),
  version: z.number().int(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  linkedinUrl: z.string().optional(),
  organisation: z.string().optional(),
  role: z.string().optional(),
  industry: z.string().optional(),
  howWeMet: z.string().optional(),
  emailUndeliverable: emailUndeliverable.optional(),
  warmth: z.enum(WARMTHS).nullable(),
  source: z.enum(SOURCES).nullable(),
  tags: z.array(tag),
  referredBy: z.object({ contactId: id, mayUseReferrerName: z.boolean() }).nullable(),
  notes: z.array(z.object({ noteId: id, text: z.string(), addedAt: at, editedAt: at.optional() })),
  addedAt: at,
  archivedAt: at.optional(),
});

/** contactView: a contact in the book, or the fact that it was erased. */
export const contactResponse = z.union([keptContact, erasedContact]);

const referralLink = z.object({
  contactId: id,
  name: z.string().nullable(),
  organisation: z.string().nullable(),
});
const withReferrals = { referralChain: z.array(referralLink), referrals: z.array(referralLink) };

/** GET of one contact: the view with the referrals around it. */
export const contactWithReferralsResponse = z.union([
  keptContact.extend(withReferrals),
  erasedContact.extend(withReferrals),
]);

export const contactListResponse = z.object({
  items: z.array(
    z.object({
      contactId: id,
      status: z.enum(['active', 'archived', 'erased']),
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      email: z.string().nullable(),
      emailUndeliverable: emailUndeliverable.optional(),
      organisation: z.string().nullable(),
      role: z.string().nullable(),
      industry: z.string().nullable(),
      warmth: z.enum(WARMTHS).nullable(),
      source: z.enum(SOURCES).nullable(),
      tags: z.array(tag),
      referredBy: id.nullable(),
      noteCount: z.number().int().min(0),
      addedAt: at,
      updatedAt: at,
    }),
  ),
  total: z.number().int().min(0),
  nextCursor: z.string().nullable(),
});

export const referralGraphResponse = z.object({
  nodes: z.array(
    z.object({
      id,
      label: z.string().nullable(),
      organisation: z.string().nullable(),
      status: z.string(),
    }),
  ),
  edges: z.array(z.object({ from: id, to: id, mayUseReferrerName: z.boolean() })),
});

const count = z.number().int().min(0);
export const contactCountersResponse = z.object({
  total: count,
  active: count,
  archived: count,
  erased: count,
  warm: count,
  cold: count,
  unclassified: count,
  bySource: z.record(z.string(), count),
  referred: count,
});

const importRow = z.union([
  z.object({
    row: z.number().int(),
    outcome: z.literal('new'),
    name: z.string(),
    contactId: id.nullable(),
  }),
  z.object({
    row: z.number().int(),
    outcome: z.literal('duplicate'),
    duplicateOf: z.union([z.object({ contactId: id }), z.object({ row: z.number().int() })]),
    name: z.string(),
  }),
  z.object({
    row: z.number().int(),
    outcome: z.literal('invalid'),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })),
  }),
]);

/** importView: every row's outcome, and the result once committed. */
export const importResponse = z.object({
  importId: id,
  memberId: id,
  format: z.enum(['csv', 'linkedin', 'vcard']),
  status: z.enum(['previewed', 'committing', 'committed']),
  createdAt: at,
  committedAt: at.nullable(),
  summary: z.object({ rows: count, new: count, duplicate: count, invalid: count }),
  rows: z.array(importRow),
  result: z.object({ added: count, duplicateSinceDryRun: count }).nullable(),
});
