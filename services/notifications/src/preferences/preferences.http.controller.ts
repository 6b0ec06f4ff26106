import { Body, Controller, Get, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  PreconditionFailedProblem,
  type RequestContext,
  setEtag,
  versionFromIfMatch,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { DigestScheduler } from '../digest/digest-scheduler';
import { type MemberParams, memberParams } from '../shared/member-params';
import { assertCanRead, assertCanWrite } from '../shared/notifications-access';
import { type Clock, CLOCK } from '@rapport/service-skeleton';
import { type PreferencesPatch, preferencesPatchSchema } from './preferences';
import { PreferencesStore } from './preferences.store';
import { preferencesResponse } from '../shared/notification-responses';

/**
 * A member's notification settings: channels, digest time, quiet hours and time zone. PUT takes
 * any subset of fields; when the member has saved before, If-Match with the ETag read is required.
 */
@ApiTags('preferences')
@Controller('members/:memberId/notification-preferences')
export class PreferencesController {
  constructor(
    @Inject(PreferencesStore) private readonly store: PreferencesStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DigestScheduler) private readonly digests: DigestScheduler,
  ) {}

  @Get()
  @ApiAnswers({ 200: preferencesResponse })
  async get(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    assertCanRead(ctx, memberId);
    const stored = await this.store.get(ctx.tenantId, memberId);
    setEtag(reply, stored.version);
    return {
      memberId,
      ...stored.preferences,
      version: stored.version,
      fromInstitution: stored.fromInstitution,
    };
  }

  @Put()
  @ApiAnswers({ 200: preferencesResponse })
  @ApiBody({ schema: zodToOpenApi(preferencesPatchSchema) })
  async put(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(preferencesPatchSchema)) patch: PreferencesPatch,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    assertCanWrite(ctx, memberId);
    const current = await this.store.get(ctx.tenantId, memberId);
    const expected = versionFromIfMatch(ifMatch, current.version > 0) ?? current.version;
    const saved = await this.store.update(ctx.tenantId, memberId, patch, expected, this.clock());
    if (!saved) {
      throw new PreconditionFailedProblem(
        'the preferences changed since you read them; fetch them again and reapply your change',
      );
    }
    // The digest workflow follows the saved settings: started, re-planned, or ended.
    await this.digests.reconcile(ctx.tenantId, memberId, saved);
    setEtag(reply, saved.version);
    return {
      memberId,
      ...saved.preferences,
      version: saved.version,
      fromInstitution: saved.fromInstitution,
    };
  }
}
