import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import type { Logger } from '@rapport/platform';
import type { ConsumedEvent } from './consumed-event';
import { EventConsumer } from './event-consumer';

/** A class the handler needs, taken from the service's container when the consumer starts. */
export type ConsumerDependency<D> = abstract new (...args: never[]) => D;

/**
 * A consumer as data: which group (after the service's prefix), which topics, and what to do with
 * each event. The runtime builds and starts it, so consumers stop differing only in their names.
 */
export interface ConsumerDeclaration<D = unknown> {
  /** The group's suffix; the group is `<prefix>-<group>`, the prefix being the service's name. */
  readonly group: string;
  readonly topics: readonly string[];
  readonly uses: ConsumerDependency<D>;
  // A method, not a property: a list of declarations then holds handlers of any dependency.
  handle(dependency: D, event: ConsumedEvent, logger: Logger): Promise<void>;
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
}

export interface DeclaredConsumerOptions<D> {
  readonly kafka: Kafka;
  readonly db: Db;
  readonly logger: Logger;
  readonly dependency: D;
  readonly groupId: string;
  /** Tests read their own topics, so suites do not share partitions. */
  readonly topics?: readonly string[];
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
}

/** The consumer a declaration describes; a new deployment reads its topics from the beginning. */
export function consumerFrom<D>(
  declaration: ConsumerDeclaration<D>,
  options: DeclaredConsumerOptions<D>,
): EventConsumer {
  const maxAttempts = options.maxAttempts ?? declaration.maxAttempts;
  const retryDelayMs = options.retryDelayMs ?? declaration.retryDelayMs;
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId,
    topics: options.topics ?? declaration.topics,
    logger: options.logger,
    fromBeginning: true,
    ...(maxAttempts ? { maxAttempts } : {}),
    ...(retryDelayMs ? { retryDelayMs } : {}),
    handle: (event, logger) => declaration.handle(options.dependency, event, logger),
  });
}

/** The consumers of a service, each in the group `<groupPrefix>-<group>`. */
export function consumersFrom(
  declarations: readonly ConsumerDeclaration[],
  deps: {
    readonly kafka: Kafka;
    readonly db: Db;
    readonly logger: Logger;
    readonly groupPrefix: string;
    readonly resolve: (dependency: ConsumerDependency<unknown>) => unknown;
  },
): EventConsumer[] {
  return declarations.map((declaration) =>
    consumerFrom(declaration, {
      kafka: deps.kafka,
      db: deps.db,
      logger: deps.logger,
      dependency: deps.resolve(declaration.uses),
      groupId: `${deps.groupPrefix}-${declaration.group}`,
    }),
  );
}
