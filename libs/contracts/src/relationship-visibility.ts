/**
 * What the relationship workflow shows Temporal's visibility, for readers in other contexts (the
 * gateway's operator routes): its type, its search attributes and the stages it rests in. The
 * workflow keeps its own copies (its bundle stays free of this package); its unit spec holds the
 * two equal.
 */
export const RELATIONSHIP_WORKFLOW_TYPE = 'relationshipLifecycle';

export const RELATIONSHIP_SEARCH_ATTRIBUTES = {
  tenant: 'RapportTenant',
  stage: 'RapportStage',
} as const;

export const RELATIONSHIP_STAGES = [
  'prepared',
  'awaiting-reply',
  'responded',
  'scheduled',
  'interviewed',
  'thanked',
  'keeping-in-touch',
  'unresponsive',
  'paused',
  'closed',
] as const;

export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];
