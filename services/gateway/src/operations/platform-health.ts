import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import type { Db } from 'mongodb';
import { serverAddresses } from '@rapport/platform';
import { mongoProbe, temporalProbe } from '@rapport/platform/http';
import { CLOCK, type Clock, DB } from '@rapport/service-skeleton';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { PlatformHealth, ServerHealthLine } from './operations.answers';
import { OpsKafka } from './ops-kafka';
import { registeredServices, type RegisteredService } from './registered-services';
import { checkService } from './service-health';

// Well under a browser's patience: the slowest probe decides how long the whole answer takes.
const PROBE_TIMEOUT_MS = 2_500;

type ServerName = ServerHealthLine['name'];

/**
 * Every registered service's /health and the servers they share, checked in parallel. The
 * servers are checked from here (the gateway reaches the same ones), not read off a service's
 * report, so a server shows up even when every service using it is down.
 */
@Injectable()
export class PlatformHealthCheck implements OnApplicationShutdown {
  private readonly services: readonly RegisteredService[];
  private readonly temporal: Connection;
  private readonly sendgridHealthUrl: string;
  private readonly servers: Readonly<Record<ServerName, () => Promise<void>>>;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(DB) db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly kafka: OpsKafka,
  ) {
    const addresses = serverAddresses(process.env);
    this.services = registeredServices(process.env, config.PORT);
    // Lazy: the gateway starts (and answers this route) while Temporal is still down.
    this.temporal = Connection.lazy({ address: addresses.temporalAddress });
    this.sendgridHealthUrl = `${addresses.sendgridUrl.replace(/\/+$/, '')}/health`;
    const mongo = mongoProbe(db);
    const temporal = temporalProbe(this.temporal);
    this.servers = {
      ferretdb: () => mongo.check(),
      kafka: async () => {
        const cluster = await (await this.kafka.admin()).describeCluster();
        if (cluster.brokers.length === 0) throw new Error('Kafka reports no brokers');
      },
      temporal: () => temporal.check(),
      sendgrid: async () => {
        const response = await fetch(this.sendgridHealthUrl);
        if (!response.ok) throw new Error(`its /health answered ${response.status}`);
      },
    };
  }

  async check(): Promise<PlatformHealth> {
    const [services, servers] = await Promise.all([
      Promise.all(this.services.map((service) => checkService(service, PROBE_TIMEOUT_MS))),
      Promise.all(
        (Object.keys(this.servers) as ServerName[]).map((name) => this.checkServer(name)),
      ),
    ]);
    const allUp = [...services, ...servers].every((line) => line.status === 'up');
    return {
      status: allUp ? 'ok' : 'degraded',
      checkedAt: this.clock().toISOString(),
      services,
      servers,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.close().catch(() => undefined);
  }

  private async checkServer(name: ServerName): Promise<ServerHealthLine> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.servers[name](), timeout]);
      return { name, status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return {
        name,
        status: 'down',
        latencyMs: Math.round(performance.now() - started),
        message: (message ?? '').slice(0, 200),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}
