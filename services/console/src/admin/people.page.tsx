import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { EnrolPersonForm } from './enrol-person.form';
import { fetchPeople } from './people';
import { PersonPanel } from './person.panel';
import './admin-area.css';
import { TableScroll } from './table-scroll';

/** People: who belongs to the institution, in which role, and which coach follows whom. */
export function PeoplePage() {
  const session = useOutletContext<Session>();
  const people = useQuery({ queryKey: ['admin', 'people'], queryFn: fetchPeople });
  const [open, setOpen] = useState<string | undefined>();
  const members = people.data?.filter((person) => person.role === 'member') ?? [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">People</h1>
      {people.isPending && <p role="status">Loading the people…</p>}
      {people.isError && <ProblemPanel error={people.error} retry={() => void people.refetch()} />}
      {people.isSuccess && (
        <TableScroll label="People table">
          <table>
            <caption>{people.data.length} people</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Sign-in id</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.data.map((person) => (
                <tr key={person.personId}>
                  <th scope="row">{person.displayName}</th>
                  <td>{person.personId}</td>
                  <td>{person.email}</td>
                  <td>{person.role}</td>
                  <td>
                    <Button
                      aria-label={`Manage ${person.displayName}`}
                      aria-pressed={open === person.personId}
                      onPress={() => setOpen(person.personId)}
                    >
                      Manage
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {open && <PersonPanel key={open} session={session} personId={open} members={members} />}
      <EnrolPersonForm session={session} />
    </section>
  );
}
