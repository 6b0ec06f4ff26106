import { Controller, HttpCode, Inject, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  ApiAnswers,
  ApiProblems,
  AcceptsBody,
  JSON_MEDIA_TYPE,
  PayloadTooLargeProblem,
  ProblemError,
  Public,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from '@rapport/platform/http';
import { type Clock, CLOCK } from '@rapport/service-skeleton';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../shared/webhook-settings';
import { MAX_EVENTS_PER_POST } from './event-webhook.events';
import { DeliveryEventRecorder, type EventBatchOutcome } from './event-webhook.recorder';
import {
  EventWebhookSignature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from './event-webhook.signature';
import { eventBatchResponse } from '../shared/notification-responses';

/** SendGrid posts batches well under a megabyte. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const headerValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;

/**
 * SendGrid's Event Webhook: delivery and engagement events of the mail this service sent. Public
 * (SendGrid holds no internal token) but signed: nothing is read from a post whose signature does
 * not verify, and nothing at all is accepted while no verification key is configured.
 */
@ApiTags('webhooks')
@Controller('webhooks/sendgrid')
export class EventWebhookController {
  private readonly signature: EventWebhookSignature | undefined;

  constructor(
    @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings,
    @Inject(DeliveryEventRecorder) private readonly recorder: DeliveryEventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.signature = settings.eventWebhookPublicKey
      ? new EventWebhookSignature(settings.eventWebhookPublicKey)
      : undefined;
  }

  @Public()
  @Post('events')
  @ApiProblems(401, 503)
  @ApiAnswers({ 200: eventBatchResponse })
  @AcceptsBody({ mediaTypes: [JSON_MEDIA_TYPE], limitBytes: MAX_BODY_BYTES })
  @HttpCode(200)
  async receive(@Req() request: RawBodyRequest<FastifyRequest>): Promise<EventBatchOutcome> {
    if (!this.signature) {
      throw new ProblemError(
        503,
        'webhook-not-configured',
        'The webhook is not configured',
        'No Event Webhook verification key is configured; events are refused until one is.',
      );
    }
    const raw = request.rawBody;
    if (!raw) throw new UnsupportedMediaTypeProblem('Events are posted as application/json.');
    if (raw.length > MAX_BODY_BYTES) {
      throw new PayloadTooLargeProblem(`An event post may have at most ${MAX_BODY_BYTES} bytes.`);
    }
    this.signature.assertSigned(
      raw,
      headerValue(request.headers[SIGNATURE_HEADER]),
      headerValue(request.headers[TIMESTAMP_HEADER]),
      this.clock(),
    );
    const batch: unknown = request.body;
    if (!Array.isArray(batch)) {
      throw new ValidationProblem([{ pointer: '', detail: 'Expected an array of events' }]);
    }
    if (batch.length > MAX_EVENTS_PER_POST) {
      throw new PayloadTooLargeProblem(`A post may carry at most ${MAX_EVENTS_PER_POST} events.`);
    }
    return this.recorder.record(batch);
  }
}
