import { Body, Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AcceptsBody,
  ApiAnswers,
  ApiProblems,
  NotFoundProblem,
  parseOrProblem,
  Public,
  setEtag,
  UnprocessableProblem,
  versionFromIfMatch,
  zodToOpenApi,
} from '@rapport/platform/http';
import { settingVersion, TenantSettings } from '../institutions/tenant-settings';
import { AdminAccess } from './admin-access';
import { ADMIN_BODY } from './admin-requests';
import {
  planChoiceRequest,
  planChoiceView,
  planName,
  ratePlanRequest,
  ratePlanView,
} from './settings-requests';
import { DocumentedIfMatch, DocumentedTenant } from './settings-docs';
import { SettingsTarget, targetNamed } from './settings-target';

const planParams = z.strictObject({ plan: planName });

/**
 * Rate plans: the platform's catalogue (plan name → requests per minute for each person and each
 * partner app), defined by operators, and which plan an institution is on (operators move it; its
 * admins read it). The rate limiter reads both by `_id` (rate-limits/rate-plans.ts).
 */
@Public()
@Controller('v1/admin')
export class RatePlansAdminController {
  constructor(
    private readonly access: AdminAccess,
    private readonly target: SettingsTarget,
    private readonly settings: TenantSettings,
  ) {}

  @Get('rate-plans/:plan')
  @ApiAnswers({ 200: ratePlanView })
  async readPlan(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('plan') rawPlan: string,
  ) {
    await this.access.reader(request, ['admin', 'operator'], 'Rate plans are for admins');
    const { plan } = parseOrProblem(planParams, { plan: rawPlan }, 'params');
    const { state, version } = await this.settings.ratePlan(plan);
    if (state.status !== 'defined') throw new NotFoundProblem(`no rate plan ${plan}`);
    setEtag(reply, version);
    return {
      plan,
      personPerMinute: state.personPerMinute,
      partnerPerMinute: state.partnerPerMinute,
      version,
    };
  }

  @Put('rate-plans/:plan')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag last read; required to redefine a plan (428, 412)',
  })
  @AcceptsBody(ADMIN_BODY)
  @ApiAnswers({ 200: ratePlanView })
  @ApiBody({ schema: zodToOpenApi(ratePlanRequest) })
  async definePlan(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('plan') rawPlan: string,
    @Body() raw: unknown,
  ) {
    const action = {
      roles: ['operator'] as const,
      action: 'rate-plan.defined',
      target: rawPlan.slice(0, 64),
      refusal: 'Only operators define rate plans',
    };
    return this.access.change(request, reply, action, async (_caller, origin) => {
      const { plan } = parseOrProblem(planParams, { plan: rawPlan }, 'params');
      const quotas = parseOrProblem(ratePlanRequest, raw);
      const expected = versionFromIfMatch(request.headers['if-match'], false);
      const { version } = await this.settings.defineRatePlan(
        origin,
        { type: 'DefineRatePlan', plan, ...quotas },
        expected,
      );
      setEtag(reply, version);
      return { plan, ...quotas, version };
    });
  }

  @Get('rate-plan')
  @DocumentedTenant()
  @ApiAnswers({ 200: planChoiceView })
  async readChoice(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: unknown,
  ) {
    const caller = await this.access.reader(
      request,
      ['admin', 'operator'],
      'Rate plans are for admins',
    );
    const institution = await this.target.of(caller, query);
    return this.choiceView(institution._id, institution.plan, reply);
  }

  // Above the others: the last metadata set wins, and this one adds 422 to DocumentedIfMatch's.
  @ApiProblems(404, 422)
  @Put('rate-plan')
  @DocumentedIfMatch()
  @AcceptsBody(ADMIN_BODY)
  @ApiAnswers({ 200: planChoiceView })
  @ApiBody({ schema: zodToOpenApi(planChoiceRequest) })
  async choose(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: unknown,
    @Body() raw: unknown,
  ) {
    const action = {
      roles: ['operator'] as const,
      action: 'rate-plan.chosen',
      target: targetNamed(query, 'rate-plan'),
      refusal: 'Only operators move an institution to another plan',
    };
    return this.access.change(request, reply, action, async (caller, origin) => {
      const institution = await this.target.of(caller, query);
      const { plan } = parseOrProblem(planChoiceRequest, raw);
      if ((await this.settings.ratePlan(plan)).state.status !== 'defined') {
        throw new UnprocessableProblem(`no rate plan ${plan} is defined; define it first`);
      }
      await this.settings.change(
        { ...origin, tenantId: institution._id },
        'ratePlan',
        { type: 'ChooseRatePlan', plan },
        versionFromIfMatch(request.headers['if-match'], false),
      );
      return this.choiceView(institution._id, plan, reply);
    });
  }

  private async choiceView(institutionId: string, plan: string, reply: FastifyReply) {
    const [settings, catalogue] = await Promise.all([
      this.settings.of(institutionId),
      this.settings.ratePlan(plan),
    ]);
    const version = settingVersion(settings, 'ratePlan');
    setEtag(reply, version);
    const { state } = catalogue;
    return {
      institutionId,
      plan,
      ...(state.status === 'defined'
        ? {
            quotas: {
              personPerMinute: state.personPerMinute,
              partnerPerMinute: state.partnerPerMinute,
            },
          }
        : {}),
      version,
    };
  }
}
