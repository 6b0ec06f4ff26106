import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { OUTREACH_SERVICE } from './outreach.config';
import { outreachProblemMappers } from './shared/outreach-problems';

/** How the outreach service is served; main and the tests build the same app from this. */
export function outreachAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: OUTREACH_SERVICE,
    publicKeyPem,
    problemMappers: outreachProblemMappers,
    openApi: {
      title: 'Rapport outreach',
      version: '1',
      description:
        'Asking for an informational interview: drafts with guidance, sending, follow-ups in the same thread, responses, and the pipeline.',
    },
    ...(logger ? { logger } : {}),
  };
}
