import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RequestContext, UnprocessableProblem } from '@rapport/platform/http';
import { FollowUpPlanner } from '../send-follow-up/follow-up-planner';
import { assertSystem } from '../shared/outreach-access';
import { type LoadedOutreach, OutreachWriter, type PlannedChange } from '../shared/outreach-writer';
import { FollowUpDueCommand, type FollowUpDueResult } from './follow-up-due.command';
import type { FollowUpDueRequest } from './follow-up-due.request';
import { FollowUpDrafts } from './follow-up-drafts';

/**
 * A follow-up timer fired. The follow-up is raised with a draft ready; when the member turned
 * auto-send on and the request went out as email through Rapport, it is sent at once in the same
 * thread. Both steps decide from the stream, so a firing delivered twice raises once and sends once,
 * and a reply or a close that came first makes the firing a no-op.
 */
@CommandHandler(FollowUpDueCommand)
export class FollowUpDueHandler implements ICommandHandler<FollowUpDueCommand> {
  constructor(
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(FollowUpDrafts) private readonly drafts: FollowUpDrafts,
    @Inject(FollowUpPlanner) private readonly planner: FollowUpPlanner,
  ) {}

  async execute({
    ctx,
    memberId,
    contactId,
    request,
  }: FollowUpDueCommand): Promise<FollowUpDueResult> {
    assertSystem(ctx);
    const raised = await this.writer.change(ctx, memberId, contactId, (current) =>
      this.planRaise(ctx, current, memberId, contactId, request),
    );
    try {
      const sent = await this.writer.change(ctx, memberId, contactId, (current) =>
        this.planAutoSend(ctx, current, request.sequence),
      );
      const autoSent = sent.events.length > 0;
      return { written: autoSent ? sent : raised, raised: raised.events.length > 0, autoSent };
    } catch (error) {
      // Auto-send cannot reach the contact: the follow-up stays due, for the member to handle.
      if (!(error instanceof UnprocessableProblem)) throw error;
      return {
        written: raised,
        raised: raised.events.length > 0,
        autoSent: false,
        autoSendSkipped: error.detail,
      };
    }
  }

  private async planRaise(
    ctx: RequestContext,
    { state }: LoadedOutreach,
    memberId: string,
    contactId: string,
    request: FollowUpDueRequest,
  ): Promise<PlannedChange | undefined> {
    const base = {
      type: 'RaiseFollowUpDue',
      memberId,
      contactId,
      at: this.writer.clock(),
      sequence: request.sequence,
      idempotencyKey: request.idempotencyKey,
    } as const;
    if (state.status === 'awaiting-reply' || state.status === 'follow-up-due') {
      // A firing seen before: nothing to raise, and no draft worth rendering.
      if (request.sequence <= state.dueSequence) return undefined;
      const prepared = await this.drafts.prepare(ctx.tenantId, state, request);
      return { command: { ...base, ...prepared } };
    }
    // Not sent yet (the decider refuses) or replied, unresponsive, closed (it ignores the firing):
    // the draft is never looked at.
    return { command: { ...base, draft: { channel: 'email', body: '' } } };
  }

  private async planAutoSend(
    ctx: RequestContext,
    current: LoadedOutreach,
    sequence: number,
  ): Promise<PlannedChange | undefined> {
    const { state } = current;
    if (state.status !== 'follow-up-due' || state.pendingDue?.sequence !== sequence)
      return undefined;
    if (!state.autoSend || state.channel !== 'email' || !state.threadToken) return undefined;
    const { memberId, contactId } = state;
    return this.planner.plan(
      ctx.tenantId,
      memberId,
      contactId,
      { channel: 'email', delivery: 'rapport' },
      current,
    );
  }
}
