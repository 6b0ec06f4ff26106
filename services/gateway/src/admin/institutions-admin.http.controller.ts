import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
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
} from '@rapport/platform/http';
import type { InstitutionState } from '../institutions/domain/institution.events';
import { InstitutionsWriter } from '../institutions/institutions-writer';
import { RegisterInstitution } from '../institutions/register-institution';
import { AdminAccess, tenantIdSchema } from './admin-access';
import { ADMIN_BODY, institutionView, registrationRequest } from './admin-requests';
import { z } from 'zod';

function institutionViewOf(state: InstitutionState, institutionId: string) {
  if (state.status !== 'registered') {
    throw new NotFoundProblem(`no institution ${institutionId}`);
  }
  const { name, plan, policyVersion, branding } = state;
  return { institutionId, name, plan, policyVersion, branding };
}

/**
 * Institutions themselves: operators register them (they run the platform); an admin reads their
 * own, an operator any. The registration's tenant is the one it names, not the operator's.
 */
@Public()
@Controller('v1/admin/institutions')
export class InstitutionsAdminController {
  constructor(
    private readonly access: AdminAccess,
    private readonly writer: InstitutionsWriter,
    private readonly registrations: RegisterInstitution,
  ) {}

  @Post()
  @AcceptsBody(ADMIN_BODY)
  @ApiAnswers({ 201: institutionView })
  @ApiBody({ schema: zodToOpenApi(registrationRequest) })
  async register(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() raw: unknown,
  ) {
    const named = (raw as { institutionId?: unknown } | null)?.institutionId;
    return this.access.change(
      request,
      reply,
      {
        roles: ['operator'],
        action: 'institution.registered',
        target: typeof named === 'string' ? named : '',
        refusal: 'Only operators register institutions',
      },
      async (_caller, origin) => {
        const body = parseOrProblem(registrationRequest, raw);
        const { state, version } = await this.registrations.register(
          { ...origin, tenantId: body.institutionId },
          body,
        );
        setEtag(reply, version);
        void reply.status(201).header('location', `/v1/admin/institutions/${body.institutionId}`);
        return institutionViewOf(state, body.institutionId);
      },
      201,
    );
  }

  @Get(':institutionId')
  @ApiAnswers({ 200: institutionView })
  async read(@Req() request: FastifyRequest, @Param('institutionId') rawId: string) {
    const caller = await this.access.reader(
      request,
      ['admin', 'operator'],
      'Institutions are for their admins and operators',
    );
    const { institutionId } = parseOrProblem(
      z.strictObject({ institutionId: tenantIdSchema }),
      { institutionId: rawId },
      'params',
    );
    // Another institution is not found for an admin: its existence is not theirs to learn.
    if (caller.role === 'admin' && institutionId !== caller.tenantId) {
      throw new NotFoundProblem(`no institution ${institutionId}`);
    }
    const { state } = await this.writer.loadInstitution(institutionId);
    return institutionViewOf(state, institutionId);
  }
}
