import { useQuery } from '@tanstack/react-query';
import { ProblemPanel } from '../app/problem-panel';
import { entryLabel, fetchTimeline, healthLabel, type BoardCard } from './pipeline';

const TIMELINE_POLL_MS = 3000;

/** One relationship's history, newest last, under its health colour (with the colour in words). */
export function RelationshipTimeline({ memberId, card }: { memberId: string; card: BoardCard }) {
  const timeline = useQuery({
    queryKey: ['timeline', memberId, card.relationshipId],
    queryFn: () => fetchTimeline(memberId, card.relationshipId),
    // The timeline is kept from Kafka topics, a moment behind the request that was just sent:
    // asked again every few seconds until its first line arrives.
    refetchInterval: (query) => (query.state.data === null ? TIMELINE_POLL_MS : false),
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
          Nothing has reached the timeline with {name} yet. It shows here moments after a request is
          sent.
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
