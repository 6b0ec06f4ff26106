import { Controller, Get, Header, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ApiAnswers,
  AcceptsBody,
  FORM_MEDIA_TYPE,
  NotFoundProblem,
  Public,
  ZodPipe,
} from '@rapport/platform/http';
import { type Clock, CLOCK } from '@rapport/service-skeleton';
import { SuppressionStore } from '../threads/suppressions.store';
import { UnsubscribeTokens } from './unsubscribe-token';
import { unsubscribedResponse } from '../shared/notification-responses';

// In the query rather than the path: the signed token is longer than a path parameter may be.
const tokenQuery = z.object({ token: z.string().min(20).max(1000) }).strict();

/**
 * The contact's way out, without logging in: the link in every outreach email (GET shows a page
 * with a button, so mail scanners that follow links opt nobody out) and RFC 8058 one-click POST
 * from the mail client. Only a link this service signed is honoured.
 */
@ApiTags('unsubscribe')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    @Inject(UnsubscribeTokens) private readonly tokens: UnsubscribeTokens,
    @Inject(SuppressionStore) private readonly suppressions: SuppressionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Get()
  @ApiAnswers({ 200: { mediaType: 'text/html', description: 'The confirmation page' } })
  @Header('content-type', 'text/html; charset=utf-8')
  async page(@Query(new ZodPipe(tokenQuery, 'query')) { token }: { token: string }) {
    await this.claimOf(token);
    return [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe</title></head>',
      '<body style="font-family:Helvetica,Arial,sans-serif;max-width:520px;margin:40px auto">',
      '<h1>Stop these requests?</h1>',
      '<p>You received a request for a short conversation sent through Rapport. Confirm below and no more requests or follow-ups will be sent to this address through Rapport on behalf of this institution.</p>',
      `<form method="post" action="?token=${encodeURIComponent(token)}"><button type="submit">Unsubscribe</button></form>`,
      '</body></html>',
    ].join('\n');
  }

  @Public()
  @Post()
  @ApiAnswers({ 200: unsubscribedResponse })
  // RFC 8058: the mail client posts "List-Unsubscribe=One-Click" as either kind of form; the
  // body is not read (the signed token in the query is the proof).
  @AcceptsBody({ mediaTypes: [FORM_MEDIA_TYPE, 'multipart/form-data'], limitBytes: 4096 })
  @HttpCode(200)
  async unsubscribe(@Query(new ZodPipe(tokenQuery, 'query')) { token }: { token: string }) {
    const claim = await this.claimOf(token);
    await this.suppressions.suppress(
      claim.tenantId,
      claim.addressHash,
      'unsubscribed',
      this.clock(),
    );
    return { unsubscribed: true };
  }

  private async claimOf(token: string) {
    const claim = await this.tokens.verify(token);
    if (!claim) throw new NotFoundProblem('this unsubscribe link is not valid');
    return claim;
  }
}
