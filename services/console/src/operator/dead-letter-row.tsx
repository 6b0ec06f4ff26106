import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import type { Session } from '../session/session';
import { ProblemError } from '../app/problem';
import { type DeadLetter, replayDeadLetter } from './operations';

const when = (iso: string) => new Date(iso).toLocaleString();

/** What to do when a replay did not happen: nothing was sent in any of these cases. */
function replayAdvice(error: Error): string {
  const status = error instanceof ProblemError ? error.status : 0;
  if (status === 409)
    return 'Another replay of this letter is under way; read the list again in a minute.';
  if (status === 404)
    return 'The letter has left the topic (its retention ran out); there is nothing to replay.';
  if (status === 401) return 'Your session has ended. Sign in again, then replay.';
  return 'Nothing was sent. Check Kafka on the Health page, then press Replay again.';
}

/** One letter and its replay button, which says while it works and what came of it. */
export function DeadLetterRow({ letter }: { letter: DeadLetter }) {
  const session = useOutletContext<Session>();
  const replay = useMutation({ mutationFn: () => replayDeadLetter(session, letter.id) });
  const replayedAt = replay.data?.replayedAt ?? letter.replayedAt;
  const label = replay.isPending ? 'Replaying…' : replayedAt ? 'Replay again' : 'Replay';
  return (
    <tr>
      <th scope="row">{letter.id}</th>
      <td>{letter.group}</td>
      <td>
        {letter.originalTopic} {letter.originalPartition}:{letter.originalOffset}
      </td>
      <td>
        {letter.eventType ?? 'not readable'}
        {letter.streamId ? ` (stream ${letter.streamId})` : ''}
      </td>
      <td>
        {letter.reason} after {letter.attempts} tries: {letter.error}
      </td>
      <td>{when(letter.failedAt)}</td>
      <td>
        <Button
          isDisabled={replay.isPending}
          aria-label={`${label} ${letter.id}`}
          onPress={() => replay.mutate()}
        >
          {label}
        </Button>
        <p role="status">
          {replay.isPending
            ? 'Sending it back…'
            : replayedAt
              ? `Replayed ${when(replayedAt)} to ${letter.originalTopic}`
              : ''}
        </p>
        {replay.isError && (
          <p role="alert">
            Not replayed: {replay.error.message}. {replayAdvice(replay.error)}
          </p>
        )}
      </td>
    </tr>
  );
}
