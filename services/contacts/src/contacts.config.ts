import { z } from 'zod';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';

export const CONTACTS_SERVICE = 'contacts';

const contactsEnv = baseServiceEnv.extend({
  PORT: servicePort(4101),
  RAPPORT_CONTACTS_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_contacts'),
});

export type ContactsConfig = z.output<typeof contactsEnv>;

export function loadContactsConfig(env: NodeJS.ProcessEnv = process.env): ContactsConfig {
  return loadConfig(contactsEnv, env);
}
