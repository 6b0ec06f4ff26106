import { useParams } from 'react-router';
import { ContactsSection } from '../network/network.page';
import { PipelineBoard } from '../pipeline/pipeline.page';
import { MemberStanding } from './member-standing.panel';

/** A member's standing, network and pipeline as their coach reads them: nothing here changes anything. */
export function MemberProgressPage() {
  const { memberId = '' } = useParams();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Progress of {memberId}</h1>
      <p>Read-only: only {memberId} changes their contacts and requests.</p>
      <section aria-labelledby="member-standing">
        <h2 id="member-standing">Where they stand</h2>
        <MemberStanding memberId={memberId} />
      </section>
      <section aria-labelledby="member-pipeline">
        <h2 id="member-pipeline">Pipeline</h2>
        <PipelineBoard memberId={memberId} />
      </section>
      <section aria-labelledby="member-network">
        <h2 id="member-network">Network</h2>
        <ContactsSection memberId={memberId} />
      </section>
    </section>
  );
}
