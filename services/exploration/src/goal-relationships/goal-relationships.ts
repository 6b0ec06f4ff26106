import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { ZodPipe } from '@rapport/platform/http';
import {
  answerChange,
  Change,
  ChangeRoute,
  type GoalChange,
  GoalChangeCommand,
  GoalChangeController,
  type GoalTarget,
} from '../shared/goal-change.route';
import { forwardToGoalWriter } from '../shared/forward-to-goal-writer';
import { id } from '../shared/goal-params';

/** A relationship is the member's with one contact, so the contact id names it. */
const linkRequest = z.strictObject({ contactId: id });
const contactParams = z.object({ contactId: id });

export class LinkRelationshipCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly contactId: string,
  ) {
    super(target);
  }
}

export class UnlinkRelationshipCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly contactId: string,
  ) {
    super(target);
  }
}

export const LinkRelationshipHandler = forwardToGoalWriter(LinkRelationshipCommand, (c, at) => ({
  type: 'LinkRelationship',
  memberId: c.memberId,
  goalId: c.goalId,
  contactId: c.contactId,
  at,
}));

export const UnlinkRelationshipHandler = forwardToGoalWriter(
  UnlinkRelationshipCommand,
  (c, at) => ({
    type: 'UnlinkRelationship',
    memberId: c.memberId,
    goalId: c.goalId,
    contactId: c.contactId,
    at,
  }),
);

@GoalChangeController()
export class GoalRelationshipsController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'relationships', linkRequest)
  async link(
    @Change() change: GoalChange,
    @Body(new ZodPipe(linkRequest)) body: z.output<typeof linkRequest>,
  ) {
    const command = new LinkRelationshipCommand(change.target, body.contactId);
    return answerChange(change.reply, await this.commands.execute(command));
  }

  @ChangeRoute('DELETE', 'relationships/:contactId')
  async unlink(
    @Change() change: GoalChange,
    @Param(new ZodPipe(contactParams, 'params')) { contactId }: { contactId: string },
  ) {
    const command = new UnlinkRelationshipCommand(change.target, contactId);
    return answerChange(change.reply, await this.commands.execute(command));
  }
}
