import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Every relationship workflow carries its tenant as a search attribute, so one visibility query
 * names all of an institution's running relationships (a batch signal, an operator's list). Set
 * at start by the bridge; continue-as-new carries it on. Kept free of client imports: workflow
 * code may read it too.
 */
export const RAPPORT_TENANT = defineSearchAttributeKey(
  'RapportTenant',
  SearchAttributeType.KEYWORD,
);

/**
 * The stage a relationship rests in (`Stage` in workflows/state.ts), upserted by the workflow each
 * time it changes (patched: `STAGE_SEARCH_ATTRIBUTE`), so an operator's counts per stage are one
 * visibility count query each, never a loop over workflows.
 */
export const RAPPORT_STAGE = defineSearchAttributeKey('RapportStage', SearchAttributeType.KEYWORD);

/** The workflow type the visibility queries name (the workflow function's name). */
export const RELATIONSHIP_WORKFLOW_TYPE = 'relationshipLifecycle';

/** The search attributes a relationship workflow starts with. */
export const tenantSearchAttributes = (tenantId: string) => [
  { key: RAPPORT_TENANT, value: tenantId },
];

/** Running relationship workflows of one tenant, as a visibility query. */
export function runningRelationshipsOf(tenantId: string): string {
  // Tenant ids are ours (slugs), but a quote must never end the literal early.
  const literal = tenantId.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `${RAPPORT_TENANT.name} = '${literal}' AND ExecutionStatus = 'Running' AND WorkflowType = '${RELATIONSHIP_WORKFLOW_TYPE}'`;
}
