import { z } from 'zod';
import { topicFor } from '@rapport/contracts';
import { isTimeZone } from '@rapport/platform/zoned-time';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';

export const EXPLORATION_SERVICE = 'exploration';

const explorationEnv = baseServiceEnv.extend({
  PORT: servicePort(4105),
  RAPPORT_EXPLORATION_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_exploration'),
  /** When set, the consumer group is `<prefix>-member-activity`. */
  RAPPORT_EXPLORATION_BRIDGE_GROUP: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/)
      .optional(),
  ),
  /** Where "3 business days" are counted until members' own zones reach this context. */
  RAPPORT_EXPLORATION_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
    .default('Europe/London'),
  RAPPORT_EXPLORATION_CONTACTS_TOPIC: z.string().default(topicFor('contacts')),
  RAPPORT_EXPLORATION_OUTREACH_TOPIC: z.string().default(topicFor('outreach')),
  RAPPORT_EXPLORATION_INTERVIEWS_TOPIC: z.string().default(topicFor('interviews')),
  RAPPORT_EXPLORATION_RELATIONSHIP_TOPIC: z.string().default(topicFor('relationship')),
  /** Where outreach's composer answers, for the phone script beside the log form. */
  RAPPORT_EXPLORATION_OUTREACH_URL: z.url().default('http://127.0.0.1:4102'),
  /**
   * The internal key that signs the call to the composer on the member's behalf (as the gateway
   * and the relationship worker sign theirs); without it the script route answers 503.
   */
  RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  /** The goals' own topic, which the institution tallies read back (the relay writes it). */
  RAPPORT_EXPLORATION_GOALS_TOPIC: z.string().default(topicFor('exploration')),
});

export type ExplorationConfig = z.output<typeof explorationEnv>;

export function loadExplorationConfig(env: NodeJS.ProcessEnv = process.env): ExplorationConfig {
  return loadConfig(explorationEnv, env);
}
