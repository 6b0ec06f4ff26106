import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { act, actLabel, fetchReadyActions, type ReadyAction } from './ready-actions';

function ReadyActionItem({ session, action }: { session: Session; action: ReadyAction }) {
  const queryClient = useQueryClient();
  const done = useMutation({
    mutationFn: () => act(session, action),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['ready-actions', session.personId] }),
        queryClient.invalidateQueries({ queryKey: ['pipeline', session.personId] }),
      ]),
  });
  const title = action.kind === 'follow-up' ? 'Follow up with' : 'Send your request to';
  return (
    <li>
      <h3>
        {title} {action.name}
      </h3>
      {action.dueAt && (
        <p className="due">
          Due{' '}
          {new Date(action.dueAt).toLocaleString(undefined, {
            dateStyle: 'medium',
            timeStyle: 'short',
          })}
        </p>
      )}
      <details>
        <summary>Read the draft ({action.draft.channel})</summary>
        {action.draft.subject && <p className="subject">{action.draft.subject}</p>}
        <p className="draft">{action.draft.body}</p>
      </details>
      {done.isError && <ProblemPanel error={done.error} />}
      <Button onPress={() => done.mutate()} isDisabled={done.isPending}>
        {done.isPending ? 'Sending…' : actLabel(action)}
      </Button>
    </li>
  );
}

/** Drafts that are ready, each one click from done. */
export function ReadyActionsList({ session }: { session: Session }) {
  const actions = useQuery({
    queryKey: ['ready-actions', session.personId],
    queryFn: () => fetchReadyActions(session.personId),
  });
  return (
    <section aria-labelledby="ready-title">
      <h2 id="ready-title">Ready to send</h2>
      {actions.isPending && <p role="status">Loading your drafts…</p>}
      {actions.isError && (
        <ProblemPanel error={actions.error} retry={() => void actions.refetch()} />
      )}
      {actions.isSuccess && actions.data.length === 0 && (
        <p className="empty">
          No drafts waiting. Requests you draft and follow-ups that fall due appear here.
        </p>
      )}
      {actions.isSuccess && actions.data.length > 0 && (
        <ul className="due-items">
          {actions.data.map((action) => (
            <ReadyActionItem
              key={`${action.kind}:${action.contactId}`}
              session={session}
              action={action}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
