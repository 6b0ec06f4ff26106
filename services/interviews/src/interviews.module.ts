import { type DynamicModule, Module } from '@nestjs/common';
import { dbBacked, serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { INTERVIEW_CONTROLLERS, INTERVIEW_HANDLERS } from './interviews.use-cases';
import { InvitationPartiesStore } from './invitation/invitation-parties';
import { InterviewProjections } from './projections/interview-projections';
import { InterviewWriter } from './shared/interview-writer';
import { questionControllers } from './questions';
import { timelineControllers, timelineProviders } from './timeline';

/** The interviews context: its use cases over one event store and its read models. */
@Module({})
export class InterviewsModule {
  static forRoot(deps: ServiceDeps): DynamicModule {
    return serviceModule(InterviewsModule, deps, {
      controllers: [...INTERVIEW_CONTROLLERS, ...timelineControllers, ...questionControllers],
      providers: [
        InterviewProjections,
        InterviewWriter,
        ...dbBacked(InvitationPartiesStore),
        ...INTERVIEW_HANDLERS,
        ...timelineProviders,
      ],
    });
  }
}
