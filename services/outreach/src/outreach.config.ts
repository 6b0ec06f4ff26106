import { z } from 'zod';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';

export const OUTREACH_SERVICE = 'outreach';

const outreachEnv = baseServiceEnv.extend({
  PORT: servicePort(4102),
  RAPPORT_OUTREACH_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_outreach'),
  /** When set, the consumer groups are `<prefix>-contact-directory` and `<prefix>-email-replies`. */
  RAPPORT_OUTREACH_BRIDGE_GROUP: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/)
      .optional(),
  ),
});

export type OutreachConfig = z.output<typeof outreachEnv>;

export function loadOutreachConfig(env: NodeJS.ProcessEnv = process.env): OutreachConfig {
  return loadConfig(outreachEnv, env);
}
