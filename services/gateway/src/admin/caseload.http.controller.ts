import { applyDecorators, Controller, Get, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiAnswers, NotFoundProblem, parseOrProblem, Public } from '@rapport/platform/http';
import { Caseloads, positionOf } from '../people/caseloads';
import { AdminAccess, personIdSchema } from './admin-access';

const caseloadQuery = z.strictObject({
  after: z
    .string()
    .max(400)
    .refine((cursor) => positionOf(cursor) !== undefined, 'must be a cursor from `next`')
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const caseloadPage = z.object({
  members: z.array(
    z.object({
      memberId: z.string(),
      displayName: z.string(),
      assignedSince: z.string().optional(),
    }),
  ),
  next: z.string().optional(),
});

/** The cursor and page size, read after the caller's role is checked (so not through a pipe). */
const DocumentedPage = () =>
  applyDecorators(
    ApiQuery({ name: 'after', required: false, description: 'The `next` of the previous page' }),
    ApiQuery({
      name: 'limit',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
    }),
  );

/**
 * A coach's caseload: the members assigned to them, with since when, a page at a time. A coach
 * reads their own (`/v1/coach/members`, the console's Caseload page); an institution's admins
 * read any of its coaches'. Another institution's coach is not found.
 */
@Public()
@Controller('v1')
export class CaseloadController {
  constructor(
    private readonly access: AdminAccess,
    private readonly caseloads: Caseloads,
  ) {}

  @Get('coach/members')
  @DocumentedPage()
  @ApiAnswers({ 200: caseloadPage })
  async own(@Req() request: FastifyRequest, @Query() raw: unknown) {
    const caller = await this.access.reader(request, ['coach'], 'Only coaches have a caseload');
    // Signed in as a coach but not (yet) in the institution's directory: nobody assigned.
    return (await this.page(caller.tenantId, caller.actorId, raw)) ?? { members: [] };
  }

  @Get('admin/coaches/:coachId/members')
  @DocumentedPage()
  @ApiAnswers({ 200: caseloadPage })
  async ofCoach(
    @Req() request: FastifyRequest,
    @Param('coachId') rawCoachId: string,
    @Query() raw: unknown,
  ) {
    const caller = await this.access.reader(
      request,
      ['admin'],
      'Only an institution’s admins read its coaches’ caseloads',
    );
    const { coachId } = parseOrProblem(
      z.strictObject({ coachId: personIdSchema }),
      { coachId: rawCoachId },
      'params',
    );
    const page = await this.page(caller.tenantId, coachId, raw);
    if (!page) throw new NotFoundProblem(`No coach ${coachId} in your institution`);
    return page;
  }

  private async page(tenantId: string, coachId: string, raw: unknown) {
    const query = parseOrProblem(caseloadQuery, raw, 'query');
    const cursor = query.after === undefined ? undefined : positionOf(query.after);
    return this.caseloads.page(tenantId, coachId, {
      limit: query.limit,
      ...(cursor ? { after: cursor } : {}),
    });
  }
}
