import type { ConsumerDeclaration } from '@rapport/service-skeleton';
import type { InterviewsConfig } from './interviews.config';

/** What the interviews context hears from others. */
export function interviewConsumers(_config: InterviewsConfig): ConsumerDeclaration[] {
  return [];
}
