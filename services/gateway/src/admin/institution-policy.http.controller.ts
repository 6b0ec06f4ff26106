import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAnswers, NotFoundProblem, Public, setEtag } from '@rapport/platform/http';
import { InstitutionProjections } from '../institutions/projections/institution-projections';
import {
  INSTITUTION_POLICIES,
  type PolicyDocument,
} from '../institutions/projections/institution-read-models';
import { AdminAccess } from './admin-access';
import { policyView } from './admin-requests';

/**
 * `GET /v1/policy`: the caller's institution's policy, read-only, for anyone signed in to it
 * (the console shows members their cadence) and its partner apps. Not under `/v1/institution`,
 * which is forwarded to notifications. One read by `_id` of the policy read model.
 */
@Public()
@Controller('v1/policy')
export class InstitutionPolicyController {
  constructor(
    private readonly access: AdminAccess,
    private readonly readModels: InstitutionProjections,
  ) {}

  @Get()
  @ApiAnswers({ 200: policyView })
  async read(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const caller = await this.access.caller(request);
    const found = await this.readModels.find<PolicyDocument>(INSTITUTION_POLICIES, caller.tenantId);
    if (!found) throw new NotFoundProblem('your institution has no policy yet');
    setEtag(reply, found.version);
    return { version: found.version, policy: found.policy, urgent: found.urgent };
  }
}
