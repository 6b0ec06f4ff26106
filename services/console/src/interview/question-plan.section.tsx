import { useState } from 'react';
import { Button, Checkbox, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { ChoiceSelect } from '../compose/choice-select';
import type { Session } from '../session/session';
import { changeInterview, type Interview, markAsked, type PlannedQuestion } from './interviews';
import { useInterviewChange } from './use-interview-change';

const GOALS = [
  { id: 'occupation', label: 'What the work is like' },
  { id: 'organisation', label: 'Their organisation' },
  { id: 'industry', label: 'Their industry' },
];

/** The plan as the service takes it back: every question, and the texts that are filled in. */
function planBody(interview: Interview, questions: readonly PlannedQuestion[]) {
  const { introduction, agenda, researchNotes } = interview.questionPlan;
  const texts = Object.entries({ introduction, agenda, researchNotes }).filter(
    ([, text]) => text !== undefined && text.trim() !== '',
  );
  return {
    questions: questions.map(({ id, text, theme, source, asked }) => ({
      id,
      text,
      theme,
      source,
      asked,
    })),
    ...Object.fromEntries(texts),
  };
}

interface QuestionPlanSectionProps {
  readonly session: Session;
  readonly interview: Interview;
  /** Before and during the conversation the plan changes; after it, it is a record. */
  readonly editable: boolean;
}

/** The questions to ask, suggested from the question bank or written, ticked off as asked. */
export function QuestionPlanSection({ session, interview, editable }: QuestionPlanSectionProps) {
  const { interviewId } = interview;
  const [goal, setGoal] = useState('occupation');
  const [custom, setCustom] = useState('');
  const suggest = useInterviewChange(session.personId, interviewId, (chosen: string) =>
    changeInterview(session, interviewId, 'question-plan/suggestions', { goal: chosen, limit: 5 }),
  );
  const replace = useInterviewChange(
    session.personId,
    interviewId,
    (questions: PlannedQuestion[]) =>
      changeInterview(session, interviewId, 'question-plan', planBody(interview, questions)),
  );
  const asked = useInterviewChange(
    session.personId,
    interviewId,
    ({ id, value }: { id: string; value: boolean }) => markAsked(session, interviewId, id, value),
  );
  const { questions } = interview.questionPlan;
  const failed = suggest.error ?? replace.error ?? asked.error;

  function addCustom() {
    const text = custom.trim();
    if (text === '') return;
    const question: PlannedQuestion = {
      id: crypto.randomUUID(),
      text,
      theme: 'your own',
      source: 'custom',
      asked: false,
    };
    replace.mutate([...questions, question], { onSuccess: () => setCustom('') });
  }

  return (
    <section aria-labelledby="plan-title" className="question-plan">
      <h2 id="plan-title">Question plan</h2>
      {questions.length === 0 ? (
        <p className="empty">No questions yet: ask for suggestions or write your own.</p>
      ) : (
        <ol aria-labelledby="plan-title">
          {questions.map((question) => (
            <li key={question.id}>
              <Checkbox
                isSelected={question.asked}
                isDisabled={!editable || asked.isPending}
                onChange={(value) => asked.mutate({ id: question.id, value })}
              >
                {question.text} <span className="theme">({question.theme})</span>
              </Checkbox>
              {editable && (
                <Button
                  className="secondary"
                  aria-label={`Remove: ${question.text}`}
                  isDisabled={replace.isPending}
                  onPress={() => replace.mutate(questions.filter((q) => q.id !== question.id))}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <div className="plan-tools">
          <ChoiceSelect
            label="Questions about"
            choices={GOALS}
            selected={goal}
            onSelect={setGoal}
          />
          <Button onPress={() => suggest.mutate(goal)} isDisabled={suggest.isPending}>
            {suggest.isPending ? 'Suggesting…' : 'Suggest questions'}
          </Button>
          <TextField value={custom} onChange={setCustom}>
            <Label>Your own question</Label>
            <Input />
          </TextField>
          <Button onPress={addCustom} isDisabled={custom.trim() === '' || replace.isPending}>
            Add question
          </Button>
        </div>
      )}
      {failed && <ProblemPanel error={failed} />}
    </section>
  );
}
