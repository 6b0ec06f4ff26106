import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { CONTACTS_SERVICE } from './contacts.config';
import { IMPORT_CONTENT_TYPES } from './import-contacts/import-contacts.http.controller';
import { importFileProblemMapper } from './import-contacts/import-file-problems';
import { IMPORT_LIMITS } from './import-contacts/parsing';
import { contactProblemMappers } from './shared/contact-problems';

/** Room for the largest import file plus the request around it. */
const BODY_LIMIT = IMPORT_LIMITS.maxBytes + 64 * 1024;

/** How the contacts service is served; main and the tests build the same app from this. */
export function contactsAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: CONTACTS_SERVICE,
    publicKeyPem,
    bodyLimitBytes: BODY_LIMIT,
    rawBodyContentTypes: IMPORT_CONTENT_TYPES,
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
