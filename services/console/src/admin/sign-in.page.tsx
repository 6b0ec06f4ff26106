import { useQuery } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { CorsOriginsForm } from './cors-origins.form';
import { IdentityProviderForm } from './identity-provider.form';
import { fetchCorsOrigins, fetchIdentityProvider, fetchRatePlan } from './sign-in-settings';
import './admin-area.css';

/** Sign-in: the institution's identity provider, its allowed web origins, and its rate plan. */
export function SignInPage() {
  const session = useOutletContext<Session>();
  const provider = useQuery({
    queryKey: ['admin', 'identity-provider'],
    queryFn: fetchIdentityProvider,
  });
  const origins = useQuery({ queryKey: ['admin', 'cors-origins'], queryFn: fetchCorsOrigins });
  const plan = useQuery({ queryKey: ['admin', 'rate-plan'], queryFn: fetchRatePlan });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Sign-in</h1>
      {provider.isPending && <p role="status">Loading the identity provider…</p>}
      {provider.isError && (
        <ProblemPanel error={provider.error} retry={() => void provider.refetch()} />
      )}
      {provider.isSuccess && (
        <IdentityProviderForm
          session={session}
          current={provider.data}
          reload={() => void provider.refetch()}
        />
      )}
      {origins.isPending && <p role="status">Loading the web origins…</p>}
      {origins.isError && (
        <ProblemPanel error={origins.error} retry={() => void origins.refetch()} />
      )}
      {origins.isSuccess && (
        <CorsOriginsForm
          session={session}
          current={origins.data}
          reload={() => void origins.refetch()}
        />
      )}
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Rate plan</h2>
        {plan.isPending && <p role="status">Loading the rate plan…</p>}
        {plan.isError && <ProblemPanel error={plan.error} retry={() => void plan.refetch()} />}
        {plan.isSuccess && (
          <dl className="figures">
            <div>
              <dt>Plan</dt>
              <dd>{plan.data.plan}</dd>
            </div>
            <div>
              <dt>Requests per minute, each person</dt>
              <dd>{plan.data.quotas?.personPerMinute ?? 'the gateway’s default'}</dd>
            </div>
            <div>
              <dt>Requests per minute, each partner app</dt>
              <dd>{plan.data.quotas?.partnerPerMinute ?? 'the gateway’s default'}</dd>
            </div>
          </dl>
        )}
        <p>Operators change an institution’s plan; ask them for more.</p>
      </section>
    </section>
  );
}
