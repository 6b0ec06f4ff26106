import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, ForbiddenProblem, type RequestContext } from '@rapport/platform/http';
import { institutionFiguresResponse } from '../shared/exploration-responses';
import { figuresOf } from './exploration-tallies';
import { InstitutionTallies } from './institution-tallies.store';

/**
 * What an institution sees of its members' exploration: counts only (goals by status, decisions,
 * conversations by fit), never a member, a goal or a word of what anyone wrote.
 */
@ApiTags('institution')
@Controller('exploration/institution')
export class InstitutionExplorationController {
  constructor(@Inject(InstitutionTallies) private readonly tallies: InstitutionTallies) {}

  @Get()
  @ApiAnswers({ 200: institutionFiguresResponse })
  async figures(@Ctx() ctx: RequestContext) {
    if (ctx.actor.role !== 'admin') {
      throw new ForbiddenProblem('the institution’s exploration figures are for its admins');
    }
    return { scope: 'institution', ...figuresOf(await this.tallies.of(ctx.tenantId)) };
  }
}
