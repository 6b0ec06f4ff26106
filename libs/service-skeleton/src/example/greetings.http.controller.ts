import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { singleLine } from '@rapport/platform';
import {
  ApiAnswers,
  assertMayChangeMember,
  assertMayReadMember,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  ZodPipe,
} from '@rapport/platform/http';
import { GreetingBoard } from './greeting-board';
import { LeaveGreetingCommand } from './leave-greeting.handler';

// Request and answer schemas are the one description of the API: the pipe validates with the
// first, and the OpenAPI document (and the API fuzz) take both from here.
const greetingRequest = z.object({ text: singleLine().min(1).max(200) });
const greetingResponse = z.object({
  text: z.string(),
  greetingId: z.string(),
  at: z.string(),
  contactsAdded: z.number().int().min(0),
});

@Controller('members/:memberId/greeting')
export class GreetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly board: GreetingBoard,
  ) {}

  @Put()
  @HttpCode(204)
  @ApiAnswers({ 204: null })
  async leave(
    @Ctx() ctx: RequestContext,
    @Param('memberId') memberId: string,
    @Body(new ZodPipe(greetingRequest)) body: z.infer<typeof greetingRequest>,
  ): Promise<void> {
    assertMayChangeMember(ctx, memberId, { coach: 'coaches read only', other: 'not yours' });
    await this.commands.execute(new LeaveGreetingCommand(ctx, memberId, body.text));
  }

  @Get()
  @ApiAnswers({ 200: greetingResponse })
  async read(@Ctx() ctx: RequestContext, @Param('memberId') memberId: string) {
    assertMayReadMember(ctx, memberId, 'greeting');
    const greeting = await this.board.read(ctx.tenantId, memberId);
    if (!greeting) throw new NotFoundProblem(`member ${memberId} left no greeting`);
    const { text, greetingId, at, contactsAdded = 0 } = greeting;
    return { text, greetingId, at, contactsAdded };
  }
}
