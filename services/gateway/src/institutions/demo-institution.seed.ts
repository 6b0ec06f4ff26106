import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PeopleDirectory } from '../people/people-directory';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from './demo-institution';

/** Seeds the demo institution's coach assignments at start-up; idempotent (writes by `_id`). */
@Injectable()
export class DemoInstitutionSeed implements OnModuleInit {
  constructor(private readonly people: PeopleDirectory) {}

  async onModuleInit(): Promise<void> {
    for (const person of DEMO_PEOPLE) {
      if (person.assignedMemberIds) {
        await this.people.assign(DEMO_TENANT_ID, person.personId, person.assignedMemberIds);
      }
    }
  }
}
