import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { dueLabel, fetchDueItems } from './due-items';
import { ReadyActionsList } from './ready-actions.list';

/** Today: every action that is due, soonest first, each one click from being done. */
export function TodayPage() {
  const session = useOutletContext<Session>();
  const due = useQuery({
    queryKey: ['due-items', session.personId],
    queryFn: () => fetchDueItems(session.personId),
  });
  const now = new Date();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Today</h1>
      <ReadyActionsList session={session} />
      <h2 id="reminders-title">Reminders</h2>
      {due.isPending && <p role="status">Loading what is due…</p>}
      {due.isError && <ProblemPanel error={due.error} retry={() => void due.refetch()} />}
      {due.isSuccess && due.data.length === 0 && (
        <p className="empty">
          Nothing is due. Follow-ups, thank-yous and keep-in-touch reminders appear here when their
          time comes.
        </p>
      )}
      {due.isSuccess && due.data.length > 0 && (
        <ul className="due-items" aria-labelledby="reminders-title">
          {due.data.map((item) => (
            <li key={item.id}>
              <h3>{item.title}</h3>
              <p>{item.body}</p>
              <p className="due">{dueLabel(item.dueAt, now)}</p>
              <Link href={item.actionUrl} aria-label={`Act on: ${item.title}`}>
                Open
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
