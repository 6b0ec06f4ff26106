import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import { GreetingBoard } from './greeting-board';

export class LeaveGreetingCommand {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly text: string,
  ) {}
}

@CommandHandler(LeaveGreetingCommand)
export class LeaveGreetingHandler implements ICommandHandler<LeaveGreetingCommand> {
  // By class: the container reads the constructor's parameter types (decorator metadata).
  constructor(private readonly board: GreetingBoard) {}

  async execute({ ctx, memberId, text }: LeaveGreetingCommand): Promise<void> {
    await this.board.leave(ctx.tenantId, memberId, text);
  }
}
