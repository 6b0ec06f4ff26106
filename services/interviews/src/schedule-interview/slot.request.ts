import { z } from 'zod';
import { FORMATS, type Slot } from '../domain/interview.events';

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/London');

/** When, for how long, how and where: the part of a schedule a reschedule repeats. */
export const slotRequest = z.strictObject({
  startsAt: z.iso.datetime({ offset: true }),
  timeZone,
  durationMinutes: z.number().int().min(5).max(240).default(20),
  format: z.enum(FORMATS),
  /** An address, a phone number or a video link. */
  location: z.string().trim().min(1).max(500).optional(),
});
export type SlotRequest = z.output<typeof slotRequest>;

export function slotOf(request: SlotRequest): Slot {
  const { startsAt, timeZone: zone, durationMinutes, format, location } = request;
  return {
    startsAt: new Date(startsAt).toISOString(),
    timeZone: zone,
    durationMinutes,
    format,
    ...(location ? { location } : {}),
  };
}
