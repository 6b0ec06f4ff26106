import { deciderSpec } from '@rapport/testing';
import type { ContactCommand } from './contact.commands';
import { decideContact } from './contact.decider';
import { type ContactState, evolveContact, initialContactState } from './contact.state';
import type { ContactEvent } from './contact.events';
import type { ContactRejection } from './contact-rejected';
import { ContactRejected } from './contact-rejected';
import { undeliverableNow } from './email-deliverability';

const at = new Date('2026-03-02T09:30:00Z');
const ids = { memberId: 'm-1', contactId: 'c-1', at };
const details = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada@example.org',
  organisation: 'Engines Ltd',
};

const added: ContactEvent = {
  type: 'ContactAdded',
  data: {
    memberId: 'm-1',
    contactId: 'c-1',
    details,
    warmth: 'warm',
    source: 'professor',
    tags: [{ kind: 'free', value: 'mentor' }],
    origin: { via: 'manual' },
    addedAt: at.toISOString(),
  },
};
const archived: ContactEvent = {
  type: 'ContactArchived',
  data: { memberId: 'm-1', contactId: 'c-1', at: at.toISOString() },
};
const erased: ContactEvent = {
  type: 'ContactErased',
  data: { memberId: 'm-1', contactId: 'c-1', at: at.toISOString() },
};
const noted: ContactEvent = {
  type: 'ResearchNoteAdded',
  data: {
    memberId: 'm-1',
    contactId: 'c-1',
    noteId: 'n-1',
    text: 'Wrote about engines',
    at: at.toISOString(),
  },
};

/** given (events so far) → when (command) → then (events, or the rejection reason). */
const given = deciderSpec<ContactCommand, ContactEvent, ContactState, ContactRejection>(
  { decide: decideContact, evolve: evolveContact, initialState: initialContactState },
  ContactRejected,
);

