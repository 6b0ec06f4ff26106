import type { ConsumerDeclaration } from '@rapport/service-skeleton';
import { MemberActivity } from './member-activity';

/**
 * Keeps each member's contacts, requests, replies and conversations from the contacts, outreach
 * and interviews topics (group `<prefix>-member-activity`), for the target organisations' counts.
 */
export const memberActivityConsumer = (
  topics: readonly string[],
): ConsumerDeclaration<MemberActivity> => ({
  group: 'member-activity',
  topics,
  uses: MemberActivity,
  handle: async (activity, event) => {
    await activity.apply(event);
  },
});
