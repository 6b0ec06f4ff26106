import {
  RELATIONSHIP_SEARCH_ATTRIBUTES,
  RELATIONSHIP_WORKFLOW_TYPE,
  type RelationshipStage,
} from '@rapport/contracts';

/** A literal in a visibility query: a quote or backslash in it must never end it early. */
function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function ofRelationships(tenantId: string | undefined): string {
  const type = `WorkflowType = ${literal(RELATIONSHIP_WORKFLOW_TYPE)}`;
  if (tenantId === undefined) return type;
  return `${RELATIONSHIP_SEARCH_ATTRIBUTES.tenant} = ${literal(tenantId)} AND ${type}`;
}

/** Running relationships resting in one stage, of one tenant or of all. */
export function runningInStage(stage: RelationshipStage, tenantId?: string): string {
  return `${ofRelationships(tenantId)} AND ExecutionStatus = 'Running' AND ${RELATIONSHIP_SEARCH_ATTRIBUTES.stage} = ${literal(stage)}`;
}

/** Running relationships that have not published a stage yet (started before the patch). */
export function runningWithoutStage(tenantId?: string): string {
  return `${ofRelationships(tenantId)} AND ExecutionStatus = 'Running' AND ${RELATIONSHIP_SEARCH_ATTRIBUTES.stage} IS NULL`;
}

/**
 * Runs that ended badly (the server lists closed runs newest first; SQL visibility takes no
 * ORDER BY). `ContinuedAsNew` and `Completed` are a relationship's
 * normal ends; a cancelled run was asked to stop, so it is not a failure either.
 */
export function failedRuns(tenantId?: string): string {
  return `${ofRelationships(tenantId)} AND ExecutionStatus IN ('Failed', 'TimedOut', 'Terminated')`;
}
