import { Body, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAnswers, ApiProblems, parseOrProblem, zodToOpenApi } from '@rapport/platform/http';
import type { WebhookSettings } from '../webhooks.config';
import {
  createdSubscriptionAnswer,
  deliveryAnswer,
  deliveryLogAnswer,
  redeliveryAnswer,
  rotationAnswer,
  subscriptionAnswer,
  subscriptionsAnswer,
} from './webhook-answers';
import type { WebhookAdministration, WebhookOwner } from './webhook-administration';
import { deliveryQuery, subscriptionBody } from './webhook-requests';

/**
 * The webhook routes, once: an admin's (for one of the institution's apps) and a partner app's
 * own (for itself) differ only in who may call them and whose subscriptions they reach, which
 * each subclass says in `ownerOf`. Who asks is checked before what they sent.
 */
export abstract class WebhookRoutes {
  private readonly body;

  protected constructor(
    private readonly webhooks: WebhookAdministration,
    settings: WebhookSettings,
  ) {
    this.body = subscriptionBody(settings.loopbackReceivers);
  }

  protected abstract ownerOf(request: FastifyRequest, reply: FastifyReply): Promise<WebhookOwner>;

  @Post()
  @ApiAnswers({ 201: createdSubscriptionAnswer })
  @ApiProblems(409)
  @ApiBody({ schema: zodToOpenApi(subscriptionBody(false)) })
  async create(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() raw: unknown,
  ) {
    const owner = await this.ownerOf(request, reply);
    const created = await this.webhooks.create(owner, parseOrProblem(this.body, raw));
    const collection = request.url.split('?')[0]?.replace(/\/+$/, '') ?? '';
    void reply.header('location', `${collection}/${created.subscriptionId}`);
    return created;
  }

  @Get()
  @ApiAnswers({ 200: subscriptionsAnswer })
  async list(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.webhooks.list(await this.ownerOf(request, reply));
  }

  @Get(':subscriptionId')
  @ApiAnswers({ 200: subscriptionAnswer })
  async get(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    return this.webhooks.get(await this.ownerOf(request, reply), subscriptionId);
  }

  @Post(':subscriptionId/disable')
  @HttpCode(200)
  @ApiAnswers({ 200: subscriptionAnswer })
  async disable(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    return this.webhooks.setEnabled(await this.ownerOf(request, reply), subscriptionId, false);
  }

  @Post(':subscriptionId/enable')
  @HttpCode(200)
  @ApiAnswers({ 200: subscriptionAnswer })
  async enable(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    return this.webhooks.setEnabled(await this.ownerOf(request, reply), subscriptionId, true);
  }

  @Post(':subscriptionId/secret-rotation')
  @HttpCode(200)
  @ApiAnswers({ 200: rotationAnswer })
  async rotate(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
  ) {
    return this.webhooks.rotate(await this.ownerOf(request, reply), subscriptionId);
  }

  @Get(':subscriptionId/deliveries')
  @ApiAnswers({ 200: deliveryLogAnswer })
  async deliveries(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
    @Query() rawQuery: unknown,
  ) {
    const owner = await this.ownerOf(request, reply);
    const { before, limit } = parseOrProblem(deliveryQuery, rawQuery, 'query');
    const page = before === undefined ? { limit } : { before, limit };
    return this.webhooks.deliveryLog(owner, subscriptionId, page);
  }

  @Get(':subscriptionId/deliveries/:deliveryId')
  @ApiAnswers({ 200: deliveryAnswer })
  async delivery(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
    @Param('deliveryId') deliveryId: string,
  ) {
    const owner = await this.ownerOf(request, reply);
    return this.webhooks.delivery(owner, subscriptionId, deliveryId);
  }

  @Post(':subscriptionId/deliveries/:deliveryId/redelivery')
  @HttpCode(202)
  @ApiAnswers({ 202: redeliveryAnswer })
  @ApiProblems(409)
  async redeliver(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('subscriptionId') subscriptionId: string,
    @Param('deliveryId') deliveryId: string,
  ) {
    const owner = await this.ownerOf(request, reply);
    return this.webhooks.redeliver(owner, subscriptionId, deliveryId);
  }
}
