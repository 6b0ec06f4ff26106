import {
  Controller,
  Get,
  Header,
  Inject,
  type OnApplicationShutdown,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { type FastifyReply } from 'fastify';
import { collectProcessMetrics, metricsRegistry } from '../metrics';
import { ApiAnswers } from './api-answers';
import { HEALTH_PROBES, type HealthProbe } from './health-probes';
import { Public } from './internal-auth.guard';

/** GET /health (Terminus, one indicator per probe) and GET /metrics (Prometheus text format). */
@ApiTags('operations')
@Public()
@Controller()
export class OperationsController implements OnApplicationShutdown {
  constructor(
    @Inject(HealthCheckService) private readonly healthCheck: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_PROBES) private readonly probes: HealthProbe[],
  ) {
    collectProcessMetrics();
  }

  @Get('health')
  @HealthCheck()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.healthCheck.check(this.probes.map((probe) => () => this.indicate(probe)));
    } catch (error) {
      // Terminus reports "down" by throwing; orchestrators want the 503 with the details as the
      // body, not a problem document.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  @Get('metrics')
  @ApiAnswers({ 200: { mediaType: 'text/plain', description: 'Prometheus text format' } })
  @Header('content-type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.probes.map(async (probe) => probe.close?.()));
  }

  private async indicate(probe: HealthProbe): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(probe.name);
    try {
      await probe.check();
      return probe.note ? indicator.up({ note: probe.note }) : indicator.up();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return indicator.down({ message: message.slice(0, 200) });
    }
  }
}
