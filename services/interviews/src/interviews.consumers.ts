import type { ConsumerDeclaration } from '@rapport/service-skeleton';
import { topicFor } from '@rapport/contracts';
import type { InterviewsConfig } from './interviews.config';
import { relationshipTimelineConsumer } from './timeline';

/** What the interviews context hears from others. */
export function interviewConsumers(config: InterviewsConfig): ConsumerDeclaration[] {
  return [
    relationshipTimelineConsumer([
      config.RAPPORT_INTERVIEWS_OUTREACH_TOPIC,
      topicFor('interviews'),
      config.RAPPORT_INTERVIEWS_NOTIFICATIONS_TOPIC,
    ]),
  ];
}
