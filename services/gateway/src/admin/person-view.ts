import { NotFoundProblem } from '@rapport/platform/http';
import type { PersonState } from '../institutions/domain/person.events';

/** How an admin sees a person; removed or unknown people are not found. */
export function personViewOf(state: PersonState, version: number, personId: string) {
  if (state.status !== 'enrolled') {
    throw new NotFoundProblem(`no person ${personId} in your institution`);
  }
  const { email, displayName, role, assignedMemberIds } = state;
  return { personId, email, displayName, role, assignedMemberIds: [...assignedMemberIds], version };
}
