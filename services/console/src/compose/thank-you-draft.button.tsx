import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { changeInterview } from '../interview/interviews';
import type { Session } from '../session/session';

interface ThankYouDraftButtonProps {
  readonly session: Session;
  readonly interviewId: string;
  readonly onDraft: (draft: { subject: string; body: string }) => void;
}

/** The interviews service drafts thanks from the conversation's notes, advice and commitments. */
export function ThankYouDraftButton({ session, interviewId, onDraft }: ThankYouDraftButtonProps) {
  const draft = useMutation({
    mutationFn: () => changeInterview(session, interviewId, 'thank-you/draft', {}),
    onSuccess: (interview) => {
      if (interview.thankYouDraft) onDraft(interview.thankYouDraft);
    },
  });
  return (
    <div>
      <Button className="secondary" onPress={() => draft.mutate()} isDisabled={draft.isPending}>
        {draft.isPending ? 'Drafting…' : 'Start from a draft of the conversation'}
      </Button>
      {draft.isError && <ProblemPanel error={draft.error} />}
    </div>
  );
}
