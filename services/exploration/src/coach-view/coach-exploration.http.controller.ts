import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, ForbiddenProblem, type RequestContext } from '@rapport/platform/http';
import { listedGoal } from '../goal-summary/goal-summary.http.controller';
import { ExplorationProjections } from '../projections/exploration-projections';
import { coachExplorationResponse } from '../shared/exploration-responses';
import { TargetListWriter } from '../target-organisations/target-list-writer';

/** At most this many members on one coach's screen; beyond it the coach reads members one by one. */
const MAX_MEMBERS = 200;

/**
 * A coach's overview of the members assigned to them (named in the token the gateway mints):
 * each member's goals with their decisions and their ranked target organisations. Read-only; the
 * member's own routes give the detail. Per member it is one read-model document and one short
 * stream, both by key.
 */
@ApiTags('coach')
@Controller('exploration/coach')
export class CoachExplorationController {
  constructor(
    @Inject(ExplorationProjections) private readonly projections: ExplorationProjections,
    @Inject(TargetListWriter) private readonly targetLists: TargetListWriter,
  ) {}

  @Get()
  @ApiAnswers({ 200: coachExplorationResponse })
  async overview(@Ctx() ctx: RequestContext) {
    if (ctx.actor.role !== 'coach') {
      throw new ForbiddenProblem('this overview is for coaches, of the members assigned to them');
    }
    const memberIds = [...new Set(ctx.assignedMemberIds)].sort().slice(0, MAX_MEMBERS);
    const members = await Promise.all(
      memberIds.map(async (memberId) => {
        const [goals, targets] = await Promise.all([
          this.projections.memberGoals(ctx.tenantId, memberId),
          this.targetLists.load(ctx.tenantId, memberId),
        ]);
        return {
          memberId,
          goals: Object.values(goals?.goals ?? {})
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map(listedGoal),
          targets: targets.state.targets.map(({ organisationId, name }, index) => ({
            rank: index + 1,
            organisationId,
            name,
          })),
        };
      }),
    );
    return { members };
  }
}
