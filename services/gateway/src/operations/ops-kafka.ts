import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { KAFKA } from '@rapport/service-skeleton';

/**
 * One Kafka admin client and one producer for the operations routes, connected on first use and
 * kept: a connection per request would cost a broker handshake each time and leave sockets
 * behind when a caller gives up. A failed connection is forgotten, so the next call tries again.
 */
@Injectable()
export class OpsKafka implements OnApplicationShutdown {
  private adminClient?: Promise<Admin>;
  private producerClient?: Promise<Producer>;

  constructor(@Inject(KAFKA) readonly kafka: Kafka) {}

  admin(): Promise<Admin> {
    this.adminClient ??= this.connect(this.kafka.admin(), () => (this.adminClient = undefined));
    return this.adminClient;
  }

  /** Idempotent, one request in flight: a replay is sent once even when the broker retries. */
  producer(): Promise<Producer> {
    this.producerClient ??= this.connect(
      this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
      () => (this.producerClient = undefined),
    );
    return this.producerClient;
  }

  async onApplicationShutdown(): Promise<void> {
    const clients = [this.adminClient, this.producerClient];
    this.adminClient = this.producerClient = undefined;
    await Promise.allSettled(clients.map(async (client) => (await client)?.disconnect()));
  }

  private async connect<T extends Admin | Producer>(client: T, forget: () => void): Promise<T> {
    try {
      await client.connect();
      return client;
    } catch (error) {
      forget();
      await client.disconnect().catch(() => undefined);
      throw error;
    }
  }
}
