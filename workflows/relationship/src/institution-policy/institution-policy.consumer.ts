import type { Client } from '@temporalio/client';
import { topicFor } from '@rapport/contracts';
import {
  type ConsumedEvent,
  type ConsumerDeclaration,
  LatestVersionStore,
  PermanentError,
} from '@rapport/messaging';
import type { Logger } from '@rapport/platform';
import type { Db } from 'mongodb';
import type { PolicyOverride } from '../workflows/policy';
import type { InstitutionPolicyVersion } from '../activities/relationship.activities';
import {
  INSTITUTION_POLICIES,
  institutionPolicyProblems,
  relationshipFieldsOf,
} from './institution-policy';
import { signalRunningRelationships } from './policy-broadcast';

/** The institutions' relationship policies as the worker keeps them, and the Temporal client. */
export class InstitutionPolicies {
  private readonly store: LatestVersionStore<PolicyOverride>;

  constructor(
    db: Db,
    readonly client: Client,
  ) {
    this.store = new LatestVersionStore(db, INSTITUTION_POLICIES);
  }

  offer(tenantId: string, version: number, policy: PolicyOverride) {
    return this.store.offer(tenantId, version, policy);
  }

  /** The tenant's latest policy, or null while its institution has published none. */
  async current(tenantId: string): Promise<InstitutionPolicyVersion | null> {
    const latest = await this.store.latest(tenantId);
    return latest ? { version: latest.version, policy: latest.value } : null;
  }
}

/**
 * Keeps the latest PolicyChanged per tenant; an urgent one is also pushed to the tenant's running
 * workflows by one batch signal. A redelivered urgent change asks for the batch again: the job id
 * makes that a no-op, and it covers a crash between storing and asking.
 */
export async function keepInstitutionPolicy(
  policies: InstitutionPolicies,
  event: ConsumedEvent,
  logger: Logger,
): Promise<void> {
  if (event.payload.$typeName !== 'rapport.institutions.v1.PolicyChanged') return;
  const { institutionId, version, policy, urgent } = event.payload;
  if (institutionId !== event.envelope.tenantId)
    throw new PermanentError(
      `PolicyChanged for ${institutionId} arrived in tenant ${event.envelope.tenantId}`,
    );
  if (!policy || version < 1)
    throw new PermanentError('PolicyChanged needs a policy and a version from 1');
  const fields = relationshipFieldsOf(policy);
  const problems = institutionPolicyProblems(fields);
  if (problems.length > 0)
    throw new PermanentError(`policy version ${version} is unusable: ${problems.join('; ')}`);
  const outcome = await policies.offer(institutionId, version, fields);
  if (outcome === 'older') {
    logger.info({ tenantId: institutionId, version }, 'older institution policy ignored');
    return;
  }
  if (!urgent) return;
  const batch = await signalRunningRelationships(policies.client, institutionId, version);
  logger.info({ tenantId: institutionId, version, batch }, 'institution policy pushed');
}

export const INSTITUTION_POLICY_GROUP = 'relationship-institution-policies';

/** PolicyChanged into the worker's `institution_policies`, and urgent ones to the workflows. */
export const institutionPolicyConsumer: ConsumerDeclaration<InstitutionPolicies> = {
  group: 'institution-policies',
  topics: [topicFor('institutions')],
  uses: InstitutionPolicies,
  handle: keepInstitutionPolicy,
};
