import { Controller, Delete, Param, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAnswers, parseOrProblem, Public, setEtag } from '@rapport/platform/http';
import { PersonChanges } from '../people/person-changes';
import { AdminAccess } from './admin-access';
import { assignmentParams, personView } from './admin-requests';
import { personViewOf } from './person-view';

type Params = { personId: string; memberId: string };

/**
 * Which members a coach follows, set by the institution's admins with idempotent PUT and DELETE
 * (the same request again is no change). The coach's next forwarded call carries the new list.
 */
@Public()
@Controller('v1/admin/people/:personId/assigned-members/:memberId')
export class CoachAssignmentsController {
  constructor(
    private readonly access: AdminAccess,
    private readonly changes: PersonChanges,
  ) {}

  @Put()
  @ApiAnswers({ 200: personView })
  assign(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('personId') personId: string,
    @Param('memberId') memberId: string,
  ) {
    return this.change(request, reply, { personId, memberId }, 'assign');
  }

  @Delete()
  @ApiAnswers({ 200: personView })
  unassign(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('personId') personId: string,
    @Param('memberId') memberId: string,
  ) {
    return this.change(request, reply, { personId, memberId }, 'unassign');
  }

  private change(
    request: FastifyRequest,
    reply: FastifyReply,
    params: Params,
    kind: 'assign' | 'unassign',
  ) {
    return this.access.change(
      request,
      reply,
      {
        roles: ['admin'],
        action: kind === 'assign' ? 'coach.assigned' : 'coach.unassigned',
        target: `${params.personId}/${params.memberId}`,
        refusal: 'Only an institution’s admins assign coaches',
      },
      async (_caller, origin) => {
        const { personId, memberId } = parseOrProblem(assignmentParams, params, 'params');
        const { state, version } = await this.changes[kind](origin, personId, memberId);
        setEtag(reply, version);
        return personViewOf(state, version, personId);
      },
    );
  }
}
