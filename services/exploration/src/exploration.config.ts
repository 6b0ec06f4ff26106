import { z } from 'zod';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';

export const EXPLORATION_SERVICE = 'exploration';

const explorationEnv = baseServiceEnv.extend({
  PORT: servicePort(4105),
  RAPPORT_EXPLORATION_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_exploration'),
});

export type ExplorationConfig = z.output<typeof explorationEnv>;

export function loadExplorationConfig(env: NodeJS.ProcessEnv = process.env): ExplorationConfig {
  return loadConfig(explorationEnv, env);
}
