import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EnrolPerson } from '../people/enrol-person';
import { PersonChanges } from '../people/person-changes';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from './demo-institution';
import type { ChangeOrigin } from './institutions-writer';
import { InstitutionsWriter } from './institutions-writer';
import { RegisterInstitution } from './register-institution';

const SEED_ORIGIN: ChangeOrigin = {
  tenantId: DEMO_TENANT_ID,
  actor: { id: 'demo-institution-seed', role: 'system' },
  correlationId: 'demo-institution-seed',
};

/**
 * Seeds the demo institution at start-up through the same commands admins use, so its people,
 * policy and assignments are events like any others. Idempotent: a registration or enrolment that
 * exists is a repeat, and a coach's demo members are assigned only while the coach's stream holds
 * nothing but the enrolment, so an admin's later unassignment survives restarts.
 */
@Injectable()
export class DemoInstitutionSeed implements OnModuleInit {
  constructor(
    private readonly institutions: RegisterInstitution,
    private readonly enrolments: EnrolPerson,
    private readonly changes: PersonChanges,
    private readonly writer: InstitutionsWriter,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.institutions.register(SEED_ORIGIN, {
      institutionId: DEMO_TENANT_ID,
      name: 'Demo University',
      plan: 'standard',
    });
    for (const { personId, email, name, role } of DEMO_PEOPLE) {
      await this.enrolments.enrol(SEED_ORIGIN, { personId, email, displayName: name, role });
    }
    for (const { personId, assignedMemberIds = [] } of DEMO_PEOPLE) {
      if (assignedMemberIds.length === 0) continue;
      const { version } = await this.writer.loadPerson(DEMO_TENANT_ID, personId);
      if (version !== 1) continue;
      for (const memberId of assignedMemberIds) {
        await this.changes.assign(SEED_ORIGIN, personId, memberId);
      }
    }
  }
}
