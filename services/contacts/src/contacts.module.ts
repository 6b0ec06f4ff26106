import { type DynamicModule, Module } from '@nestjs/common';
import { ProjectionStore } from '@rapport/messaging';
import { serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { CONTACT_CONTROLLERS, CONTACT_HANDLERS } from './contacts.use-cases';
import { ContactImports } from './import-contacts/contact-imports';
import { ContactProjections } from './projections/contact-projections';
import { ContactKeys } from './shared/contact-keys';
import { ContactListReader } from './shared/contact-list.reader';
import { ContactWriter } from './shared/contact-writer';
import { ContactAdder } from './add-contact/contact-adder';
import { InterviewReferrals } from './add-referred-contacts/interview-referrals';
import { ContactsStartup } from './shared/contacts.startup';
import { ReferralChains } from './shared/referral-chains';

export type ContactsModuleOptions = ServiceDeps;

/** The contacts context: its use cases over one event store and its read models. */
@Module({})
export class ContactsModule {
  static forRoot(deps: ContactsModuleOptions): DynamicModule {
    return serviceModule(ContactsModule, deps, {
      controllers: CONTACT_CONTROLLERS,
      readModels: ContactProjections,
      providers: [
        ContactProjections,
        // The readers see whichever collections are active after a rebuild: the set's store.
        {
          provide: ProjectionStore,
          inject: [ContactProjections],
          useFactory: (projections: ContactProjections) => projections.store,
        },
        ContactListReader,
        ReferralChains,
        ContactKeys,
        ContactWriter,
        ContactAdder,
        InterviewReferrals,
        ContactImports,
        ContactsStartup,
        ...CONTACT_HANDLERS,
      ],
    });
  }
}
