import { useQuery } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { BrandingForm } from './branding.form';
import { fetchPolicy } from './policy';
import { PolicyForm } from './policy.form';
import './admin-area.css';

/** Policies: the cadences, quiet hours and guidance every member's relationships follow. */
export function PoliciesPage() {
  const session = useOutletContext<Session>();
  const policy = useQuery({ queryKey: ['admin', 'policy'], queryFn: fetchPolicy });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Policies</h1>
      {policy.isPending && <p role="status">Loading the policy…</p>}
      {policy.isError && <ProblemPanel error={policy.error} retry={() => void policy.refetch()} />}
      {policy.isSuccess && (
        <PolicyForm session={session} current={policy.data} reload={() => void policy.refetch()} />
      )}
      <BrandingForm session={session} />
    </section>
  );
}
