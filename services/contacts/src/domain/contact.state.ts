import type { ContactDetails, ContactSource, Tag, Warmth } from './contact-details';
import { sameTag } from './contact-details';
import type { ContactEvent } from './contact.events';
import type { UndeliverableMark } from './email-deliverability';

interface Known {
  readonly memberId: string;
  readonly contactId: string;
  readonly details: ContactDetails;
  readonly warmth?: Warmth;
  readonly source?: ContactSource;
  readonly tags: readonly Tag[];
  readonly referredBy?: { contactId: string; mayUseReferrerName: boolean };
  readonly notes: Readonly<Record<string, { text: string; addedAt: string; editedAt?: string }>>;
  readonly addedAt: string;
  /** The last bounce, for the address it concerned; it applies while that is still the email. */
  readonly emailUndeliverable?: UndeliverableMark;
}

/** A contact's life: not there yet, in the book, set aside, or erased (only the fact remains). */
export type ContactState =
  | { readonly status: 'absent' }
  | ({ readonly status: 'active' } & Known)
  | ({ readonly status: 'archived'; readonly archivedAt: string } & Known)
  | { readonly status: 'erased'; readonly memberId: string; readonly contactId: string };

export const initialContactState: ContactState = { status: 'absent' };

export function evolveContact(state: ContactState, event: ContactEvent): ContactState {
  if (event.type === 'ContactAdded') {
    const { memberId, contactId, details, warmth, source, tags, addedAt } = event.data;
    return {
      status: 'active',
      memberId,
      contactId,
      details,
      ...(warmth ? { warmth } : {}),
      ...(source ? { source } : {}),
      tags,
      notes: {},
      addedAt,
    };
  }
  if (event.type === 'ContactErased') {
    return { status: 'erased', memberId: event.data.memberId, contactId: event.data.contactId };
  }
  if (state.status !== 'active' && state.status !== 'archived') return state;
  switch (event.type) {
    case 'ContactDetailsChanged':
      return { ...state, details: event.data.details };
    case 'ContactClassified':
      return { ...state, warmth: event.data.warmth, source: event.data.source };
    case 'ContactTagged':
      return { ...state, tags: [...state.tags, event.data.tag] };
    case 'ContactUntagged':
      return { ...state, tags: state.tags.filter((tag) => !sameTag(tag, event.data.tag)) };
    case 'ReferralRecorded': {
      const { referredByContactId, mayUseReferrerName } = event.data;
      return { ...state, referredBy: { contactId: referredByContactId, mayUseReferrerName } };
    }
    case 'ResearchNoteAdded':
      return {
        ...state,
        notes: {
          ...state.notes,
          [event.data.noteId]: { text: event.data.text, addedAt: event.data.at },
        },
      };
    case 'ResearchNoteEdited': {
      const note = state.notes[event.data.noteId];
      if (!note) return state;
      return {
        ...state,
        notes: {
          ...state.notes,
          [event.data.noteId]: { ...note, text: event.data.text, editedAt: event.data.at },
        },
      };
    }
    case 'ContactEmailMarkedUndeliverable': {
      const { email, kind, reason, at } = event.data;
      return { ...state, emailUndeliverable: { email, kind, reason, since: at } };
    }
    case 'ContactArchived':
      return { ...state, status: 'archived', archivedAt: event.data.at };
    case 'ContactRestored': {
      if (state.status !== 'archived') return state;
      const rest: Omit<typeof state, 'archivedAt' | 'status'> & { archivedAt?: string } = {
        ...state,
      };
      delete rest.archivedAt;
      return { ...rest, status: 'active' };
    }
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
