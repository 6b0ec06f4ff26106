import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { EXPLORATION_SERVICE } from './exploration.config';
import { explorationProblemMappers } from './shared/goal-problems';

/** How the exploration service is served; main and the tests build the same app from this. */
export function explorationAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: EXPLORATION_SERVICE,
    publicKeyPem,
    problemMappers: explorationProblemMappers,
    openApi: {
      title: 'Rapport exploration',
      version: '1',
      description:
        'What the conversations are for: exploration goals with their questions, the relationships serving them, a reflection per conversation and the member’s decision.',
    },
    ...(logger ? { logger } : {}),
  };
}
