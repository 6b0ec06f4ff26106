import { type DynamicModule, Module } from '@nestjs/common';
import { serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { EXPLORATION_CONTROLLERS, EXPLORATION_HANDLERS } from './exploration.use-cases';
import { ExplorationProjections } from './projections/exploration-projections';
import { GoalWriter } from './shared/goal-writer';
import { EXPLORATION_GOALS_TOPIC, EXPLORATION_TIME_ZONE } from './exploration.tokens';
import { topicFor } from '@rapport/contracts';
import { CoachExplorationController } from './coach-view/coach-exploration.http.controller';
import { InstitutionExplorationController } from './institution-aggregates/institution-exploration.http.controller';
import { InstitutionTallies } from './institution-aggregates/institution-tallies.store';
import { MemberActivity } from './target-organisations/member-activity';
import {
  OUTREACH_COMPOSER,
  type OutreachComposerSettings,
} from './phone-outcomes/phone-script.client';
import { PhoneScriptController } from './phone-outcomes/phone-script.http.controller';
import { PhoneOutcomesController } from './phone-outcomes/phone-outcomes.http.controller';
import { TargetListWriter } from './target-organisations/target-list-writer';
import { TargetOrganisationsController } from './target-organisations/target-organisations.http.controller';

/**
 * The exploration context: goals, target organisations and phone outcomes over one event store and
 * its read models, with a coach's overview and the institution's figures.
 */
@Module({})
export class ExplorationModule {
  static forRoot(
    deps: ServiceDeps,
    options: { timeZone?: string; goalsTopic?: string; composer?: OutreachComposerSettings } = {},
  ): DynamicModule {
    return serviceModule(ExplorationModule, deps, {
      controllers: [
        ...EXPLORATION_CONTROLLERS,
        TargetOrganisationsController,
        PhoneOutcomesController,
        PhoneScriptController,
        CoachExplorationController,
        InstitutionExplorationController,
      ],
      providers: [
        ExplorationProjections,
        GoalWriter,
        TargetListWriter,
        MemberActivity,
        InstitutionTallies,
        {
          provide: OUTREACH_COMPOSER,
          useValue: options.composer ?? { outreachUrl: 'http://127.0.0.1:4102' },
        },
        {
          provide: EXPLORATION_GOALS_TOPIC,
          useValue: options.goalsTopic ?? topicFor('exploration'),
        },
        { provide: EXPLORATION_TIME_ZONE, useValue: options.timeZone ?? 'Europe/London' },
        ...EXPLORATION_HANDLERS,
      ],
      readModels: ExplorationProjections,
    });
  }
}
