import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Role, Session } from '../session/session';
import { changeRole, fetchPerson, type PersonSummary, setAssignment } from './people';
import { RoleSelect } from './role-select';

/** One person: their role (changed under If-Match) and, for a coach, the members they follow. */
export function PersonPanel({
  session,
  personId,
  members,
}: {
  session: Session;
  personId: string;
  members: readonly PersonSummary[];
}) {
  const queryClient = useQueryClient();
  const person = useQuery({
    queryKey: ['admin', 'person', personId],
    queryFn: () => fetchPerson(personId),
  });
  const [role, setRole] = useState<Role | undefined>();
  const [memberId, setMemberId] = useState<string | undefined>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin'] });
  const roleChange = useMutation({
    mutationFn: (next: Role) => {
      if (!person.data) throw new Error('the person is not loaded yet');
      return changeRole(session, person.data, next);
    },
    onSuccess: refresh,
  });
  const assignment = useMutation({
    mutationFn: (change: { memberId: string; assigned: boolean }) =>
      setAssignment(session, personId, change.memberId, change.assigned),
    onSuccess: refresh,
  });

  if (person.isPending) return <p role="status">Loading {personId}…</p>;
  if (person.isError) {
    return <ProblemPanel error={person.error} retry={() => void person.refetch()} />;
  }
  const { displayName, assignedMemberIds } = person.data.value;
  const current = person.data.value.role;
  const unassigned = members.filter((member) => !assignedMemberIds.includes(member.personId));
  return (
    <section aria-labelledby="person-title" className="admin-form">
      <h2 id="person-title">{displayName}</h2>
      <div className="row">
        <RoleSelect label={`Role of ${displayName}`} value={role ?? current} onChange={setRole} />
        <Button
          isDisabled={!role || role === current || roleChange.isPending}
          onPress={() => role && roleChange.mutate(role)}
        >
          Change role
        </Button>
      </div>
      {roleChange.isError && <ProblemPanel error={roleChange.error} />}
      {current === 'coach' && (
        <>
          <h3>Assigned members</h3>
          {assignedMemberIds.length === 0 ? (
            <p className="empty">No members assigned yet.</p>
          ) : (
            <ul aria-label={`Members assigned to ${displayName}`} className="plain-list">
              {assignedMemberIds.map((id) => (
                <li key={id}>
                  <span>{id}</span>
                  <Button
                    aria-label={`Unassign ${id}`}
                    isDisabled={assignment.isPending}
                    onPress={() => assignment.mutate({ memberId: id, assigned: false })}
                  >
                    Unassign
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <Select
              selectedKey={memberId ?? null}
              onSelectionChange={(key) => setMemberId(String(key))}
            >
              <Label>Member to assign</Label>
              <Button>
                <SelectValue />
              </Button>
              <Popover>
                <ListBox items={unassigned.map((member) => ({ id: member.personId, ...member }))}>
                  {(member) => (
                    <ListBoxItem>{`${member.displayName} (${member.personId})`}</ListBoxItem>
                  )}
                </ListBox>
              </Popover>
            </Select>
            <Button
              isDisabled={!memberId || assignment.isPending}
              onPress={() => memberId && assignment.mutate({ memberId, assigned: true })}
            >
              Assign
            </Button>
          </div>
          {assignment.isError && <ProblemPanel error={assignment.error} />}
        </>
      )}
    </section>
  );
}
