import { type DynamicModule, Module } from '@nestjs/common';
import { serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { EXPLORATION_CONTROLLERS, EXPLORATION_HANDLERS } from './exploration.use-cases';
import { ExplorationProjections } from './projections/exploration-projections';
import { GoalWriter } from './shared/goal-writer';

/** The exploration context: goal use cases over one event store and its read models. */
@Module({})
export class ExplorationModule {
  static forRoot(deps: ServiceDeps): DynamicModule {
    return serviceModule(ExplorationModule, deps, {
      controllers: EXPLORATION_CONTROLLERS,
      providers: [ExplorationProjections, GoalWriter, ...EXPLORATION_HANDLERS],
      readModels: ExplorationProjections,
    });
  }
}
