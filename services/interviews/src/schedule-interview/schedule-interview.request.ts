import { z } from 'zod';
import { id } from '../shared/interview-params';
import { slotRequest } from './slot.request';

const party = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
});

/**
 * A new interview under an id the client chose (so a retried request is recognised). The names
 * and addresses of both sides come with it: the console has them on screen, and the invitation
 * must not wait for a directory fed from another context to catch up.
 */
export const scheduleInterviewRequest = z.strictObject({
  interviewId: id,
  contactId: id,
  ...slotRequest.shape,
  organizer: party,
  attendee: party,
});
export type ScheduleInterviewRequest = z.output<typeof scheduleInterviewRequest>;
