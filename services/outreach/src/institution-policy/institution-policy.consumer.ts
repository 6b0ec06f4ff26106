import { topicFor } from '@rapport/contracts';
import { type ConsumerDeclaration, PermanentError } from '@rapport/messaging';
import { guidancePolicyProblems } from '../compose-guidance';
import { InstitutionGuidance } from './institution-guidance';

/**
 * Keeps each institution's guidance thresholds from its PolicyChanged events (group
 * `<prefix>-institution-policies`); thresholds that cannot be used are dead-lettered.
 */
export const institutionPolicies: ConsumerDeclaration<InstitutionGuidance> = {
  group: 'institution-policies',
  topics: [topicFor('institutions')],
  uses: InstitutionGuidance,
  handle: async (guidance, { envelope, payload }) => {
    if (payload.$typeName !== 'rapport.institutions.v1.PolicyChanged') return;
    const { institutionId, version, policy } = payload;
    if (institutionId !== envelope.tenantId)
      throw new PermanentError(
        `PolicyChanged for ${institutionId} arrived in ${envelope.tenantId}`,
      );
    if (!policy?.guidance || version < 1)
      throw new PermanentError('PolicyChanged needs guidance thresholds and a version from 1');
    const { warnWords, maxWords, suggestedMinutes, maxMinutes } = policy.guidance;
    const thresholds = { warnWords, maxWords, suggestedMinutes, maxMinutes };
    const problems = guidancePolicyProblems(thresholds);
    if (problems.length > 0)
      throw new PermanentError(`guidance of policy ${version}: ${problems.join('; ')}`);
    await guidance.offer(institutionId, version, thresholds);
  },
};
