import type { ConsumerDeclaration } from '@rapport/service-skeleton';
import { topicFor } from '@rapport/contracts';
import { ContactErasure } from './erase-contact/contact-erasure';
import type { InterviewsConfig } from './interviews.config';
import { SchedulingOffers } from './offer-scheduling/scheduling-offers';
import { CalendarReplies } from './record-calendar-reply/record-calendar-reply';
import { relationshipTimelineConsumer } from './timeline';

/** Calendar replies matched by notifications (group `<prefix>-calendar-replies`). */
export const calendarReplies = (topic: string): ConsumerDeclaration<CalendarReplies> => ({
  group: 'calendar-replies',
  topics: [topic],
  uses: CalendarReplies,
  handle: (replies, event, logger) => replies.record(event, logger),
});

/** Accepted requests from outreach, offering scheduling (group `<prefix>-accepted-requests`). */
export const acceptedRequests = (topic: string): ConsumerDeclaration<SchedulingOffers> => ({
  group: 'accepted-requests',
  topics: [topic],
  uses: SchedulingOffers,
  handle: (offers, event) => offers.offer(event),
});

/** Contacts erased in the contacts context (group `<prefix>-erased-contacts`). */
export const erasedContacts = (topic: string): ConsumerDeclaration<ContactErasure> => ({
  group: 'erased-contacts',
  topics: [topic],
  uses: ContactErasure,
  handle: (erasure, event) => erasure.erase(event),
});

/** What the interviews context hears from others. */
export function interviewConsumers(config: InterviewsConfig): ConsumerDeclaration[] {
  return [
    calendarReplies(config.RAPPORT_INTERVIEWS_NOTIFICATIONS_TOPIC),
    acceptedRequests(config.RAPPORT_INTERVIEWS_OUTREACH_TOPIC),
    relationshipTimelineConsumer([
      config.RAPPORT_INTERVIEWS_OUTREACH_TOPIC,
      topicFor('interviews'),
      config.RAPPORT_INTERVIEWS_NOTIFICATIONS_TOPIC,
    ]),
  ];
}
