import { Injectable } from '@nestjs/common';
import { ConflictProblem } from '@rapport/platform/http';
import { type InstitutionCommand, institutionDecider } from './domain/institution.decider';
import type { InstitutionState } from './domain/institution.events';
import {
  type Branding,
  DEFAULT_INSTITUTION_POLICY,
  type InstitutionPolicy,
} from './domain/institution-policy';
import { type ChangeOrigin, InstitutionsWriter } from './institutions-writer';
import { answerToRepeat } from './repeated-create';

export interface InstitutionRegistration {
  readonly institutionId: string;
  readonly name: string;
  readonly plan: string;
  readonly policy?: InstitutionPolicy;
  readonly branding?: Branding;
}

/** Registers a tenant with its first policy and branding; the same registration again is a repeat. */
@Injectable()
export class RegisterInstitution {
  constructor(private readonly writer: InstitutionsWriter) {}

  async register(
    origin: ChangeOrigin,
    registration: InstitutionRegistration,
  ): Promise<{ state: InstitutionState; version: number }> {
    const command: InstitutionCommand = {
      type: 'RegisterInstitution',
      institutionId: registration.institutionId,
      name: registration.name,
      plan: registration.plan,
      policy: registration.policy ?? DEFAULT_INSTITUTION_POLICY,
      branding: registration.branding ?? {
        displayName: registration.name,
        primaryColor: '#1f4e79',
        logoUrl: '',
      },
    };
    const repeat = () =>
      this.writer
        .institutionCreation(origin.tenantId)
        .then((creation) =>
          answerToRepeat(
            creation,
            institutionDecider.decide(command, institutionDecider.initialState),
            `institution ${registration.institutionId}`,
          ),
        );
    const first = await repeat();
    if (first) return first;
    try {
      return await this.writer.institution(origin, command);
    } catch (error) {
      // Another request registered it between our look and our append: answered as a repeat.
      const raced = error instanceof ConflictProblem ? await repeat() : undefined;
      if (raced) return raced;
      throw error;
    }
  }
}
