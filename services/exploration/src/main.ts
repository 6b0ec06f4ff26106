import 'reflect-metadata';
import { serviceMain } from '@rapport/service-skeleton';
import { explorationAppOptions } from './exploration.app';
import { EXPLORATION_SERVICE, loadExplorationConfig } from './exploration.config';
import { ExplorationModule } from './exploration.module';

const config = loadExplorationConfig();

serviceMain({
  name: EXPLORATION_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_EXPLORATION_DB,
  // Goals publish no integration events yet and it consumes none, so it needs no topic of its own.
  topics: [],
  module: (deps) => ExplorationModule.forRoot(deps),
  appOptions: (logger) => explorationAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
});
