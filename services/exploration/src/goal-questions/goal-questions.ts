import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { ZodPipe } from '@rapport/platform/http';
import {
  answerChange,
  Change,
  type GoalChange,
  GoalChangeCommand,
  GoalChangeController,
  type GoalTarget,
  ChangeRoute,
} from '../shared/goal-change.route';
import { forwardToGoalWriter } from '../shared/forward-to-goal-writer';
import { questionText } from './question-text';

const addQuestionRequest = z.strictObject({ text: questionText });
const questionParams = z.object({ questionId: z.string().regex(/^q-[1-9][0-9]{0,3}$/) });

export class AddQuestionCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly text: string,
  ) {
    super(target);
  }
}

export class RemoveQuestionCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly questionId: string,
  ) {
    super(target);
  }
}

export const AddQuestionHandler = forwardToGoalWriter(AddQuestionCommand, (c, at) => ({
  type: 'AddQuestion',
  memberId: c.memberId,
  goalId: c.goalId,
  text: c.text,
  at,
}));

export const RemoveQuestionHandler = forwardToGoalWriter(RemoveQuestionCommand, (c, at) => ({
  type: 'RemoveQuestion',
  memberId: c.memberId,
  goalId: c.goalId,
  questionId: c.questionId,
  at,
}));

@GoalChangeController()
export class GoalQuestionsController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'questions', addQuestionRequest)
  async add(
    @Change() change: GoalChange,
    @Body(new ZodPipe(addQuestionRequest)) body: z.output<typeof addQuestionRequest>,
  ) {
    const written = await this.commands.execute(new AddQuestionCommand(change.target, body.text));
    return answerChange(change.reply, written);
  }

  @ChangeRoute('DELETE', 'questions/:questionId')
  async remove(
    @Change() change: GoalChange,
    @Param(new ZodPipe(questionParams, 'params')) { questionId }: { questionId: string },
  ) {
    const written = await this.commands.execute(
      new RemoveQuestionCommand(change.target, questionId),
    );
    return answerChange(change.reply, written);
  }
}
