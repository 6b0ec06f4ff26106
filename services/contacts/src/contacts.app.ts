import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { CONTACTS_SERVICE } from './contacts.config';
import { importFileProblemMapper } from './import-contacts/import-file-problems';
import { contactProblemMappers } from './shared/contact-problems';

/** How the contacts service is served; main and the tests build the same app from this. */
export function contactsAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: CONTACTS_SERVICE,
    publicKeyPem,
    problemMappers: [...contactProblemMappers, importFileProblemMapper],
    openApi: {
      title: 'Rapport contacts',
      version: '1',
      description:
        'A member’s contact book: contacts, referrals, research notes, import and export.',
    },
    ...(logger ? { logger } : {}),
  };
}
