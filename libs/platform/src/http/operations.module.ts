import {
  type DynamicModule,
  type InjectionToken,
  Module,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HEALTH_PROBES, type HealthProbe } from './health-probes';
import { OperationsController } from './operations.controller';

export interface HealthProbesFactory {
  /** Modules exporting what `inject` names (e.g. the one providing the Db or Kafka client). */
  imports?: ModuleMetadata['imports'];
  inject?: Array<InjectionToken | OptionalFactoryDependency>;
  useFactory: (...args: never[]) => HealthProbe[] | Promise<HealthProbe[]>;
}

/**
 * /health and /metrics for a service: `OperationsModule.forRoot({ inject: [DB], useFactory: (db) =>
 * [mongoProbe(db)] })` in the root module's imports.
 */
@Module({})
export class OperationsModule {
  static forRoot(probes: HealthProbesFactory): DynamicModule {
    return {
      module: OperationsModule,
      imports: [TerminusModule.forRoot(), ...(probes.imports ?? [])],
      controllers: [OperationsController],
      providers: [
        {
          provide: HEALTH_PROBES,
          inject: probes.inject ?? [],
          useFactory: probes.useFactory as (...args: unknown[]) => HealthProbe[],
        },
      ],
    };
  }
}
