import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CORRELATION_ID_HEADER,
  ForbiddenProblem,
  NotFoundProblem,
  parseOrProblem,
  Public,
} from '@rapport/platform/http';
import { CallerResolver } from '../../callers/caller-resolver';
import { PartnerClients } from '../../partners/partner-clients';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks.config';
import { Inject } from '@nestjs/common';
import { type WebhookOwner, WebhookAdministration } from './webhook-administration';
import { deliveryQuery, subscriptionBody } from './webhook-requests';

/**
 * An institution's admins manage the webhooks of its partner apps. Public to the internal-token
 * guard: the gateway checks outside credentials itself. Another institution's app is not found.
 */
@Public()
@Controller('v1/admin/partner-apps/:clientId/webhooks')
export class PartnerAppWebhooksController {
  private readonly body;

  constructor(
    private readonly callers: CallerResolver,
    private readonly partnerClients: PartnerClients,
    private readonly webhooks: WebhookAdministration,
    @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings,
  ) {
    this.body = subscriptionBody(settings.production);
  }

  @Post()
  async create(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Body() raw: unknown,
  ) {
    const owner = await this.ownerOf(request, reply, clientId);
    const created = await this.webhooks.create(owner, parseOrProblem(this.body, raw));
    void reply.header(
      'location',
      `/v1/admin/partner-apps/${clientId}/webhooks/${created.subscriptionId}`,
    );
    return created;
  }

  @Get()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
  ) {
    return this.webhooks.list(await this.ownerOf(request, reply, clientId));
  }

  @Get(':subscriptionId')
  async get(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    return this.webhooks.get(await this.ownerOf(request, reply, clientId), subscriptionId);
  }

  @Post(':subscriptionId/disable')
  @HttpCode(200)
  async disable(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    const owner = await this.ownerOf(request, reply, clientId);
    return this.webhooks.setEnabled(owner, subscriptionId, false);
  }

  @Post(':subscriptionId/enable')
  @HttpCode(200)
  async enable(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    const owner = await this.ownerOf(request, reply, clientId);
    return this.webhooks.setEnabled(owner, subscriptionId, true);
  }

  @Post(':subscriptionId/secret-rotation')
  @HttpCode(200)
  async rotate(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    return this.webhooks.rotate(await this.ownerOf(request, reply, clientId), subscriptionId);
  }

  @Get(':subscriptionId/deliveries')
  async deliveries(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
    @Query() rawQuery: unknown,
  ) {
    const owner = await this.ownerOf(request, reply, clientId);
    const { before, limit } = parseOrProblem(deliveryQuery, rawQuery, 'query');
    const page = before === undefined ? { limit } : { before, limit };
    return this.webhooks.deliveryLog(owner, subscriptionId, page);
  }

  @Get(':subscriptionId/deliveries/:deliveryId')
  async delivery(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
    @Param('deliveryId') deliveryId: string,
  ) {
    const owner = await this.ownerOf(request, reply, clientId);
    return this.webhooks.delivery(owner, subscriptionId, deliveryId);
  }

  @Post(':subscriptionId/deliveries/:deliveryId/redelivery')
  @HttpCode(202)
  async redeliver(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
    @Param('subscriptionId') subscriptionId: string,
    @Param('deliveryId') deliveryId: string,
  ) {
    const owner = await this.ownerOf(request, reply, clientId);
    return this.webhooks.redeliver(owner, subscriptionId, deliveryId);
  }

  /** Who asks is checked before what they sent: a non-admin learns nothing from validation. */
  private async ownerOf(
    request: FastifyRequest,
    reply: FastifyReply,
    clientId: string,
  ): Promise<WebhookOwner> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'admin') {
      throw new ForbiddenProblem('Only an institution’s admins manage its partner apps’ webhooks');
    }
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
