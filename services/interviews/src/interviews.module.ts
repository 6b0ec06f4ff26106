import { type DynamicModule, Module } from '@nestjs/common';
import { dbBacked, serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { INTERVIEW_CONTROLLERS, INTERVIEW_HANDLERS } from './interviews.use-cases';
import { ContactErasure } from './erase-contact/contact-erasure';
import { InvitationPartiesStore } from './invitation/invitation-parties';
import {
  invitationAnswerAddressProvider,
  type InvitationSettings,
} from './invitation/invitation-settings';
import { SchedulingOffers } from './offer-scheduling/scheduling-offers';
import { CalendarReplies } from './record-calendar-reply/record-calendar-reply';
import { InterviewProjections } from './projections/interview-projections';
import { InterviewWriter } from './shared/interview-writer';
import { questionControllers } from './questions';
import { timelineControllers, timelineProviders } from './timeline';

/** The interviews context: its use cases over one event store and its read models. */
@Module({})
export class InterviewsModule {
  static forRoot(deps: ServiceDeps, invitations: InvitationSettings): DynamicModule {
    return serviceModule(InterviewsModule, deps, {
      controllers: [...INTERVIEW_CONTROLLERS, ...timelineControllers, ...questionControllers],
      readModels: InterviewProjections,
      providers: [
        invitationAnswerAddressProvider(invitations),
        InterviewProjections,
        InterviewWriter,
        ...dbBacked(InvitationPartiesStore),
        CalendarReplies,
        SchedulingOffers,
        ContactErasure,
        ...INTERVIEW_HANDLERS,
        ...timelineProviders,
      ],
    });
  }
}
