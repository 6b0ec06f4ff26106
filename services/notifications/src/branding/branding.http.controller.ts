import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { singleLine } from '@rapport/platform';
import { z } from 'zod';
import {
  ApiAnswers,
  Ctx,
  ForbiddenProblem,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { type Clock, CLOCK } from '@rapport/service-skeleton';
import { BrandingStore } from './branding.store';
import { brandingResponse } from '../shared/notification-responses';

const brandingSchema = z
  .object({
    institutionName: singleLine().trim().min(1).max(120),
    accentColour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'),
  })
  .strict();
type BrandingBody = z.infer<typeof brandingSchema>;

/** The institution's name and colour in every email; set by its admins. */
@ApiTags('branding')
@Controller('institution/branding')
export class BrandingController {
  constructor(
    @Inject(BrandingStore) private readonly store: BrandingStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiAnswers({ 200: brandingResponse })
  get(@Ctx() ctx: RequestContext) {
    return this.store.get(ctx.tenantId);
  }

  @Put()
  @ApiAnswers({ 200: brandingResponse })
  @ApiBody({ schema: zodToOpenApi(brandingSchema) })
  async put(@Ctx() ctx: RequestContext, @Body(new ZodPipe(brandingSchema)) body: BrandingBody) {
    if (ctx.actor.role !== 'admin')
      throw new ForbiddenProblem('only the institution’s administrators brand its mail');
    await this.store.set(ctx.tenantId, body, this.clock());
    return this.store.get(ctx.tenantId);
  }
}
