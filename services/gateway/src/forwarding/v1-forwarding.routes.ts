import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BODY_POLICY_CONFIG, type BodyPolicy } from '@rapport/platform/http';
import { CallerResolver } from '../callers/caller-resolver';
import { V1Forwarding } from './v1-forwarding';
import { V1_CATCH_ALL, V1ReadLane } from './v1-read-lane';

// Import files are the one body that is not JSON; the contacts service checks them in detail.
const IMPORT_BODY: BodyPolicy = {
  mediaTypes: ['text/csv', 'text/vcard', 'text/x-vcard', 'text/plain', 'application/octet-stream'],
  limitBytes: 5 * 1024 * 1024 + 64 * 1024,
  anyCharset: true,
};

/**
 * The /v1 forwarding as plain Fastify routes on the app's instance rather than a Nest controller.
 * Every forwarded call is the gateway's hot path, and Nest's router added its execution context,
 * the global internal-token guard (a metadata lookup that only found `@Public`), parameter
 * decorators and a promise chain per call, for a handler that needs none of them. What the rest
 * of the app relies on still applies, because it lives on the Fastify instance: the platform's
 * hooks (correlation id, body gates and limits by route config, metrics), cookies, security
 * headers and CORS; a thrown problem reaches the app's error handler, Nest's problem+json filter.
 * The gateway's own /v1 routes (admin, audit, webhooks, the document) are more specific, so
 * Fastify's router prefers them to this catch-all whichever was registered first.
 * Most reads do not reach these routes at all: `V1ReadLane` answers a bearer GET in front of
 * Fastify, and hands a refused one back here with its error.
 */
@Injectable()
export class V1ForwardingRoutes implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly forwarding: V1Forwarding,
    private readonly callers: CallerResolver,
  ) {}

  // At bootstrap, not module init: Fastify gives a route the error handler set when the route is
  // added, and Nest sets its problem+json handler after the modules' init hooks.
  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const lane = new V1ReadLane(fastify, this.callers, this.forwarding);
    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const failure = lane.failureOf(request.raw);
      if (failure !== undefined) throw failure;
      await this.forwarding.forward(request, reply);
      return reply;
    };
    fastify.route({
      method: 'POST',
      url: '/v1/members/:memberId/contact-imports',
      config: { [BODY_POLICY_CONFIG]: IMPORT_BODY },
      handler,
    });
    fastify.all(V1_CATCH_ALL, handler);
    lane.install();
  }
}
