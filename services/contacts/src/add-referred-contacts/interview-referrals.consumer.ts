import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { InterviewReferrals } from './interview-referrals';

/** People referred in a completed interview become contacts (group `contacts-interview-referrals`). */
export const interviewReferrals: ConsumerDeclaration<InterviewReferrals> = {
  group: 'interview-referrals',
  topics: [topicFor('interviews')],
  uses: InterviewReferrals,
  handle: (referrals, event, logger) => referrals.addAll(event, logger),
};
