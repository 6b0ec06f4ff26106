import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { RelationshipTimeline } from './relationship-timeline';

/**
 * Keeps every relationship's timeline from the outreach and interviews topics, and calendar
 * answers from the notifications topic (group `<prefix>-relationship-timeline`).
 * The interviews service's own events come through Kafka too, not inline after the append: the
 * timeline mixes two contexts anyway, so it is eventually consistent whatever we do, and one path
 * for every event keeps one guard, one ordering rule and one rebuild.
 */
export const relationshipTimelineConsumer = (
  topics: readonly string[] = [
    topicFor('outreach'),
    topicFor('interviews'),
    topicFor('notifications'),
  ],
): ConsumerDeclaration<RelationshipTimeline> => ({
  group: 'relationship-timeline',
  topics,
  uses: RelationshipTimeline,
  handle: async (timeline, event) => {
    await timeline.apply(event);
  },
});
