import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import type { EventMessage } from '@rapport/contracts';
import { type EventPosition, type Projection, ProjectionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { NotificationStore } from '../delivery/notification.store';
import { InvitationStore } from '../interview-mail/invitation.store';

const CONTACT_NAMES = 'contact_names';

/** What a contacts event changes of the names notifications greets and reminds with. */
type NameChange =
  | {
      readonly kind: 'named';
      readonly memberId: string;
      readonly contactId: string;
      readonly name: string;
      /** The contact's address for mail sent on the member's behalf, when the member has one. */
      readonly email?: string;
    }
  | { readonly kind: 'erased'; readonly memberId: string; readonly contactId: string };

interface ContactNameDocument {
  _id: string;
  name?: string;
  email?: string;
  erased?: boolean;
}

const idOf = (tenantId: string, memberId: string, contactId: string) =>
  `${tenantId}:${memberId}:${contactId}`;

export function nameChangeOf(payload: EventMessage): NameChange | undefined {
  switch (payload.$typeName) {
    case 'rapport.contacts.v1.ContactAdded':
    case 'rapport.contacts.v1.ContactDetailsChanged': {
      const name = `${payload.givenName} ${payload.familyName}`.trim();
      if (!name) return undefined;
      const email = payload.email.trim();
      return {
        kind: 'named',
        memberId: payload.memberId,
        contactId: payload.contactId,
        name,
        ...(email ? { email } : {}),
      };
    }
    case 'rapport.contacts.v1.ContactErased':
      return { kind: 'erased', memberId: payload.memberId, contactId: payload.contactId };
    default:
      return undefined;
  }
}

type NameEvent = NameChange & { readonly tenantId: string };

const contactNamesProjection: Projection<NameEvent> = {
  name: CONTACT_NAMES,
  project(event) {
    const id = idOf(event.tenantId, event.memberId, event.contactId);
    if (event.kind === 'erased')
      return [{ id, update: { $set: { erased: true }, $unset: { name: '', email: '' } } }];
    // Details events carry the whole record: no address now means the address was removed.
    return event.email
      ? [{ id, update: { $set: { name: event.name, email: event.email } } }]
      : [{ id, update: { $set: { name: event.name }, $unset: { email: '' } } }];
  },
};

/**
 * The names of members' contacts, heard from the contacts context, so reminders say "follow up
 * with Grace Hopper" rather than "your contact", and their addresses for mail sent on the member's
 * behalf. An erased contact's name and address go, and so do the addresses the delivery log and
 * the interview invitations kept of them.
 */
@Injectable()
export class ContactNames {
  private readonly store: ProjectionStore;

  constructor(
    @Inject(DB) db: Db,
    @Inject(NotificationStore) private readonly notifications: NotificationStore,
    @Inject(InvitationStore) private readonly invitations: InvitationStore,
  ) {
    this.store = new ProjectionStore(db);
  }

  async apply(change: NameChange, position: EventPosition): Promise<void> {
    await this.store.apply(
      contactNamesProjection,
      { ...change, tenantId: position.tenantId },
      position,
    );
    if (change.kind === 'erased') {
      await this.notifications.forgetAddressesOf(
        position.tenantId,
        change.memberId,
        change.contactId,
      );
      await this.invitations.forgetContact(position.tenantId, change.memberId, change.contactId);
    }
  }

  async nameOf(tenantId: string, memberId: string, contactId: string): Promise<string | undefined> {
    return (await this.contactOf(tenantId, memberId, contactId))?.name;
  }

  /** Name and address of a contact, as far as they are known (an erased one has neither). */
  async contactOf(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<{ readonly name?: string; readonly email?: string } | undefined> {
    const collection = await this.store.active(CONTACT_NAMES);
    const doc = (await collection.findOne({
      _id: idOf(tenantId, memberId, contactId),
    })) as ContactNameDocument | null;
    if (!doc) return undefined;
    return { ...(doc.name ? { name: doc.name } : {}), ...(doc.email ? { email: doc.email } : {}) };
  }
}
