import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { kafkaProbe, mongoProbe, OperationsModule } from '@rapport/platform/http';
import { CONTACT_CONTROLLERS, CONTACT_HANDLERS } from './contacts.use-cases';
import { ContactProjections } from './projections/contact-projections';
import { CONTACT_LIST } from './projections/contact-list.projection';
import { ContactKeys } from './shared/contact-keys';
import { ContactWriter } from './shared/contact-writer';
import { ContactAdder } from './add-contact/contact-adder';
import { CLOCK, type Clock, CONTACTS_DB, NEW_ID, type NewId } from './shared/contacts.tokens';
import { ContactImports } from './import-contacts/contact-imports';
import { ContactListReader } from './shared/contact-list.reader';
import { ContactsStartup } from './shared/contacts.startup';
import { ReferralChains } from './shared/referral-chains';

export interface ContactsModuleOptions {
  readonly db: Db;
  readonly kafka: Kafka;
  readonly clock?: Clock;
  readonly newId?: NewId;
}

/** The contacts context: its use cases over one event store and its read models. */
@Module({})
export class ContactsModule {
  static forRoot(options: ContactsModuleOptions): DynamicModule {
    const clock = options.clock ?? (() => new Date());
    const newId = options.newId ?? (() => crypto.randomUUID());
    return {
      module: ContactsModule,
      imports: [
        CqrsModule.forRoot(),
        OperationsModule.forRoot({
          useFactory: () => [mongoProbe(options.db), kafkaProbe(options.kafka)],
        }),
      ],
      controllers: [...CONTACT_CONTROLLERS],
      providers: [
        { provide: CONTACTS_DB, useValue: options.db },
        { provide: CLOCK, useValue: clock },
        { provide: NEW_ID, useValue: newId },
        { provide: EventStore, useFactory: () => new EventStore(options.db, 'events', clock) },
        { provide: ContactProjections, useFactory: () => new ContactProjections(options.db) },
        {
          provide: ContactKeys,
          inject: [ContactProjections],
          useFactory: (projections: ContactProjections) =>
            new ContactKeys(options.db, clock, async (tenantId, memberId, contactId) => {
              const list = await projections.store.active(CONTACT_LIST);
              return (
                (await list.countDocuments({ tenantId, memberId, contactId }, { limit: 1 })) > 0
              );
            }),
        },
        {
          provide: ContactWriter,
          inject: [EventStore, ContactProjections],
          useFactory: (store: EventStore, projections: ContactProjections) =>
            new ContactWriter(store, projections, clock, newId),
        },
        {
          provide: ContactAdder,
          inject: [ContactWriter, ContactKeys],
          useFactory: (writer: ContactWriter, keys: ContactKeys) => new ContactAdder(writer, keys),
        },
        {
          provide: ContactImports,
          inject: [ContactWriter, ContactKeys],
          useFactory: (writer: ContactWriter, keys: ContactKeys) =>
            new ContactImports(options.db, writer, keys),
        },
        {
          provide: ReferralChains,
          inject: [ContactProjections],
          useFactory: (projections: ContactProjections) => new ReferralChains(projections.store),
        },
        {
          provide: ContactListReader,
          inject: [ContactProjections],
          useFactory: (projections: ContactProjections) => new ContactListReader(projections.store),
        },
        ContactsStartup,
        ...CONTACT_HANDLERS,
      ],
    };
  }
}