describe('contact decider', () => {
  describe('AddContact', () => {
    const add: ContactCommand = {
      type: 'AddContact',
      ...ids,
      details,
      warmth: 'warm',
      source: 'professor',
      tags: [
        { kind: 'free', value: 'mentor' },
        { kind: 'free', value: 'Mentor' },
      ],
      origin: { via: 'manual' },
    };
    it('adds a new contact, keeping one of tags that differ only by case', () =>
      given([]).when(add).then([added]));
    it('records the referral along with the new contact', () =>
      given([])
        .when({ ...add, tags: [], referredBy: { contactId: 'c-0', mayUseReferrerName: false } })
        .then([
          { ...added, data: { ...added.data, tags: [] } },
          {
            type: 'ReferralRecorded',
            data: {
              memberId: 'm-1',
              contactId: 'c-1',
              referredByContactId: 'c-0',
              mayUseReferrerName: false,
            },
          },
        ]));
    it('refuses a new contact referred by itself', () =>
      given([])
        .when({ ...add, referredBy: { contactId: 'c-1', mayUseReferrerName: true } })
        .rejects('self-referral'));
    it('refuses a contact id that exists', () =>
      given([added]).when(add).rejects('contact-exists'));
    it('refuses more tags than the limit', () =>
      given([])
        .when({
          ...add,
          tags: Array.from({ length: 51 }, (_, i) => ({ kind: 'free' as const, value: `t${i}` })),
        })
        .rejects('too-many-tags'));
  });

  describe('ChangeContactDetails', () => {
    const change: ContactCommand = {
      type: 'ChangeContactDetails',
      ...ids,
      details: { ...details, role: 'Engineer' },
    };
    it('records the full details after the change', () =>
      given([added])
        .when(change)
        .then([
          {
            type: 'ContactDetailsChanged',
            data: { memberId: 'm-1', contactId: 'c-1', details: { ...details, role: 'Engineer' } },
          },
        ]));
    it('emits nothing when nothing changed', () =>
      given([added])
        .when({ ...change, details: { ...details, phone: undefined } })
        .then([]));
    it('refuses an unknown contact', () => given([]).when(change).rejects('contact-not-found'));
    it('refuses an archived contact', () =>
      given([added, archived]).when(change).rejects('contact-archived'));
    it('refuses an erased contact', () =>
      given([added, erased]).when(change).rejects('contact-erased'));
  });

  describe('ClassifyContact', () => {
    it('records a new classification', () =>
      given([added])
        .when({ type: 'ClassifyContact', ...ids, warmth: 'cold', source: 'linkedin' })
        .then([
          {
            type: 'ContactClassified',
            data: { memberId: 'm-1', contactId: 'c-1', warmth: 'cold', source: 'linkedin' },
          },
        ]));
    it('emits nothing for the same classification', () =>
      given([added])
        .when({ type: 'ClassifyContact', ...ids, warmth: 'warm', source: 'professor' })
        .then([]));
    it('refuses an archived contact', () =>
      given([added, archived])
        .when({ type: 'ClassifyContact', ...ids, warmth: 'cold', source: 'event' })
        .rejects('contact-archived'));
  });

  describe('TagContact / UntagContact', () => {
    const tag = { kind: 'industry' as const, value: 'Aerospace' };
    it('tags', () =>
      given([added])
        .when({ type: 'TagContact', ...ids, tag })
        .then([{ type: 'ContactTagged', data: { memberId: 'm-1', contactId: 'c-1', tag } }]));
    it('tagging again (any case) emits nothing', () =>
      given([added])
        .when({ type: 'TagContact', ...ids, tag: { kind: 'free', value: 'MENTOR' } })
        .then([]));
    it('untags the stored spelling', () =>
      given([added])
        .when({ type: 'UntagContact', ...ids, tag: { kind: 'free', value: 'MENTOR' } })
        .then([
          {
            type: 'ContactUntagged',
            data: { memberId: 'm-1', contactId: 'c-1', tag: { kind: 'free', value: 'mentor' } },
          },
        ]));
    it('untagging a tag that is not there emits nothing', () =>
      given([added])
        .when({ type: 'UntagContact', ...ids, tag })
        .then([]));
    it('refuses a 51st tag', () => {
      const many: ContactEvent[] = Array.from({ length: 49 }, (_, i) => ({
        type: 'ContactTagged',
        data: { memberId: 'm-1', contactId: 'c-1', tag: { kind: 'free', value: `t${i}` } },
      }));
      given([added, ...many])
        .when({ type: 'TagContact', ...ids, tag })
        .rejects('too-many-tags');
    });
  });

  describe('RecordReferral', () => {
    const refer: ContactCommand = {
      type: 'RecordReferral',
      ...ids,
      referredByContactId: 'c-0',
      mayUseReferrerName: true,
      referrerAncestors: ['c-9'],
    };
    const recorded: ContactEvent = {
      type: 'ReferralRecorded',
      data: {
        memberId: 'm-1',
        contactId: 'c-1',
        referredByContactId: 'c-0',
        mayUseReferrerName: true,
      },
    };
    it('records who referred', () => given([added]).when(refer).then([recorded]));
    it('the same referral again emits nothing', () =>
      given([added, recorded]).when(refer).then([]));
    it('refuses a self-referral', () =>
      given([added])
        .when({ ...refer, referredByContactId: 'c-1' })
        .rejects('self-referral'));
    it('refuses a referral that closes a loop', () =>
      given([added])
        .when({ ...refer, referrerAncestors: ['c-5', 'c-1'] })
        .rejects('referral-cycle'));
  });

  describe('research notes', () => {
    it('adds a note', () =>
      given([added])
        .when({ type: 'AddResearchNote', ...ids, noteId: 'n-1', text: 'Wrote about engines' })
        .then([noted]));
    it('adding the same note again emits nothing', () =>
      given([added, noted])
        .when({ type: 'AddResearchNote', ...ids, noteId: 'n-1', text: 'Wrote about engines' })
        .then([]));
    it('refuses a different note under an existing id', () =>
      given([added, noted])
        .when({ type: 'AddResearchNote', ...ids, noteId: 'n-1', text: 'Other' })
        .rejects('note-exists'));
    it('edits a note', () =>
      given([added, noted])
        .when({ type: 'EditResearchNote', ...ids, noteId: 'n-1', text: 'Wrote two papers' })
        .then([
          {
            type: 'ResearchNoteEdited',
            data: {
              memberId: 'm-1',
              contactId: 'c-1',
              noteId: 'n-1',
              text: 'Wrote two papers',
              at: at.toISOString(),
            },
          },
        ]));
    it('refuses to edit a missing note', () =>
      given([added])
        .when({ type: 'EditResearchNote', ...ids, noteId: 'n-2', text: 'x' })
        .rejects('note-not-found'));
  });

  describe('archive / restore / erase', () => {
    it('archives with a reason', () =>
      given([added])
        .when({ type: 'ArchiveContact', ...ids, reason: 'moved abroad' })
        .then([
          {
            type: 'ContactArchived',
            data: {
              memberId: 'm-1',
              contactId: 'c-1',
              reason: 'moved abroad',
              at: at.toISOString(),
            },
          },
        ]));
    it('archiving twice emits nothing', () =>
      given([added, archived])
        .when({ type: 'ArchiveContact', ...ids })
        .then([]));
    it('restores an archived contact', () =>
      given([added, archived])
        .when({ type: 'RestoreContact', ...ids })
        .then([
          {
            type: 'ContactRestored',
            data: { memberId: 'm-1', contactId: 'c-1', at: at.toISOString() },
          },
        ]));
    it('restoring an active contact emits nothing', () =>
      given([added])
        .when({ type: 'RestoreContact', ...ids })
        .then([]));
    it('erases an archived contact too', () =>
      given([added, archived])
        .when({ type: 'EraseContact', ...ids })
        .then([erased]));
    it('erasing twice emits nothing', () =>
      given([added, erased])
        .when({ type: 'EraseContact', ...ids })
        .then([]));
    it('refuses to erase what never existed', () =>
      given([])
        .when({ type: 'EraseContact', ...ids })
        .rejects('contact-not-found'));
    it('refuses to restore an erased contact', () =>
      given([added, erased])
        .when({ type: 'RestoreContact', ...ids })
        .rejects('contact-erased'));
  });

  describe('MarkEmailUndeliverable', () => {
    const bounce: ContactCommand = {
      type: 'MarkEmailUndeliverable',
      ...ids,
      email: ' ADA@example.org ',
      kind: 'hard',
      reason: '550 5.1.1 user unknown',
    };
    const marked: ContactEvent = {
      type: 'ContactEmailMarkedUndeliverable',
      data: {
        memberId: 'm-1',
        contactId: 'c-1',
        email: 'ada@example.org',
        kind: 'hard',
        reason: '550 5.1.1 user unknown',
        at: at.toISOString(),
      },
    };
    const changed = (email: string | undefined): ContactEvent => ({
      type: 'ContactDetailsChanged',
      data: { memberId: 'm-1', contactId: 'c-1', details: { ...details, email } },
    });
    const shown = (history: ContactEvent[]) => {
      const state = history.reduce((s, e) => evolveContact(s, e), initialContactState);
      return state.status === 'active' || state.status === 'archived'
        ? undeliverableNow(state.details.email, state.emailUndeliverable)
        : undefined;
    };

    it('marks the current email, matched whatever its case and spaces', () =>
      given([added]).when(bounce).then([marked]));
    it('marks an archived contact’s email too', () =>
      given([added, archived]).when(bounce).then([marked]));
    it('ignores a bounce for an address the contact no longer has', () =>
      given([added, changed('ada@engines.example')])
        .when(bounce)
        .then([]));
    it('ignores a bounce for a contact without email, unknown or erased', () => {
      given([added, changed(undefined)])
        .when(bounce)
        .then([]);
      given([]).when(bounce).then([]);
      given([added, erased]).when(bounce).then([]);
    });
    it('marks the same bounce once, but records a block turning into a hard bounce', () => {
      given([added, marked]).when(bounce).then([]);
      const blocked: ContactEvent = {
        type: 'ContactEmailMarkedUndeliverable',
        data: { ...marked.data, kind: 'blocked', reason: 'blocked by policy' },
      };
      given([added, blocked]).when(bounce).then([marked]);
    });
    it('shows the mark until the email changes; other changes keep it', () => {
      expect(shown([added, marked])).toEqual({
        kind: 'hard',
        reason: '550 5.1.1 user unknown',
        since: at.toISOString(),
      });
      const roleChanged: ContactEvent = {
        type: 'ContactDetailsChanged',
        data: { memberId: 'm-1', contactId: 'c-1', details: { ...details, role: 'CTO' } },
      };
      expect(shown([added, marked, roleChanged])).toBeDefined();
      expect(shown([added, marked, changed('ada@engines.example')])).toBeUndefined();
      expect(shown([added])).toBeUndefined();
    });
    it('erasure removes the mark with everything else', () => {
      const state = [added, marked, erased].reduce(
        (s, e) => evolveContact(s, e),
        initialContactState,
      );
      expect(state).toEqual({ status: 'erased', memberId: 'm-1', contactId: 'c-1' });
    });
  });

  it('erasure keeps only the fact that the contact existed', () => {
    const state = [added, noted, erased].reduce((s, e) => evolveContact(s, e), initialContactState);
    expect(state).toEqual({ status: 'erased', memberId: 'm-1', contactId: 'c-1' });
  });
});
