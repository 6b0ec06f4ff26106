export { checkGuidance } from './check-guidance';
export { loadGuidanceModels } from './learned-models';
export { DEFAULT_GUIDANCE_POLICY, guidancePolicyProblems } from './guidance-policy';
export { GUIDANCE_RULES, type GuidanceRuleId } from './guidance-rules';
export {
  LINKEDIN_NOTE_CHARACTER_LIMIT,
  TEXT_MESSAGE_CHARACTER_LIMIT,
  countCharacters,
} from './channel-limits';
export type {
  Channel,
  DraftMessage,
  Finding,
  GuidancePolicy,
  GuidanceReport,
  MessageField,
  Severity,
  TextSpan,
} from './guidance.types';
