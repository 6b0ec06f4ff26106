import { Body, Controller, Get, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptsBody,
  ApiAnswers,
  NotFoundProblem,
  parseOrProblem,
  Public,
  setEtag,
  zodToOpenApi,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { brandingSchema } from '../institutions/domain/institution-policy';
import { InstitutionSettings } from '../institutions/institution-settings';
import { InstitutionsWriter } from '../institutions/institutions-writer';
import { AdminAccess } from './admin-access';
import { ADMIN_BODY, policyRequest, policyView, tenantQuery } from './admin-requests';

const READERS = ['admin', 'operator'] as const;

/**
 * The institution's policy and branding: admins replace them (the policy under If-Match with its
 * version, so two admins cannot overwrite each other); operators read any institution's.
 */
@Public()
@Controller('v1/admin')
export class PolicyAdminController {
  constructor(
    private readonly access: AdminAccess,
    private readonly writer: InstitutionsWriter,
    private readonly settings: InstitutionSettings,
  ) {}

  @Get('policy')
  @ApiAnswers({ 200: policyView })
  async readPolicy(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: unknown,
  ) {
    const state = await this.readableInstitution(request, raw);
    setEtag(reply, state.policyVersion);
    return { version: state.policyVersion, policy: state.policy };
  }

  @Put('policy')
  @AcceptsBody(ADMIN_BODY)
  @ApiBody({ schema: zodToOpenApi(policyRequest) })
  @ApiAnswers({ 200: policyView })
  async replacePolicy(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() raw: unknown,
  ) {
    return this.access.change(
      request,
      reply,
      {
        roles: ['admin'],
        action: 'policy.replaced',
        target: 'policy',
        refusal: 'Only an institution’s admins change its policy',
      },
      async (_caller, origin) => {
        const expected = versionFromIfMatch(request.headers['if-match'], true) ?? 0;
        const body = parseOrProblem(policyRequest, raw);
        const { state } = await this.settings.replacePolicy(
          origin,
          body.policy,
          body.urgent,
          expected,
        );
        if (state.status !== 'registered') throw new NotFoundProblem('no such institution');
        setEtag(reply, state.policyVersion);
        return { version: state.policyVersion, policy: state.policy };
      },
    );
  }

  @Get('branding')
  async readBranding(@Req() request: FastifyRequest, @Query() raw: unknown) {
    return (await this.readableInstitution(request, raw)).branding;
  }

  @Put('branding')
  @AcceptsBody(ADMIN_BODY)
  @ApiBody({ schema: zodToOpenApi(brandingSchema) })
  async changeBranding(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() raw: unknown,
  ) {
    return this.access.change(
      request,
      reply,
      {
        roles: ['admin'],
        action: 'branding.changed',
        target: 'branding',
        refusal: 'Only an institution’s admins change its branding',
      },
      async (_caller, origin) => {
        const branding = parseOrProblem(brandingSchema, raw);
        const { state } = await this.settings.changeBranding(origin, branding);
        if (state.status !== 'registered') throw new NotFoundProblem('no such institution');
        return state.branding;
      },
    );
  }

  private async readableInstitution(request: FastifyRequest, raw: unknown) {
    const caller = await this.access.reader(
      request,
      READERS,
      'The institution’s settings are for its admins and operators',
    );
    const { tenant } = parseOrProblem(tenantQuery, raw, 'query');
    if (tenant && tenant !== caller.tenantId && caller.role !== 'operator') {
      throw new NotFoundProblem(`no institution ${tenant}`);
    }
    const { state } = await this.writer.loadInstitution(tenant ?? caller.tenantId);
    if (state.status !== 'registered') throw new NotFoundProblem('no such institution');
    return state;
  }
}
