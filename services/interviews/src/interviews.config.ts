import { z } from 'zod';
import { topicFor } from '@rapport/contracts';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';

export const INTERVIEWS_SERVICE = 'interviews';

const interviewsEnv = baseServiceEnv.extend({
  PORT: servicePort(4103),
  RAPPORT_INTERVIEWS_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_interviews'),
  /** When set, the consumer groups are `<prefix>-calendar-replies`, `<prefix>-accepted-requests` and `<prefix>-erased-contacts`. */
  RAPPORT_INTERVIEWS_BRIDGE_GROUP: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/)
      .optional(),
  ),
  RAPPORT_INTERVIEWS_CONTACTS_TOPIC: z.string().default(topicFor('contacts')),
  RAPPORT_INTERVIEWS_OUTREACH_TOPIC: z.string().default(topicFor('outreach')),
  RAPPORT_INTERVIEWS_NOTIFICATIONS_TOPIC: z.string().default(topicFor('notifications')),
  /**
   * The domain whose mail reaches the notifications service's Inbound Parse (the same variable and
   * default as notifications): invitations name an address there as ORGANIZER, so calendar
   * answers come back to us.
   */
  RAPPORT_REPLY_DOMAIN: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)
      .default('reply.rapport.localhost'),
  ),
});

export type InterviewsConfig = z.output<typeof interviewsEnv>;

export function loadInterviewsConfig(env: NodeJS.ProcessEnv = process.env): InterviewsConfig {
  return loadConfig(interviewsEnv, env);
}
