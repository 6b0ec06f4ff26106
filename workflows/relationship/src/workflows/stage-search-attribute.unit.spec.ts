import {
  RELATIONSHIP_SEARCH_ATTRIBUTES,
  RELATIONSHIP_STAGES,
  RELATIONSHIP_WORKFLOW_TYPE,
  type RelationshipStage,
} from '@rapport/contracts';
import {
  RAPPORT_STAGE,
  RAPPORT_TENANT,
  RELATIONSHIP_WORKFLOW_TYPE as WORKFLOW_TYPE,
} from '../institution-policy/tenant-search-attribute';
import type { Stage } from './state';

// A stage added on one side only fails the typecheck here.
const sameStages: [Stage] extends [RelationshipStage]
  ? [RelationshipStage] extends [Stage]
    ? true
    : false
  : false = true;

describe('what the workflow shows visibility matches the contract other contexts read', () => {
  it('names the same search attributes and workflow type', () => {
    expect(RAPPORT_TENANT.name).toBe(RELATIONSHIP_SEARCH_ATTRIBUTES.tenant);
    expect(RAPPORT_STAGE.name).toBe(RELATIONSHIP_SEARCH_ATTRIBUTES.stage);
    expect(WORKFLOW_TYPE).toBe(RELATIONSHIP_WORKFLOW_TYPE);
  });

  it('lists every stage once', () => {
    expect(sameStages).toBe(true);
    expect(new Set(RELATIONSHIP_STAGES).size).toBe(RELATIONSHIP_STAGES.length);
  });
});
