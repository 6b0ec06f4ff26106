import { z } from 'zod';
import { topicFor } from '@rapport/contracts';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';
import type { EventSourcedServiceOptions } from '../index';
import { contactsAdded } from './greetings.consumers';
import { GreetingsModule } from './greetings.module';

const greetingsEnv = baseServiceEnv.extend({
  PORT: servicePort(4199),
  RAPPORT_GREETINGS_DB: z.string().default('rapport_greetings'),
  RAPPORT_GREETINGS_CONTACTS_TOPIC: z.string().default(topicFor('contacts')),
});

/** The example service's process, from its typed configuration. */
export function greetingsService(env: NodeJS.ProcessEnv): EventSourcedServiceOptions {
  const config = loadConfig(greetingsEnv, env);
  const publicKeyPem = config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY;
  return {
    name: 'greetings',
    port: config.PORT,
    database: config.RAPPORT_GREETINGS_DB,
    topics: [config.RAPPORT_GREETINGS_CONTACTS_TOPIC],
    module: (deps) => GreetingsModule.forRoot(deps),
    appOptions: (logger) => ({ serviceName: 'greetings', publicKeyPem, logger }),
    consumers: [contactsAdded(config.RAPPORT_GREETINGS_CONTACTS_TOPIC)],
  };
}
