import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { kafkaProbe, mongoProbe, OperationsModule } from '@rapport/platform/http';
import { ContactDirectory } from './contact-directory/contact-directory';
import { FollowUpDrafts } from './follow-up-due/follow-up-drafts';
import { MemberProfiles } from './member-profile/member-profiles';
import { OUTREACH_CONTROLLERS, OUTREACH_HANDLERS } from './outreach.use-cases';
import { OutreachProjections } from './projections/outreach-projections';
import { FollowUpPlanner } from './send-follow-up/follow-up-planner';
import { EmailAddressBook } from './shared/email-addressing';
import { OutreachWriter } from './shared/outreach-writer';
import { OutreachStartup } from './shared/outreach.startup';
import { CLOCK, type Clock, NEW_ID, type NewId, OUTREACH_DB } from './shared/outreach.tokens';

export interface OutreachModuleOptions {
  readonly db: Db;
  readonly kafka: Kafka;
  readonly clock?: Clock;
  readonly newId?: NewId;
}

/** The outreach context: its use cases over one event store, its read models and the directory. */
@Module({})
export class OutreachModule {
  static forRoot(options: OutreachModuleOptions): DynamicModule {
    const clock = options.clock ?? (() => new Date());
    const newId = options.newId ?? (() => crypto.randomUUID());
    const { db } = options;
    return {
      module: OutreachModule,
      imports: [
        CqrsModule.forRoot(),
        OperationsModule.forRoot({
          useFactory: () => [mongoProbe(db), kafkaProbe(options.kafka)],
        }),
      ],
      controllers: [...OUTREACH_CONTROLLERS],
      providers: [
        { provide: OUTREACH_DB, useValue: db },
        { provide: CLOCK, useValue: clock },
        { provide: NEW_ID, useValue: newId },
        { provide: EventStore, useFactory: () => new EventStore(db, 'events', clock) },
        { provide: OutreachProjections, useFactory: () => new OutreachProjections(db) },
        { provide: ContactDirectory, useFactory: () => new ContactDirectory(db) },
        { provide: MemberProfiles, useFactory: () => new MemberProfiles(db) },
        {
          provide: OutreachWriter,
          inject: [EventStore, OutreachProjections],
          useFactory: (store: EventStore, projections: OutreachProjections) =>
            new OutreachWriter(store, projections, clock, newId),
        },
        {
          provide: EmailAddressBook,
          inject: [MemberProfiles, ContactDirectory],
          useFactory: (profiles: MemberProfiles, directory: ContactDirectory) =>
            new EmailAddressBook(profiles, directory),
        },
        {
          provide: FollowUpPlanner,
          inject: [OutreachWriter, EmailAddressBook],
          useFactory: (writer: OutreachWriter, addressBook: EmailAddressBook) =>
            new FollowUpPlanner(writer, addressBook),
        },
        {
          provide: FollowUpDrafts,
          inject: [MemberProfiles, ContactDirectory, OutreachProjections],
          useFactory: (
            profiles: MemberProfiles,
            directory: ContactDirectory,
            projections: OutreachProjections,
          ) => new FollowUpDrafts(profiles, directory, projections),
        },
        OutreachStartup,
        ...OUTREACH_HANDLERS,
      ],
    };
  }
}
