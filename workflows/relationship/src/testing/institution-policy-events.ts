import {
  DEFAULT_INSTITUTION_POLICY,
  type EventInit,
  type InstitutionPolicyFields,
} from '@rapport/contracts';

export type PolicyFields = InstitutionPolicyFields;

/** A complete, valid institution policy: the defaults an institution starts from. */
export const INSTITUTION_DEFAULTS: PolicyFields = DEFAULT_INSTITUTION_POLICY;

/** A PolicyChanged as the gateway publishes it: the whole policy, its version, and urgency. */
export function policyChanged(
  institutionId: string,
  version: number,
  changes: Partial<PolicyFields>,
  urgent = false,
): EventInit<'rapport.institutions.v1.PolicyChanged'> {
  return { institutionId, version, urgent, policy: { ...INSTITUTION_DEFAULTS, ...changes } };
}
