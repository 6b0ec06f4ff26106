import type { InstitutionPolicyVersion } from '../activities/relationship.activities';
import { DEFAULT_POLICY, policyProblems, resolvePolicy, type RelationshipPolicy } from './policy';
import type { RelationshipState } from './state';

/**
 * Since this patch a run reads its institution's policy (at its start, when a timer fires, and
 * when told a newer version exists) and layers it between the defaults and the relationship's own
 * override. Runs recorded before it replay on the defaults alone. Asked at each of those points,
 * so a run that started before the patch adopts the institution's values from its next new step.
 */
export const INSTITUTION_POLICY_BY_VERSION = 'institution-policy-by-version';

/** The defaults with the institution's values on top; the relationship's override goes above. */
export const institutionBase = (state: RelationshipState): RelationshipPolicy =>
  resolvePolicy(DEFAULT_POLICY, state.institutionPolicy);

/** The policy the relationship runs on: defaults ← institution ← its own override. */
export const effectivePolicy = (state: RelationshipState): RelationshipPolicy =>
  resolvePolicy(institutionBase(state), state.policyOverride);

export type Adoption = { adopted: false } | { adopted: true; version: number; problems: string[] };

/**
 * Takes a newer institution policy into the state; an older or equal version changes nothing.
 * Values that clash with the relationship's own override (a deadline shorter than its reminder)
 * are not taken, but the version is, so the same values are not read again and again.
 */
export function adoptInstitutionPolicy(
  state: RelationshipState,
  latest: InstitutionPolicyVersion | null,
): Adoption {
  if (!latest || latest.version <= (state.policyVersion ?? 0)) return { adopted: false };
  const candidate = resolvePolicy(
    resolvePolicy(DEFAULT_POLICY, latest.policy),
    state.policyOverride,
  );
  const problems = policyProblems(candidate);
  state.policyVersion = latest.version;
  if (problems.length === 0) state.institutionPolicy = latest.policy;
  return { adopted: true, version: latest.version, problems };
}
