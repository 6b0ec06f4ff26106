import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Button, Form, Input, Label, Link, TextField } from 'react-aria-components';
import { useNavigate, useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import { BarChart } from '../admin/bar-chart';
import { fetchFunnel, stagesOf } from '../admin/funnel';
import type { Session } from '../session/session';
import { fetchCaseload } from './caseload-members';
import { MemberStanding } from './member-standing.panel';
import '../admin/admin-area.css';

/**
 * Caseload: the coach's assigned members a page at a time, with where each stands, and their
 * funnel; any member can also be opened by id (the services answer only for assigned members).
 */
export function CaseloadPage() {
  const session = useOutletContext<Session>();
  const navigate = useNavigate();
  // The cursors of the pages seen so far, so "Previous" goes back the way "Next" came.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors.at(-1);
  const members = useQuery({
    queryKey: ['caseload', session.personId, after],
    queryFn: () => fetchCaseload(after),
  });
  const funnel = useQuery({ queryKey: ['funnel'], queryFn: fetchFunnel });
  const stages = useMemo(() => (funnel.data ? stagesOf(funnel.data) : []), [funnel.data]);

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const memberId = new FormData(event.currentTarget).get('memberId');
    if (typeof memberId === 'string' && memberId.trim() !== '') {
      void navigate(`/caseload/${encodeURIComponent(memberId.trim())}`);
    }
  }
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Caseload</h1>
      <p>Open an assigned member’s network and pipeline, read-only.</p>
      <Form className="filters" aria-label="Open a member" onSubmit={open}>
        <TextField name="memberId" isRequired>
          <Label>Member’s id</Label>
          <Input />
        </TextField>
        <Button type="submit">Open</Button>
      </Form>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">Your members</h2>
        {members.isPending && <p role="status">Loading your members…</p>}
        {members.isError && (
          <ProblemPanel error={members.error} retry={() => void members.refetch()} />
        )}
        {members.isSuccess && members.data.members.length === 0 && (
          <p className="empty">
            No members are assigned to you yet: your institution’s admin does that.
          </p>
        )}
        {members.isSuccess && members.data.members.length > 0 && (
          <ul className="plain-list" aria-label="Your members">
            {members.data.members.map(({ memberId, displayName }) => (
              <li key={memberId}>
                <Link href={`/caseload/${encodeURIComponent(memberId)}`}>{memberId}</Link>
                <span>{displayName}</span>
                <MemberStanding memberId={memberId} />
              </li>
            ))}
          </ul>
        )}
        <div className="row">
          <Button isDisabled={cursors.length < 2} onPress={() => setCursors(cursors.slice(0, -1))}>
            Previous
          </Button>
          <Button
            isDisabled={members.data?.next === undefined}
            onPress={() => setCursors([...cursors, members.data?.next])}
          >
            Next
          </Button>
        </div>
      </section>
      <section aria-labelledby="funnel-title">
        <h2 id="funnel-title">Your members’ funnel</h2>
        {funnel.isPending && <p role="status">Loading the funnel…</p>}
        {funnel.isError && (
          <ProblemPanel error={funnel.error} retry={() => void funnel.refetch()} />
        )}
        {funnel.isSuccess && <BarChart title="From request to response" bars={stages} />}
      </section>
    </section>
  );
}
