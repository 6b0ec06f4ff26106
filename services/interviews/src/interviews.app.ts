import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { INTERVIEWS_SERVICE } from './interviews.config';
import { interviewProblemMappers } from './shared/interview-problems';

/** How the interviews service is served; main and the tests build the same app from this. */
export function interviewsAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: INTERVIEWS_SERVICE,
    publicKeyPem,
    problemMappers: interviewProblemMappers,
    openApi: {
      title: 'Rapport interviews',
      version: '1',
      description:
        'The conversation itself: scheduling with calendar invitations, question plans, notes, advice and commitments, thank-yous and keeping in touch.',
    },
    ...(logger ? { logger } : {}),
  };
}
