import type { Decider } from '@rapport/eventstore';
import { LIMITS, sameDetails, sameTag, withoutUndefined } from './contact-details';
import type { ContactCommand } from './contact.commands';
import type { ContactEvent } from './contact.events';
import { ContactRejected } from './contact-rejected';
import { normaliseEmail } from './dedupe-keys';
import { type ContactState, evolveContact, initialContactState } from './contact.state';

type Live = Extract<ContactState, { status: 'active' | 'archived' }>;

/** The stream must hold a contact that can still change: present, not erased, not set aside. */
function requireActive(
  state: ContactState,
  command: ContactCommand,
): Extract<Live, { status: 'active' }> {
  const live = requireLive(state, command);
  if (live.status === 'archived') {
    throw new ContactRejected(
      'contact-archived',
      `contact ${command.contactId} is archived; restore it first`,
    );
  }
  return live;
}

function requireLive(state: ContactState, command: ContactCommand): Live {
  if (state.status === 'absent') {
    throw new ContactRejected('contact-not-found', `no contact ${command.contactId}`);
  }
  if (state.status === 'erased') {
    throw new ContactRejected('contact-erased', `contact ${command.contactId} was erased`);
  }
  return state;
}

/**
 * Pure decisions for one contact. Repeating a command whose effect is already there (tagging twice,
 * the same details again, archiving an archived contact) emits nothing rather than failing, so a
 * retried request is harmless.
 */
export function decideContact(command: ContactCommand, state: ContactState): ContactEvent[] {
  const { memberId, contactId } = command;
  const at = command.at.toISOString();
  switch (command.type) {
    case 'AddContact': {
      if (state.status !== 'absent') {
        throw new ContactRejected('contact-exists', `contact ${contactId} already exists`);
      }
      if (command.tags.length > LIMITS.tags) {
        throw new ContactRejected('too-many-tags', `at most ${LIMITS.tags} tags per contact`);
      }
      const tags = command.tags.filter(
        (tag, i) => command.tags.findIndex((t) => sameTag(t, tag)) === i,
      );
      const { referredBy } = command;
      if (referredBy?.contactId === contactId) {
        throw new ContactRejected(
          'self-referral',
          'a contact cannot refer the member to themselves',
        );
      }
      const referral: ContactEvent[] = referredBy
        ? [
            {
              type: 'ReferralRecorded',
              data: {
                memberId,
                contactId,
                referredByContactId: referredBy.contactId,
                mayUseReferrerName: referredBy.mayUseReferrerName,
              },
            },
          ]
        : [];
      return [
        {
          type: 'ContactAdded',
          data: {
            memberId,
            contactId,
            details: withoutUndefined(command.details),
            ...(command.warmth ? { warmth: command.warmth } : {}),
            ...(command.source ? { source: command.source } : {}),
            tags,
            origin: command.origin,
            addedAt: at,
          },
        },
        ...referral,
      ];
    }
    case 'ChangeContactDetails': {
      const live = requireActive(state, command);
      if (sameDetails(live.details, command.details)) return [];
      return [
        {
          type: 'ContactDetailsChanged',
          data: { memberId, contactId, details: withoutUndefined(command.details) },
        },
      ];
    }
    case 'ClassifyContact': {
      const live = requireActive(state, command);
      if (live.warmth === command.warmth && live.source === command.source) return [];
      return [
        {
          type: 'ContactClassified',
          data: { memberId, contactId, warmth: command.warmth, source: command.source },
        },
      ];
    }
    case 'TagContact': {
      const live = requireActive(state, command);
      if (live.tags.some((tag) => sameTag(tag, command.tag))) return [];
      if (live.tags.length >= LIMITS.tags) {
        throw new ContactRejected('too-many-tags', `at most ${LIMITS.tags} tags per contact`);
      }
      return [{ type: 'ContactTagged', data: { memberId, contactId, tag: command.tag } }];
    }
    case 'UntagContact': {
      const live = requireActive(state, command);
      const existing = live.tags.find((tag) => sameTag(tag, command.tag));
      if (!existing) return [];
      return [{ type: 'ContactUntagged', data: { memberId, contactId, tag: existing } }];
    }
    case 'RecordReferral': {
      const live = requireActive(state, command);
      const { referredByContactId, mayUseReferrerName } = command;
      if (referredByContactId === contactId) {
        throw new ContactRejected(
          'self-referral',
          'a contact cannot refer the member to themselves',
        );
      }
      if (command.referrerAncestors.includes(contactId)) {
        throw new ContactRejected(
          'referral-cycle',
          `contact ${referredByContactId} was itself referred through ${contactId}; the chain would loop`,
        );
      }
      if (
        live.referredBy?.contactId === referredByContactId &&
        live.referredBy.mayUseReferrerName === mayUseReferrerName
      ) {
        return [];
      }
      return [
        {
          type: 'ReferralRecorded',
          data: { memberId, contactId, referredByContactId, mayUseReferrerName },
        },
      ];
    }
    case 'AddResearchNote': {
      const live = requireActive(state, command);
      const existing = live.notes[command.noteId];
      if (existing?.text === command.text) return [];
      if (existing)
        throw new ContactRejected('note-exists', `note ${command.noteId} already exists`);
      return [
        {
          type: 'ResearchNoteAdded',
          data: { memberId, contactId, noteId: command.noteId, text: command.text, at },
        },
      ];
    }
    case 'EditResearchNote': {
      const live = requireActive(state, command);
      const note = live.notes[command.noteId];
      if (!note)
        throw new ContactRejected(
          'note-not-found',
          `no note ${command.noteId} on contact ${contactId}`,
        );
      if (note.text === command.text) return [];
      return [
        {
          type: 'ResearchNoteEdited',
          data: { memberId, contactId, noteId: command.noteId, text: command.text, at },
        },
      ];
    }
    case 'MarkEmailUndeliverable': {
      // A bounce for an address the contact no longer has (or never had) is old news: nothing.
      if (state.status !== 'active' && state.status !== 'archived') return [];
      const email = normaliseEmail(command.email);
      if (email === undefined || email !== normaliseEmail(state.details.email)) return [];
      const marked = state.emailUndeliverable;
      if (marked?.email === email && marked.kind === command.kind) return [];
      const { kind, reason } = command;
      return [
        {
          type: 'ContactEmailMarkedUndeliverable',
          data: { memberId, contactId, email, kind, reason, at },
        },
      ];
    }
    case 'ArchiveContact': {
      const live = requireLive(state, command);
      if (live.status === 'archived') return [];
      return [
        {
          type: 'ContactArchived',
          data: { memberId, contactId, ...(command.reason ? { reason: command.reason } : {}), at },
        },
      ];
    }
    case 'RestoreContact': {
      const live = requireLive(state, command);
      if (live.status === 'active') return [];
      return [{ type: 'ContactRestored', data: { memberId, contactId, at } }];
    }
    case 'EraseContact': {
      if (state.status === 'erased') return [];
      requireLive(state, command);
      return [{ type: 'ContactErased', data: { memberId, contactId, at } }];
    }
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

export const contactDecider: Decider<ContactCommand, ContactEvent, ContactState> = {
  initialState: initialContactState,
  decide: decideContact,
  evolve: evolveContact,
};

/** One stream per member × contact, named inside the tenant. */
export function contactStreamId(memberId: string, contactId: string): string {
  return `contact:${memberId}:${contactId}`;
}
