import { useQuery } from '@tanstack/react-query';
import { ProblemPanel } from '../app/problem-panel';
import { entryLabel, fetchTimeline, healthLabel, type BoardCard } from './pipeline';

/** One relationship's history, newest last, under its health colour (with the colour in words). */
export function RelationshipTimeline({ memberId, card }: { memberId: string; card: BoardCard }) {
  const timeline = useQuery({
    queryKey: ['timeline', memberId, card.relationshipId],
    queryFn: () => fetchTimeline(memberId, card.relationshipId),
  });
  const name = card.name ?? 'this contact';
  return (
    <section aria-labelledby="timeline-title" className="timeline">
      <h2 id="timeline-title">Relationship with {name}</h2>
      {timeline.isPending && <p role="status">Loading the timeline…</p>}
      {timeline.isError && (
        <ProblemPanel error={timeline.error} retry={() => void timeline.refetch()} />
      )}
      {timeline.isSuccess && timeline.data === null && (
        <p className="empty">
          Nothing has happened with {name} yet. Send your request and it will show here.
        </p>
      )}
      {timeline.isSuccess && timeline.data && (
        <>
          <p className={`health health-${timeline.data.health.colour}`}>
            <span aria-hidden="true" className="dot" />
            {healthLabel(timeline.data.health)}
          </p>
          <ol>
            {timeline.data.entries.map((entry) => (
              <li key={entry.eventId}>
                <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>{' '}
                {entryLabel(entry.kind)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
