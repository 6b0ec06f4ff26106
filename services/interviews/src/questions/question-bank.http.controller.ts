import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiAnswers, ZodPipe } from '@rapport/platform/http';
import { questionBankResponse } from '../shared/interview-responses';
import { INTERVIEW_GOALS, QUESTION_BANK, QUESTION_THEMES } from './question-bank';
import { suggestQuestions } from './suggest-questions';

const bankQuery = z.object({
  goal: z.enum(INTERVIEW_GOALS).optional(),
  theme: z.enum(QUESTION_THEMES).optional(),
});

const detail = z.string().trim().max(120).optional();
const suggestionsQuery = z.object({
  goal: z.enum(INTERVIEW_GOALS),
  organisation: detail,
  role: detail,
  industry: detail,
  limit: z.coerce.number().int().min(1).max(40).optional(),
});

/**
 * The question bank, the same for everyone with a token: it holds no member's data. Entries keep
 * their placeholders; suggestions fill them from what the member tells about the contact.
 */
@ApiTags('question bank')
@Controller('question-bank')
export class QuestionBankController {
  @Get()
  @ApiAnswers({ 200: questionBankResponse })
  list(@Query(new ZodPipe(bankQuery, 'query')) { goal, theme }: z.infer<typeof bankQuery>) {
    const questions = QUESTION_BANK.filter(
      (entry) => (!goal || entry.goals.includes(goal)) && (!theme || entry.theme === theme),
    );
    return { questions };
  }

  @Get('suggestions')
  @ApiAnswers({ 200: questionBankResponse })
  suggest(@Query(new ZodPipe(suggestionsQuery, 'query')) query: z.infer<typeof suggestionsQuery>) {
    const { goal, organisation, role, industry, limit } = query;
    return {
      questions: suggestQuestions({
        goal,
        ...(organisation ? { organisation } : {}),
        ...(role ? { role } : {}),
        ...(industry ? { industry } : {}),
        ...(limit ? { limit } : {}),
      }),
    };
  }
}
