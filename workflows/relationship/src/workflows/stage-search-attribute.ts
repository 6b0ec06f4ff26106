import { patched, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { RAPPORT_STAGE } from '../institution-policy/tenant-search-attribute';
import type { Stage } from './state';

/**
 * Since this patch a run keeps its stage in the `RapportStage` search attribute, so operators count
 * relationships per stage with visibility queries. Runs recorded before it never upserted, and
 * replay them without; once live again they publish their stage at their next step.
 */
export const STAGE_SEARCH_ATTRIBUTE = 'stage-search-attribute';

/**
 * Upserts the stage when the attribute does not already say it (a continued run inherits it), so
 * a history gains one upsert per stage change rather than one per loop.
 */
export function publishStage(stage: Stage): void {
  if (!patched(STAGE_SEARCH_ATTRIBUTE)) return;
  if (workflowInfo().typedSearchAttributes.get(RAPPORT_STAGE) === stage) return;
  upsertSearchAttributes([{ key: RAPPORT_STAGE, value: stage }]);
}
