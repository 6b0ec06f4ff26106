import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Caller } from '../callers/caller';
import { ServiceForwarder } from '../forwarding/service-forwarder';
import { UPSTREAM_SERVICES, type UpstreamService } from '../forwarding/upstream-routes';

const listAnswer = z.object({ readModels: z.array(z.object({ name: z.string() })) });

export interface ServiceAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * The services' read-model operations, called as the operator through the forwarder (the same
 * internal token and pools as /v1 forwarding): the services decide, the gateway gathers.
 */
@Injectable()
export class ServiceReadModels {
  constructor(private readonly forwarder: ServiceForwarder) {}

  /** Every service's read models; a service that does not answer is listed as unavailable. */
  async list(caller: Caller, correlationId: string) {
    const services = await Promise.all(
      UPSTREAM_SERVICES.map(async (service) => {
        try {
          const answer = await this.call(service, 'GET', '/ops/read-models', caller, correlationId);
          const parsed = answer.status === 200 ? listAnswer.safeParse(answer.body) : undefined;
          if (parsed?.success) return { service, status: 'ok' as const, ...parsed.data };
        } catch {
          // Down or unregistered: said in the answer, not thrown, so the others still show.
        }
        return { service, status: 'unavailable' as const, readModels: [] };
      }),
    );
    return { services };
  }

  async call(
    service: UpstreamService,
    method: 'GET' | 'POST',
    path: string,
    caller: Caller,
    correlationId: string,
  ): Promise<ServiceAnswer> {
    const answer = await this.forwarder.forward(
      { service, path },
      caller,
      { method, headers: { accept: 'application/json' }, body: undefined },
      correlationId,
    );
    const text = answer.body.toString('utf8');
    return { status: answer.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }
}
