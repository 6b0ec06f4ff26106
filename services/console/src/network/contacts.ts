import { z } from 'zod';
import type { Session } from '../session/session';
import { v1Change, v1Get, v1Path } from '../app/v1-client';

// The contacts service's list answer (services/contacts, contact-responses.ts), the fields shown.
const contactListItem = z.object({
  contactId: z.string(),
  status: z.enum(['active', 'archived', 'erased']),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  email: z.string().nullable(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  warmth: z.enum(['warm', 'cold']).nullable(),
  addedAt: z.string(),
});
const contactList = z.object({
  items: z.array(contactListItem),
  total: z.number(),
  nextCursor: z.string().nullable(),
});
export type ContactListItem = z.infer<typeof contactListItem>;
export type ContactList = z.infer<typeof contactList>;

export const WARMTH_FILTERS = ['any', 'warm', 'cold'] as const;
export type WarmthFilter = (typeof WARMTH_FILTERS)[number];

export interface ContactFilter {
  readonly q: string;
  readonly warmth: WarmthFilter;
}

/** The query string the contacts service reads: empty filters are left out, not sent empty. */
export function contactQuery(filter: ContactFilter): string {
  const query = new URLSearchParams({ limit: '50' });
  if (filter.q.trim() !== '') query.set('q', filter.q.trim());
  if (filter.warmth !== 'any') query.set('warmth', filter.warmth);
  return query.toString();
}

export function fetchContacts(memberId: string, filter: ContactFilter): Promise<ContactList> {
  return v1Get(`${v1Path`/members/${memberId}/contacts`}?${contactQuery(filter)}`, contactList);
}

// A type, not an interface: it must fit Record<string, string> for the blank-field filter.
export type NewContact = {
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string;
  readonly organisation: string;
  readonly role: string;
};

const addedContact = z.object({ contactId: z.string() });

/** Adds a contact; blank optional fields are left out so the service judges only what was given. */
export function addContact(session: Session, contact: NewContact) {
  const entries = Object.entries<string>(contact);
  const body = Object.fromEntries(entries.filter(([, value]) => value.trim() !== ''));
  return v1Change(
    session,
    'POST',
    v1Path`/members/${session.personId}/contacts`,
    body,
    addedContact,
  );
}

export function contactName(contact: Pick<ContactListItem, 'givenName' | 'familyName'>): string {
  return [contact.givenName, contact.familyName].filter(Boolean).join(' ') || 'Erased contact';
}
