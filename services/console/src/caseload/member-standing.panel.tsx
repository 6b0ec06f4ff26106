import { useQuery } from '@tanstack/react-query';
import { ProblemPanel } from '../app/problem-panel';
import { signalLabel } from './member-status';
import { fetchMemberStanding } from './member-standing';

/** Where one member stands: their last activity, and what makes them stuck, in words. */
export function MemberStanding({ memberId }: { memberId: string }) {
  const standing = useQuery({
    queryKey: ['standing', memberId],
    queryFn: () => fetchMemberStanding(memberId),
  });
  if (standing.isPending) return <p role="status">Reading {memberId}’s progress…</p>;
  if (standing.isError) {
    return <ProblemPanel error={standing.error} retry={() => void standing.refetch()} />;
  }
  const { lastActivityAt, signals } = standing.data;
  return (
    <div className="standing">
      <p>
        Last activity: {lastActivityAt ? new Date(lastActivityAt).toLocaleDateString() : 'none yet'}
      </p>
      {signals.length === 0 ? (
        <p>On track: nothing waiting.</p>
      ) : (
        <ul aria-label={`Why ${memberId} may be stuck`} className="stuck">
          {signals.map((signal) => (
            <li key={signal.kind}>{signalLabel(signal)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
