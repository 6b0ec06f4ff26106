import { Injectable } from '@nestjs/common';
import {
  NotFoundProblem,
  PreconditionFailedProblem,
  UnprocessableProblem,
} from '@rapport/platform/http';
import type { PersonRole } from '../institutions/domain/person.events';
import {
  type ChangeOrigin,
  InstitutionsWriter,
  type PersonResult,
} from '../institutions/institutions-writer';
import { PeopleDirectory } from './people-directory';

/**
 * Changes to an enrolled person. A member who stops being one (another role, removal) is first
 * let go by every coach following them, so no coach's token keeps naming them; the coaches come
 * from the member's directory entry, kept by the same events.
 */
@Injectable()
export class PersonChanges {
  constructor(
    private readonly writer: InstitutionsWriter,
    private readonly directory: PeopleDirectory,
  ) {}

  async changeRole(
    origin: ChangeOrigin,
    personId: string,
    role: PersonRole,
    expectedVersion?: number,
  ): Promise<PersonResult> {
    // A stale If-Match is refused before any coach lets go.
    if (expectedVersion !== undefined) {
      const { version } = await this.writer.loadPerson(origin.tenantId, personId);
      if (version !== expectedVersion) {
        throw new PreconditionFailedProblem(`${personId} changed since your last read; read again`);
      }
    }
    if (role !== 'member') await this.releaseFromCoaches(origin, personId);
    return this.writer.person(
      origin,
      personId,
      { type: 'ChangeRole', personId, role },
      expectedVersion,
    );
  }

  async remove(origin: ChangeOrigin, personId: string): Promise<PersonResult> {
    await this.releaseFromCoaches(origin, personId);
    return this.writer.person(origin, personId, { type: 'RemovePerson', personId });
  }

  async assign(origin: ChangeOrigin, coachId: string, memberId: string): Promise<PersonResult> {
    const { state } = await this.writer.loadPerson(origin.tenantId, memberId);
    if (state.status !== 'enrolled') {
      throw new NotFoundProblem(`no person ${memberId} in the institution`);
    }
    if (state.role !== 'member') {
      throw new UnprocessableProblem(`${memberId} is not a member; only members are coached`, {
        reason: 'not-a-member',
      });
    }
    return this.writer.person(origin, coachId, { type: 'AssignMember', coachId, memberId });
  }

  unassign(origin: ChangeOrigin, coachId: string, memberId: string): Promise<PersonResult> {
    return this.writer.person(origin, coachId, { type: 'UnassignMember', coachId, memberId });
  }

  private async releaseFromCoaches(origin: ChangeOrigin, memberId: string): Promise<void> {
    const entry = await this.directory.find(origin.tenantId, memberId);
    for (const coachId of entry?.coachIds ?? []) {
      await this.unassign(origin, coachId, memberId);
    }
  }
}
