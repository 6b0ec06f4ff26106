import { z } from 'zod';
import { v1Get, v1GetVersioned, v1Path, v1Send, type Versioned } from '../app/v1-client';
import type { Role, Session } from '../session/session';

// The gateway's people views (services/gateway, admin-requests.ts).
export const ROLES = ['member', 'coach', 'admin', 'operator'] as const satisfies readonly Role[];
const personSummary = z.object({
  personId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
});
export type PersonSummary = z.infer<typeof personSummary>;
const peoplePage = z.object({ people: z.array(personSummary), next: z.number().optional() });
const person = personSummary.extend({
  assignedMemberIds: z.array(z.string()),
  version: z.number(),
});
export type Person = z.infer<typeof person>;

/** Every person of the institution, page by page (the gateway's cursor), for one table. */
export async function fetchPeople(): Promise<PersonSummary[]> {
  const people: PersonSummary[] = [];
  let after = 0;
  // A bound, not a loop on trust: a cursor that never ended would hang the page.
  for (let pages = 0; pages < 50; pages++) {
    const page = await v1Get(`${v1Path`/admin/people`}?after=${after}`, peoplePage);
    people.push(...page.people);
    if (page.next === undefined) break;
    after = page.next;
  }
  return people;
}

export function fetchPerson(personId: string): Promise<Versioned<Person>> {
  return v1GetVersioned(v1Path`/admin/people/${personId}`, person);
}

export interface Enrolment {
  readonly personId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
}

export async function enrol(session: Session, enrolment: Enrolment): Promise<Person> {
  return (await v1Send(session, 'POST', v1Path`/admin/people`, enrolment, person)).value;
}

/** A role change under If-Match: refused if the person changed since the admin read them. */
export async function changeRole(
  session: Session,
  current: Versioned<Person>,
  role: Role,
): Promise<Person> {
  const path = v1Path`/admin/people/${current.value.personId}/role`;
  return (await v1Send(session, 'PUT', path, { role }, person, current.etag ?? undefined)).value;
}

export async function setAssignment(
  session: Session,
  coachId: string,
  memberId: string,
  assigned: boolean,
): Promise<Person> {
  const path = v1Path`/admin/people/${coachId}/assigned-members/${memberId}`;
  return (await v1Send(session, assigned ? 'PUT' : 'DELETE', path, undefined, person)).value;
}
