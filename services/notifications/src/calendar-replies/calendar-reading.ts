import ICAL from 'ical.js';

/** What notifications reads of an iCalendar object: its method and its (first) event. */
export interface CalendarSummary {
  readonly method: string;
  readonly uid: string;
  readonly sequence: number;
  readonly dtstamp?: string;
  readonly attendees: ReadonlyArray<{ readonly email: string; readonly partstat: string }>;
}

/** The address of a `mailto:` calendar user, lower-cased; undefined for any other URI. */
export function calendarAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^mailto:(.+)$/i.exec(value.trim());
  return match?.[1] ? match[1].trim().toLowerCase() : undefined;
}

/**
 * Reads an iCalendar text with ical.js (a full RFC 5545 parser: folding, escaping, parameters),
 * or undefined when it is not one or has no VEVENT with a UID. Never throws: the text comes from
 * strangers' mail.
 */
export function readCalendar(text: string): CalendarSummary | undefined {
  let root: ICAL.Component;
  try {
    // ical.js types its parse result as any: it is jCal, an array, or not a calendar at all.
    const jcal: unknown = ICAL.parse(text);
    if (!Array.isArray(jcal)) return undefined;
    root = new ICAL.Component(jcal);
  } catch {
    return undefined;
  }
  if (root.name !== 'vcalendar') return undefined;
  const event = root.getFirstSubcomponent('vevent');
  const uid = event?.getFirstPropertyValue('uid');
  if (!event || typeof uid !== 'string' || uid === '') return undefined;
  const method = root.getFirstPropertyValue('method');
  const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
  const dtstamp = event.getFirstPropertyValue('dtstamp');
  const attendees = event.getAllProperties('attendee').flatMap((property) => {
    const email = calendarAddress(property.getFirstValue());
    const partstat = property.getParameter('partstat');
    return email
      ? [
          {
            email,
            partstat: typeof partstat === 'string' ? partstat.toUpperCase() : 'NEEDS-ACTION',
          },
        ]
      : [];
  });
  return {
    method: typeof method === 'string' ? method.toUpperCase() : '',
    uid,
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    ...(dtstamp ? { dtstamp: String(dtstamp) } : {}),
    attendees,
  };
}
