import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo } from 'react';
import { Button, Form, Input, Label, Link, TextField } from 'react-aria-components';
import { useNavigate, useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import { BarChart } from '../admin/bar-chart';
import { fetchFunnel, stagesOf } from '../admin/funnel';
import type { Session } from '../session/session';
import { MemberStanding } from './member-standing.panel';
import { readRecent } from './recent-members';
import '../admin/admin-area.css';

/**
 * Caseload: the coach's members with where each stands, and their funnel. The gateway has no route
 * listing a coach's assigned members yet (issue 17), so the list is the members this coach opened
 * in this browser, and a member is opened by id; the services answer only for assigned members.
 */
export function CaseloadPage() {
  const session = useOutletContext<Session>();
  const navigate = useNavigate();
  const recent = useMemo(() => readRecent(session.personId), [session.personId]);
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
        {recent.length === 0 ? (
          <p className="empty">Members you open appear here, with who is stuck.</p>
        ) : (
          <ul className="plain-list" aria-label="Your members">
            {recent.map((memberId) => (
              <li key={memberId}>
                <Link href={`/caseload/${encodeURIComponent(memberId)}`}>{memberId}</Link>
                <MemberStanding memberId={memberId} />
              </li>
            ))}
          </ul>
        )}
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
