import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ApiAnswers,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  ZodPipe,
} from '@rapport/platform/http';
import {
  type InboxItemParams,
  inboxItemParams,
  type MemberParams,
  memberParams,
} from '../shared/member-params';
import { assertCanRead, assertCanWrite } from '../shared/notifications-access';
import { type Clock, CLOCK } from '@rapport/service-skeleton';
import { type InboxItem, InboxStore } from './inbox.store';
import {
  inboxPageResponse,
  readAllResponse,
  unreadCountResponse,
} from '../shared/notification-responses';

const listQuery = z
  .object({
    unread: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
    before: z.string().datetime().optional(),
  })
  .strict();
type ListQuery = z.infer<typeof listQuery>;

function view(item: InboxItem) {
  return {
    id: item._id,
    kind: item.kind,
    title: item.title,
    body: item.body,
    actionUrl: item.actionUrl,
    ...(item.contactId ? { contactId: item.contactId } : {}),
    ...(item.relationshipId ? { relationshipId: item.relationshipId } : {}),
    createdAt: item.createdAt.toISOString(),
    ...(item.dueAt ? { dueAt: item.dueAt.toISOString() } : {}),
    read: item.readAt !== null,
  };
}

/** The member's in-app inbox: newest first, the unread count, and marking items read. */
@ApiTags('inbox')
@Controller('members/:memberId/inbox')
export class InboxController {
  constructor(
    @Inject(InboxStore) private readonly inbox: InboxStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiAnswers({ 200: inboxPageResponse })
  async list(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
    @Query(new ZodPipe(listQuery, 'query')) query: ListQuery,
  ) {
    assertCanRead(ctx, memberId);
    const limit = query.limit ?? 50;
    const [items, unread] = await Promise.all([
      this.inbox.list(ctx.tenantId, memberId, {
        unreadOnly: query.unread === 'true',
        limit,
        ...(query.before ? { before: new Date(query.before) } : {}),
      }),
      this.inbox.unreadCount(ctx.tenantId, memberId),
    ]);
    const last = items.length === limit ? items[items.length - 1] : undefined;
    return {
      items: items.map(view),
      unread,
      ...(last ? { nextBefore: last.createdAt.toISOString() } : {}),
    };
  }

  @Get('unread-count')
  @ApiAnswers({ 200: unreadCountResponse })
  async unreadCount(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
  ) {
    assertCanRead(ctx, memberId);
    return { unread: await this.inbox.unreadCount(ctx.tenantId, memberId) };
  }

  @Post(':itemId/read')
  @ApiAnswers({ 200: unreadCountResponse })
  @HttpCode(200)
  async markRead(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(inboxItemParams, 'params')) { memberId, itemId }: InboxItemParams,
  ) {
    assertCanWrite(ctx, memberId);
    const found = await this.inbox.markRead(ctx.tenantId, memberId, itemId, this.clock());
    if (!found) throw new NotFoundProblem(`no inbox item ${itemId}`);
    return { unread: await this.inbox.unreadCount(ctx.tenantId, memberId) };
  }

  @Post('read-all')
  @ApiAnswers({ 200: readAllResponse })
  @HttpCode(200)
  async markAllRead(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
  ) {
    assertCanWrite(ctx, memberId);
    const marked = await this.inbox.markAllRead(ctx.tenantId, memberId, this.clock());
    return { marked, unread: 0 };
  }
}
