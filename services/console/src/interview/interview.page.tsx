import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useOutletContext, useParams } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { AfterConversationSection } from './after-conversation.section';
import { ConversationForm } from './conversation.form';
import '../member/member-controls.css';
import './interview.css';
import { fetchInterview, FORMAT_LABELS, invitationHref, whenLabel } from './interviews';
import { QuestionPlanSection } from './question-plan.section';
import { interviewKey } from './use-interview-change';

/** One conversation: when and how, the invitation, the plan, the notes and what came after. */
export function InterviewPage() {
  const session = useOutletContext<Session>();
  const { interviewId = '' } = useParams();
  const interview = useQuery({
    queryKey: interviewKey(session.personId, interviewId),
    queryFn: () => fetchInterview(session.personId, interviewId),
  });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Interview</h1>
      <p>
        <Link href="/interviews">All interviews</Link>
      </p>
      {interview.isPending && <p role="status">Loading the interview…</p>}
      {interview.isError && (
        <ProblemPanel error={interview.error} retry={() => void interview.refetch()} />
      )}
      {interview.isSuccess && (
        <>
          <dl className="interview-facts">
            <dt>When</dt>
            <dd>
              {whenLabel(interview.data)}, {interview.data.durationMinutes} minutes
            </dd>
            <dt>How</dt>
            <dd>
              {FORMAT_LABELS[interview.data.format]}
              {interview.data.location ? `: ${interview.data.location}` : ''}
            </dd>
            <dt>Status</dt>
            <dd>{interview.data.status}</dd>
          </dl>
          {interview.data.status !== 'cancelled' && (
            <a
              className="primary-action"
              href={invitationHref(session.personId, interviewId)}
              download={`interview-${interviewId}.ics`}
            >
              Download the invitation (.ics)
            </a>
          )}
          <QuestionPlanSection
            session={session}
            interview={interview.data}
            editable={interview.data.status === 'scheduled'}
          />
          {interview.data.status === 'scheduled' && (
            <ConversationForm session={session} interview={interview.data} />
          )}
          {interview.data.status === 'completed' && (
            <AfterConversationSection session={session} interview={interview.data} />
          )}
        </>
      )}
    </section>
  );
}
