import { Controller, Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_ID_HEADER, ForbiddenProblem, Public } from '@rapport/platform/http';
import { CallerResolver } from '../../callers/caller-resolver';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks.config';
import { type WebhookOwner, WebhookAdministration } from './webhook-administration';
import { WebhookRoutes } from './webhook-routes';

/**
 * A partner app manages its own webhooks with a token that carries `events:subscribe`. It reaches
 * only its own subscriptions: the app is the token's client, never a path parameter.
 */
@Public()
@Controller('v1/webhooks')
export class OwnWebhooksController extends WebhookRoutes {
  constructor(
    private readonly callers: CallerResolver,
    webhooks: WebhookAdministration,
    @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings,
  ) {
    super(webhooks, settings);
  }

  protected async ownerOf(request: FastifyRequest, reply: FastifyReply): Promise<WebhookOwner> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'partner' || !caller.scopes.includes('events:subscribe')) {
      throw new ForbiddenProblem('A partner app with the events:subscribe scope manages these');
    }
    return {
      tenantId: caller.tenantId,
      clientId: caller.actorId,
      actor: { id: caller.actorId, role: 'partner' },
      requestId: String(reply.getHeader(CORRELATION_ID_HEADER)),
    };
  }
}
