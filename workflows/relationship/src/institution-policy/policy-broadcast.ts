import { type Client, defaultPayloadConverter, isGrpcServiceError } from '@temporalio/client';
import { institutionPolicyChangedSignal } from '../workflows/signals';
import { RAPPORT_STAGE, RAPPORT_TENANT, runningRelationshipsOf } from './tenant-search-attribute';

// gRPC codes and the API's enum value, spelled out: their packages are not our dependencies.
const ALREADY_EXISTS = 6;
const INDEXED_VALUE_TYPE_KEYWORD = 2;

function alreadyExists(error: unknown): boolean {
  if (!isGrpcServiceError(error)) return false;
  const code: number = error.code;
  return code === ALREADY_EXISTS;
}

/**
 * Registers the tenant and stage search attributes on the namespace. Idempotent (the server answers a
 * repeat with success or ALREADY_EXISTS), so the worker calls it at every start: a fresh clone's
 * dev server, or a new namespace, gets it without a manual step.
 */
export async function ensureTenantSearchAttribute(client: Client): Promise<void> {
  // One call per attribute: a namespace that has the tenant already still gets the stage.
  for (const key of [RAPPORT_TENANT, RAPPORT_STAGE]) {
    try {
      await client.connection.operatorService.addSearchAttributes({
        namespace: client.options.namespace,
        searchAttributes: { [key.name]: INDEXED_VALUE_TYPE_KEYWORD },
      });
    } catch (error) {
      if (!alreadyExists(error)) throw error;
    }
  }
}

/**
 * Tells every running relationship workflow of a tenant that its institution's policy moved, with
 * ONE server-side batch operation: the server pages the visibility query and signals each
 * workflow at its own pace, so nothing here loops over workflows however many the tenant has.
 * The job id is derived from tenant and version, so a redelivered event starts nothing new.
 * The server runs a limited number of batch jobs per namespace at once; a refusal for that
 * (RESOURCE_EXHAUSTED) is thrown, and the consumer retries it with backoff.
 */
export async function signalRunningRelationships(
  client: Client,
  tenantId: string,
  version: number,
): Promise<'started' | 'already-started'> {
  try {
    await client.workflowService.startBatchOperation({
      namespace: client.options.namespace,
      jobId: `institution-policy:${tenantId}:${version}`,
      reason: `institution policy version ${version}`,
      visibilityQuery: runningRelationshipsOf(tenantId),
      signalOperation: {
        signal: institutionPolicyChangedSignal.name,
        input: { payloads: [defaultPayloadConverter.toPayload({ version })] },
        identity: 'relationship-worker',
      },
    });
    return 'started';
  } catch (error) {
    if (alreadyExists(error)) return 'already-started';
    throw error;
  }
}
