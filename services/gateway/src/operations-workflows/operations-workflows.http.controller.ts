import { Controller, Get, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiAnswers, ForbiddenProblem, parseOrProblem, Public } from '@rapport/platform/http';
import { CallerResolver } from '../callers/caller-resolver';
import {
  failingQuery,
  failingView,
  stageCountsQuery,
  stageCountsView,
} from './operations-workflows.requests';
import { RelationshipVisibility } from './relationship-visibility';

/**
 * Relationship workflows for operators, platform-wide or for one institution (?tenant=): how many
 * rest in each stage, and the runs that failed, timed out or were terminated, each linked to its
 * page in the Temporal UI. Operational data only: ids, stages and failure messages, no content.
 */
@Public()
@Controller('v1/ops/workflows')
export class OperationsWorkflowsController {
  constructor(
    private readonly callers: CallerResolver,
    private readonly visibility: RelationshipVisibility,
  ) {}

  private async operator(request: FastifyRequest): Promise<void> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'operator') {
      throw new ForbiddenProblem('Workflow operations are for operators');
    }
  }

  @Get()
  @ApiAnswers({ 200: stageCountsView })
  async stageCounts(@Req() request: FastifyRequest, @Query() raw: unknown) {
    await this.operator(request);
    const { tenant } = parseOrProblem(stageCountsQuery, raw, 'query');
    const counts = await this.visibility.stageCounts(tenant);
    return { tenant: tenant ?? null, ...counts, countedAt: new Date().toISOString() };
  }

  @Get('failing')
  @ApiAnswers({ 200: failingView })
  async failing(@Req() request: FastifyRequest, @Query() raw: unknown) {
    await this.operator(request);
    const { tenant, cursor } = parseOrProblem(failingQuery, raw, 'query');
    const page = await this.visibility.failing(
      tenant,
      cursor ? Buffer.from(cursor, 'base64url') : undefined,
    );
    return { runs: page.runs, nextCursor: page.nextCursor?.toString('base64url') ?? null };
  }
}
