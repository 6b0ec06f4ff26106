import { Controller, Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CORRELATION_ID_HEADER,
  ForbiddenProblem,
  NotFoundProblem,
  Public,
} from '@rapport/platform/http';
import { CallerResolver } from '../../callers/caller-resolver';
import { PartnerClients } from '../../partners/partner-clients';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks.config';
import { type WebhookOwner, WebhookAdministration } from './webhook-administration';
import { WebhookRoutes } from './webhook-routes';

/**
 * An institution's admins manage the webhooks of its partner apps. Public to the internal-token
 * guard: the gateway checks outside credentials itself. Another institution's app is not found.
 */
@Public()
@Controller('v1/admin/partner-apps/:clientId/webhooks')
export class PartnerAppWebhooksController extends WebhookRoutes {
  constructor(
    private readonly callers: CallerResolver,
    private readonly partnerClients: PartnerClients,
    webhooks: WebhookAdministration,
    @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings,
  ) {
    super(webhooks, settings);
  }

  protected async ownerOf(request: FastifyRequest, reply: FastifyReply): Promise<WebhookOwner> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'admin') {
      throw new ForbiddenProblem('Only an institution’s admins manage its partner apps’ webhooks');
    }
    const { clientId = '' } = request.params as { clientId?: string };
    const client = await this.partnerClients.find(clientId);
    if (!client || client.tenantId !== caller.tenantId || client.revokedAt) {
      throw new NotFoundProblem(`No partner app ${clientId} in your institution`);
    }
    return {
      tenantId: caller.tenantId,
      clientId,
      actor: { id: caller.actorId, role: 'admin' },
      requestId: String(reply.getHeader(CORRELATION_ID_HEADER)),
    };
  }
}
