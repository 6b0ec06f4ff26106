import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useOutletContext, useSearchParams } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import { contactName, fetchContacts } from '../network/contacts';
import type { Session } from '../session/session';
import { fetchInterviews, FORMAT_LABELS, whenLabel } from './interviews';
import '../member/member-controls.css';
import './interview.css';
import { fetchOrganizer } from './organizer';
import { ScheduleInterviewForm } from './schedule-interview.form';

const STATUS_WORDS = { scheduled: 'Planned', completed: 'Done', cancelled: 'Cancelled' } as const;

/** Interviews: the member's conversations, who waits for a date, and scheduling a new one. */
export function InterviewsPage() {
  const session = useOutletContext<Session>();
  const [params] = useSearchParams();
  const list = useQuery({
    queryKey: ['interviews', session.personId],
    queryFn: () => fetchInterviews(session.personId),
  });
  const contacts = useQuery({
    queryKey: ['contacts', session.personId, 'all'],
    queryFn: () => fetchContacts(session.personId, { q: '', warmth: 'any' }),
  });
  const organizer = useQuery({
    queryKey: ['organizer', session.personId],
    queryFn: () => fetchOrganizer(session.personId),
  });
  const names = new Map(
    (contacts.data?.items ?? []).map((item) => [item.contactId, contactName(item)]),
  );
  const nameOf = (contactId: string) => names.get(contactId) ?? 'Your contact';

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Interviews</h1>
      {(list.isPending || contacts.isPending) && <p role="status">Loading your interviews…</p>}
      {list.isError && <ProblemPanel error={list.error} retry={() => void list.refetch()} />}
      {contacts.isError && (
        <ProblemPanel error={contacts.error} retry={() => void contacts.refetch()} />
      )}
      {list.isSuccess && (
        <>
          <h2 id="conversations-title">Your conversations</h2>
          {list.data.interviews.length === 0 ? (
            <p className="empty">No conversation scheduled yet. Schedule one below.</p>
          ) : (
            <ul className="interviews" aria-labelledby="conversations-title">
              {list.data.interviews.map((item) => (
                <li key={item.interviewId}>
                  <Link href={`/interviews/${item.interviewId}`}>
                    {nameOf(item.contactId)}, {whenLabel(item)}
                  </Link>
                  <span>
                    {FORMAT_LABELS[item.format]} · {STATUS_WORDS[item.status]}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {list.data.toSchedule.length > 0 && (
            <>
              <h2 id="waiting-title">Said yes, waiting for a date</h2>
              <ul aria-labelledby="waiting-title">
                {list.data.toSchedule.map((item) => (
                  <li key={item.contactId}>{nameOf(item.contactId)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {contacts.isSuccess && organizer.isSuccess && (
        <ScheduleInterviewForm
          session={session}
          contacts={contacts.data.items.filter((item) => item.status === 'active')}
          preselected={params.get('with') ?? list.data?.toSchedule[0]?.contactId}
          organizer={organizer.data}
        />
      )}
    </section>
  );
}
