import { type DynamicModule, Module } from '@nestjs/common';
import { serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { ContactDirectory } from './contact-directory/contact-directory';
import { FollowUpDrafts } from './follow-up-due/follow-up-drafts';
import { InstitutionGuidance } from './institution-policy/institution-guidance';
import { MemberProfiles } from './member-profile/member-profiles';
import { OUTREACH_CONTROLLERS, OUTREACH_HANDLERS } from './outreach.use-cases';
import { OutreachProjections } from './projections/outreach-projections';
import { FollowUpPlanner } from './send-follow-up/follow-up-planner';
import { EmailAddressBook } from './shared/email-addressing';
import { OutreachWriter } from './shared/outreach-writer';
import { OutreachStartup } from './shared/outreach.startup';

export type OutreachModuleOptions = ServiceDeps;

/** The outreach context: its use cases over one event store, its read models and the directory. */
@Module({})
export class OutreachModule {
  static forRoot(deps: OutreachModuleOptions): DynamicModule {
    return serviceModule(OutreachModule, deps, {
      controllers: OUTREACH_CONTROLLERS,
      readModels: OutreachProjections,
      providers: [
        OutreachProjections,
        ContactDirectory,
        MemberProfiles,
        OutreachWriter,
        EmailAddressBook,
        FollowUpPlanner,
        FollowUpDrafts,
        InstitutionGuidance,
        OutreachStartup,
        ...OUTREACH_HANDLERS,
      ],
    });
  }
}
