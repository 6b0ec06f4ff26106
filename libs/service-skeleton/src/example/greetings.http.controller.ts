import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import {
  assertMayChangeMember,
  assertMayReadMember,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  ZodPipe,
} from '@rapport/platform/http';
import { GreetingBoard } from './greeting-board';
import { LeaveGreetingCommand } from './leave-greeting.handler';

const greetingRequest = z.object({ text: z.string().min(1).max(200) });

@Controller('members/:memberId/greeting')
export class GreetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly board: GreetingBoard,
  ) {}

  @Put()
  @HttpCode(204)
  async leave(
    @Ctx() ctx: RequestContext,
    @Param('memberId') memberId: string,
    @Body(new ZodPipe(greetingRequest)) body: z.infer<typeof greetingRequest>,
  ): Promise<void> {
    assertMayChangeMember(ctx, memberId, { coach: 'coaches read only', other: 'not yours' });
    await this.commands.execute(new LeaveGreetingCommand(ctx, memberId, body.text));
  }

  @Get()
  async read(@Ctx() ctx: RequestContext, @Param('memberId') memberId: string) {
    assertMayReadMember(ctx, memberId, 'greeting');
    const greeting = await this.board.read(ctx.tenantId, memberId);
    if (!greeting) throw new NotFoundProblem(`member ${memberId} left no greeting`);
    const { text, greetingId, at, contactsAdded = 0 } = greeting;
    return { text, greetingId, at, contactsAdded };
  }
}
