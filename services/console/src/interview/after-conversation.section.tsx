import { Button, Link } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { fulfilCommitment, type Interview } from './interviews';
import { useInterviewChange } from './use-interview-change';

/** After the conversation: what was said, the promises with a way to mark each kept, thanks. */
export function AfterConversationSection({
  session,
  interview,
}: {
  session: Session;
  interview: Interview;
}) {
  const { interviewId } = interview;
  const fulfil = useInterviewChange(session.personId, interviewId, (commitmentId: string) =>
    fulfilCommitment(session, interviewId, commitmentId),
  );
  const kept = new Set(interview.fulfilledCommitments ?? []);
  const commitments = interview.commitments ?? [];
  return (
    <section aria-labelledby="after-title" className="after-conversation">
      <h2 id="after-title">After the conversation</h2>
      {interview.notes && <p className="draft">{interview.notes}</p>}
      {(interview.adviceItems ?? []).length > 0 && (
        <>
          <h3 id="advice-title">Advice</h3>
          <ul aria-labelledby="advice-title">
            {interview.adviceItems?.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <h3 id="commitments-title">Commitments</h3>
      {commitments.length === 0 ? (
        <p className="empty">You promised nothing this time.</p>
      ) : (
        <ul aria-labelledby="commitments-title">
          {commitments.map((item) => (
            <li key={item.id}>
              {item.text}, by {item.due}:{' '}
              {kept.has(item.id) ? (
                <strong>kept</strong>
              ) : (
                <Button
                  aria-label={`Mark kept: ${item.text}`}
                  onPress={() => fulfil.mutate(item.id)}
                  isDisabled={fulfil.isPending}
                >
                  Mark kept
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {fulfil.isError && <ProblemPanel error={fulfil.error} />}
      <h3>Thanks</h3>
      {interview.thankYou ? (
        <p>Thank-you sent ({interview.thankYou.channel}).</p>
      ) : (
        <p>
          A thank-you within 48 hours matters most.{' '}
          <Link href={`/compose?kind=thank-you&to=${encodeURIComponent(interviewId)}`}>
            Write the thank-you
          </Link>
        </p>
      )}
    </section>
  );
}
