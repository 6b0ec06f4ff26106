import { type GuidancePolicy } from './guidance.types';

/**
 * Defaults when an institution sets no policy of its own: under ~100 words is the common advice
 * for a first request, and 20 minutes (never more than 30) is the usual size of the ask.
 */
export const DEFAULT_GUIDANCE_POLICY: Readonly<GuidancePolicy> = Object.freeze({
  warnWords: 100,
  maxWords: 150,
  suggestedMinutes: 20,
  maxMinutes: 30,
});
