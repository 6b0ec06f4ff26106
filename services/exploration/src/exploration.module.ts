import { type DynamicModule, Module } from '@nestjs/common';
import { serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { EXPLORATION_CONTROLLERS, EXPLORATION_HANDLERS } from './exploration.use-cases';
import { ExplorationProjections } from './projections/exploration-projections';
import { GoalWriter } from './shared/goal-writer';
import { EXPLORATION_TIME_ZONE } from './exploration.tokens';
import { MemberActivity } from './target-organisations/member-activity';
import { PhoneOutcomesController } from './phone-outcomes/phone-outcomes.http.controller';
import { TargetListWriter } from './target-organisations/target-list-writer';
import { TargetOrganisationsController } from './target-organisations/target-organisations.http.controller';

/** The exploration context: goals and target organisations over one event store and its read models. */
@Module({})
export class ExplorationModule {
  static forRoot(deps: ServiceDeps, options: { timeZone?: string } = {}): DynamicModule {
    return serviceModule(ExplorationModule, deps, {
      controllers: [
        ...EXPLORATION_CONTROLLERS,
        TargetOrganisationsController,
        PhoneOutcomesController,
      ],
      providers: [
        ExplorationProjections,
        GoalWriter,
        TargetListWriter,
        MemberActivity,
        { provide: EXPLORATION_TIME_ZONE, useValue: options.timeZone ?? 'Europe/London' },
        ...EXPLORATION_HANDLERS,
      ],
      readModels: ExplorationProjections,
    });
  }
}
