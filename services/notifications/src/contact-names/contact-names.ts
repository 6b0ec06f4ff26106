import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import type { EventMessage } from '@rapport/contracts';
import { type EventPosition, type Projection, ProjectionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { NotificationStore } from '../delivery/notification.store';

const CONTACT_NAMES = 'contact_names';

/** What a contacts event changes of the names notifications greets and reminds with. */
type NameChange =
  | {
      readonly kind: 'named';
      readonly memberId: string;
      readonly contactId: string;
      readonly name: string;
    }
  | { readonly kind: 'erased'; readonly memberId: string; readonly contactId: string };

interface ContactNameDocument {
  _id: string;
  name?: string;
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
      return { kind: 'named', memberId: payload.memberId, contactId: payload.contactId, name };
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
    return event.kind === 'named'
      ? [{ id, update: { $set: { name: event.name } } }]
      : [{ id, update: { $set: { erased: true }, $unset: { name: '' } } }];
  },
};

/**
 * The names of members' contacts, heard from the contacts context, so reminders say "follow up
 * with Grace Hopper" rather than "your contact". An erased contact's name goes, and so do the
 * addresses the delivery log kept of mail to them.
 */
@Injectable()
export class ContactNames {
  private readonly store: ProjectionStore;

  constructor(
    @Inject(DB) db: Db,
    @Inject(NotificationStore) private readonly notifications: NotificationStore,
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
    }
  }

  async nameOf(tenantId: string, memberId: string, contactId: string): Promise<string | undefined> {
    const collection = await this.store.active(CONTACT_NAMES);
    const doc = (await collection.findOne({
      _id: idOf(tenantId, memberId, contactId),
    })) as ContactNameDocument | null;
    return doc?.name;
  }
}
