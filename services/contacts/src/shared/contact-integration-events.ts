import {
  ContactSource as WireSource,
  encodePayload,
  type EventTypeName,
  topicFor,
  Warmth as WireWarmth,
} from '@rapport/contracts';
import type { OutboxMessage } from '@rapport/eventstore';
import type { ContactSource, Tag, Warmth } from '../domain/contact-details';
import type { ContactEvent } from '../domain/contact.events';

const TOPIC = topicFor('contacts');

const WARMTH: Record<Warmth, WireWarmth> = { warm: WireWarmth.WARM, cold: WireWarmth.COLD };

const SOURCE: Record<ContactSource, WireSource> = {
  classmate: WireSource.CLASSMATE,
  professor: WireSource.PROFESSOR,
  adviser: WireSource.ADVISER,
  relative: WireSource.FAMILY,
  neighbour: WireSource.NEIGHBOUR,
  'former-colleague': WireSource.FORMER_COLLEAGUE,
  alumnus: WireSource.ALUMNI,
  referral: WireSource.REFERRAL,
  linkedin: WireSource.LINKEDIN,
  'organisation-website': WireSource.ORGANISATION_WEBSITE,
  event: WireSource.EVENT,
  other: WireSource.OTHER,
};

const freeTags = (tags: readonly Tag[]): string[] =>
  tags.filter((tag) => tag.kind === 'free').map((tag) => tag.value);

function message(type: EventTypeName, payload: Uint8Array): OutboxMessage {
  return { topic: TOPIC, type, schemaVersion: 1, payload };
}

/**
 * The integration event other contexts hear for a domain event, or none. Tags and research notes
 * stay inside the contacts context; the contract carries what outreach, the workflow and
 * notifications act on.
 */
export function contactIntegrationEvent(event: ContactEvent): OutboxMessage | undefined {
  const ids = { memberId: event.data.memberId, contactId: event.data.contactId };
  switch (event.type) {
    case 'ContactAdded': {
      const { details, warmth, source, tags, origin } = event.data;
      const type = 'rapport.contacts.v1.ContactAdded';
      return message(
        type,
        encodePayload(type, {
          ...ids,
          givenName: details.givenName,
          familyName: details.familyName,
          email: details.email ?? '',
          organisation: details.organisation ?? '',
          role: details.role ?? '',
          industry: details.industry ?? '',
          howWeMet: details.howWeMet ?? '',
          linkedinUrl: details.linkedinUrl ?? '',
          warmth: warmth ? WARMTH[warmth] : WireWarmth.UNSPECIFIED,
          source: source ? SOURCE[source] : WireSource.UNSPECIFIED,
          tags: freeTags(tags),
          addedVia: origin.via,
        }),
      );
    }
    case 'ContactDetailsChanged': {
      const { details } = event.data;
      const type = 'rapport.contacts.v1.ContactDetailsChanged';
      return message(
        type,
        encodePayload(type, {
          ...ids,
          givenName: details.givenName,
          familyName: details.familyName,
          email: details.email ?? '',
          organisation: details.organisation ?? '',
          role: details.role ?? '',
          industry: details.industry ?? '',
          howWeMet: details.howWeMet ?? '',
          linkedinUrl: details.linkedinUrl ?? '',
        }),
      );
    }
    case 'ContactClassified': {
      const type = 'rapport.contacts.v1.ContactClassified';
      return message(
        type,
        encodePayload(type, {
          ...ids,
          warmth: WARMTH[event.data.warmth],
          source: SOURCE[event.data.source],
        }),
      );
    }
    case 'ReferralRecorded': {
      const type = 'rapport.contacts.v1.ReferralRecorded';
      return message(
        type,
        encodePayload(type, {
          ...ids,
          referredByContactId: event.data.referredByContactId,
          mayUseReferrerName: event.data.mayUseReferrerName,
        }),
      );
    }
    case 'ContactArchived': {
      const type = 'rapport.contacts.v1.ContactArchived';
      return message(type, encodePayload(type, { ...ids, reason: event.data.reason ?? '' }));
    }
    case 'ContactRestored': {
      const type = 'rapport.contacts.v1.ContactRestored';
      return message(type, encodePayload(type, ids));
    }
    case 'ContactErased': {
      const type = 'rapport.contacts.v1.ContactErased';
      return message(type, encodePayload(type, ids));
    }
    case 'ContactTagged':
    case 'ContactUntagged':
    case 'ResearchNoteAdded':
    case 'ResearchNoteEdited':
    case 'ContactEmailMarkedUndeliverable':
      // Contacts' own concerns; a bounce is already known to notifications, which reported it.
      return undefined;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
