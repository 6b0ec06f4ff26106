import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { type MemberParams, memberParams } from '../shared/member-params';
import { assertCanRead, assertStaff } from '../shared/notifications-access';
import { type NotificationDocument, NotificationStore } from './notification.store';
import { deliveryLogResponse } from '../shared/notification-responses';

const logQuery = z
  .object({
    status: z.enum(['pending', 'sent', 'failed', 'suppressed', 'skipped', 'held']).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();
type LogQuery = z.infer<typeof logQuery>;

/** A notification as the delivery log shows it; contact addresses are not repeated here. */
function view(doc: NotificationDocument) {
  return {
    id: doc._id,
    kind: doc.kind,
    audience: doc.audience,
    memberId: doc.memberId,
    ...(doc.contactId ? { contactId: doc.contactId } : {}),
    ...(doc.relationshipId ? { relationshipId: doc.relationshipId } : {}),
    ...(doc.subject ? { subject: doc.subject } : {}),
    createdAt: doc.createdAt.toISOString(),
    email: {
      status: doc.email.status,
      ...(doc.email.reason ? { reason: doc.email.reason } : {}),
      attempts: doc.email.attempts,
      ...(doc.email.providerMessageId ? { providerMessageId: doc.email.providerMessageId } : {}),
      ...(doc.email.sentAt ? { sentAt: doc.email.sentAt.toISOString() } : {}),
      events: doc.email.events.map((e) => ({
        event: e.event,
        at: e.at.toISOString(),
        ...(e.reason ? { reason: e.reason } : {}),
      })),
    },
  };
}

/**
 * What was sent and what became of it: the institution's log for its admins and operators
 * (failed and suppressed mail included, with the reason), and each member's own.
 */
@ApiTags('delivery log')
@Controller()
export class DeliveryLogController {
  constructor(@Inject(NotificationStore) private readonly store: NotificationStore) {}

  @Get('deliveries')
  @ApiAnswers({ 200: deliveryLogResponse })
  async tenantLog(
    @Ctx() ctx: RequestContext,
    @Query(new ZodPipe(logQuery, 'query')) query: LogQuery,
  ) {
    assertStaff(ctx);
    const docs = await this.store.ofTenant(ctx.tenantId, {
      limit: query.limit ?? 100,
      ...(query.status ? { status: query.status } : {}),
    });
    return { items: docs.map(view) };
  }

  @Get('members/:memberId/notifications')
  @ApiAnswers({ 200: deliveryLogResponse })
  async memberLog(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
    @Query(new ZodPipe(logQuery, 'query')) query: LogQuery,
  ) {
    assertCanRead(ctx, memberId);
    const docs = await this.store.ofMember(ctx.tenantId, memberId, query.limit ?? 100);
    return { items: docs.map(view) };
  }
}
