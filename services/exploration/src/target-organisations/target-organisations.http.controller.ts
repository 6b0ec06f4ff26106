import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { singleLine, multiLine } from '@rapport/platform';
import {
  ApiAnswers,
  ApiProblems,
  Ctx,
  type RequestContext,
  setEtag,
  versionFromIfMatch,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { targetListResponse } from '../shared/exploration-responses';
import { EXPLORATION_TIME_ZONE } from '../exploration.tokens';
import type { TargetListCommand } from '../domain/target-list';
import { assertCanChangeGoals, assertCanReadGoals } from '../shared/goal-access';
import { id, memberParams } from '../shared/goal-params';
import { MemberActivity } from './member-activity';
import { TargetListWriter, type TargetListWriteResult } from './target-list-writer';
import { targetOrganisationsView } from './target-organisations.view';

const addTargetRequest = z.strictObject({
  organisationId: id,
  /** Matched against the organisation on the member's contacts, whatever its case or punctuation. */
  name: singleLine().trim().min(1).max(200),
  motivation: multiLine().trim().max(2000).default(''),
});
const rankingRequest = z.strictObject({ order: z.array(id).max(50) });
const postingRequest = z.strictObject({
  postingId: id,
  title: singleLine().trim().min(1).max(200),
  url: z.string().url().max(2000).optional(),
});
const targetParams = z.object({ memberId: id, organisationId: id });
type TargetParams = z.output<typeof targetParams>;

/**
 * The member's ranked target organisations. The list is one small stream per member; the counts
 * and suggestions come from the activity heard on other contexts' topics, so they lag a moment.
 */
@ApiTags('target-organisations')
@Controller('members/:memberId/target-organisations')
export class TargetOrganisationsController {
  constructor(
    @Inject(TargetListWriter) private readonly writer: TargetListWriter,
    @Inject(MemberActivity) private readonly activity: MemberActivity,
    @Inject(EXPLORATION_TIME_ZONE) private readonly timeZone: string,
  ) {}

  @Get()
  @ApiAnswers({ 200: targetListResponse })
  async list(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    assertCanReadGoals(ctx, memberId, 'target organisations');
    const { state, version } = await this.writer.load(ctx.tenantId, memberId);
    return this.answer(ctx, memberId, reply, { state, version });
  }

  /** 201 for the same id and details again (a retry); other details under the id are 409. */
  @Post()
  @ApiAnswers({ 201: targetListResponse })
  @ApiBody({ schema: zodToOpenApi(addTargetRequest) })
  async add(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Body(new ZodPipe(addTargetRequest)) body: z.output<typeof addTargetRequest>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.change(ctx, memberId, ifMatch, { type: 'AddTarget', ...body });
    void reply.status(201).header('location', `/members/${memberId}/target-organisations`);
    return this.answer(ctx, memberId, reply, written);
  }

  @Put('ranking')
  @HttpCode(200)
  @ApiAnswers({ 200: targetListResponse })
  @ApiProblems(422)
  @ApiBody({ schema: zodToOpenApi(rankingRequest) })
  async rank(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Body(new ZodPipe(rankingRequest)) body: z.output<typeof rankingRequest>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.change(ctx, memberId, ifMatch, {
      type: 'RankTargets',
      order: body.order,
    });
    return this.answer(ctx, memberId, reply, written);
  }

  @Post(':organisationId/postings')
  @HttpCode(200)
  @ApiAnswers({ 200: targetListResponse })
  @ApiBody({ schema: zodToOpenApi(postingRequest) })
  async notePosting(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(targetParams, 'params')) { memberId, organisationId }: TargetParams,
    @Body(new ZodPipe(postingRequest)) body: z.output<typeof postingRequest>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { postingId, title, url } = body;
    const command = {
      type: 'NotePosting',
      organisationId,
      postingId,
      title,
      ...(url ? { url } : {}),
    } as const;
    const written = await this.change(ctx, memberId, ifMatch, command);
    return this.answer(ctx, memberId, reply, written);
  }

  @Delete(':organisationId')
  @HttpCode(200)
  @ApiAnswers({ 200: targetListResponse })
  async remove(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(targetParams, 'params')) { memberId, organisationId }: TargetParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.change(ctx, memberId, ifMatch, {
      type: 'RemoveTarget',
      organisationId,
    });
    return this.answer(ctx, memberId, reply, written);
  }

  private change(
    ctx: RequestContext,
    memberId: string,
    ifMatch: string | undefined,
    command: DistributiveOmit<TargetListCommand, 'memberId' | 'at'>,
  ): Promise<TargetListWriteResult> {
    assertCanChangeGoals(ctx, memberId, 'target organisations');
    const expectedVersion = versionFromIfMatch(ifMatch, false);
    return this.writer.execute(
      ctx,
      { ...command, memberId, at: this.writer.clock() },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }

  private async answer(
    ctx: RequestContext,
    memberId: string,
    reply: FastifyReply,
    { state, version }: Pick<TargetListWriteResult, 'state' | 'version'>,
  ) {
    const activity = await this.activity.read(ctx.tenantId, memberId);
    setEtag(reply, version);
    return targetOrganisationsView(state, version, activity, this.writer.clock(), this.timeZone);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
