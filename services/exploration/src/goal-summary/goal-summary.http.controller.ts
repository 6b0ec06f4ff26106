import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  setEtag,
  ZodPipe,
} from '@rapport/platform/http';
import { goalListResponse, goalSummaryResponse } from '../shared/exploration-responses';
import { ExplorationProjections } from '../projections/exploration-projections';
import type { MemberGoalRow } from '../projections/member-goals.projection';
import { assertCanReadGoals } from '../shared/goal-access';
import { type GoalParams, goalParams, memberParams } from '../shared/goal-params';
import { GoalWriter } from '../shared/goal-writer';
import { averageFit, goalSummary } from './goal-summary';

/** A goal's line on the list: counts taken from the row's maps. */
export function listedGoal(row: MemberGoalRow) {
  const fits = Object.values(row.fits ?? {});
  const kinds = Object.values(row.learnings ?? {});
  return {
    goalId: row.goalId,
    title: row.title,
    createdAt: row.createdAt,
    questions: Object.keys(row.questions ?? {}).length,
    linkedRelationships: Object.keys(row.linked ?? {}).length,
    conversations: fits.length,
    averageFit: averageFit(fits),
    resources: kinds.filter((kind) => kind === 'resource').length,
    opportunities: kinds.filter((kind) => kind === 'opportunity').length,
    decision: row.decision ?? null,
  };
}

@ApiTags('goals')
@Controller('members/:memberId/goals')
export class GoalSummaryController {
  constructor(
    @Inject(ExplorationProjections) private readonly projections: ExplorationProjections,
    @Inject(GoalWriter) private readonly writer: GoalWriter,
  ) {}

  /** The member's goals, newest first: one read-model document by `_id`, sorted in memory. */
  @Get()
  @ApiAnswers({ 200: goalListResponse })
  async list(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
  ) {
    assertCanReadGoals(ctx, memberId);
    const document = await this.projections.memberGoals(ctx.tenantId, memberId);
    const goals = Object.values(document?.goals ?? {})
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(listedGoal);
    return { goals };
  }

  /** One goal's summary, from its stream (a few reads by key), with the ETag a change must match. */
  @Get(':goalId')
  @ApiAnswers({ 200: goalSummaryResponse })
  async summary(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(goalParams, 'params')) { memberId, goalId }: GoalParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    assertCanReadGoals(ctx, memberId);
    const { state, version } = await this.writer.load(ctx.tenantId, memberId, goalId);
    if (state.status === 'none') throw new NotFoundProblem(`no goal ${goalId}`);
    setEtag(reply, version);
    return goalSummary(state, version);
  }
}
