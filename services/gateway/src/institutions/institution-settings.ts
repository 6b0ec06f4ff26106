import { Injectable } from '@nestjs/common';
import { PreconditionFailedProblem } from '@rapport/platform/http';
import { institutionDecider } from './domain/institution.decider';
import type { Branding, InstitutionPolicy } from './domain/institution-policy';
import {
  type ChangeOrigin,
  type InstitutionResult,
  InstitutionsWriter,
} from './institutions-writer';

/** An institution's policy and branding, replaced whole by its admins. */
@Injectable()
export class InstitutionSettings {
  constructor(private readonly writer: InstitutionsWriter) {}

  /**
   * The policy's own version is its ETag (branding changes do not move it), so If-Match is
   * checked against it on the state each attempt loads, not against the stream's version.
   */
  replacePolicy(
    origin: ChangeOrigin,
    policy: InstitutionPolicy,
    urgent: boolean,
    expectedPolicyVersion: number,
  ): Promise<InstitutionResult> {
    return this.writer.institution(origin, (state) => {
      if (state.status === 'registered' && state.policyVersion !== expectedPolicyVersion) {
        throw new PreconditionFailedProblem(
          `the policy is at version ${state.policyVersion}, not ${expectedPolicyVersion}; read it again`,
        );
      }
      return institutionDecider.decide({ type: 'ReplacePolicy', policy, urgent }, state);
    });
  }

  changeBranding(origin: ChangeOrigin, branding: Branding): Promise<InstitutionResult> {
    return this.writer.institution(origin, { type: 'ChangeBranding', branding });
  }
}
