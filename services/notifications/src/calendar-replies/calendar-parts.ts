import { headerBlockOf, headerValues } from '../webhooks/reply-address';

/** A calendar object attached or inlined in a reply is small; anything larger is not one. */
export const MAX_CALENDAR_BYTES = 256 * 1024;

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

/** A part's body: what follows its header block's empty line. */
function bodyOf(part: string): string {
  const match = /\r?\n\r?\n/.exec(part);
  return match ? part.slice(match.index + match[0].length) : '';
}

const isCalendar = (headers: string) =>
  /^text\/calendar\b/i.test(headerValues(headers, 'content-type')[0] ?? '') ||
  /filename="?[^";]*\.ics"?/i.test(headerValues(headers, 'content-disposition')[0] ?? '');

/**
 * The calendar objects in a whole MIME message (Inbound Parse's raw mode): every part typed
 * text/calendar or named *.ics, decoded from base64 or quoted-printable. Calendars answer in a
 * multipart/alternative or multipart/mixed message, so the parts are found by their boundaries
 * rather than by a full MIME parse.
 */
export function calendarPartsIn(message: string): string[] {
  const top = headerBlockOf(message);
  if (isCalendar(top)) {
    return [decodeBody(bodyOf(message), headerValues(top, 'content-transfer-encoding')[0])];
  }
  const boundaries = [...message.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => m[1]!);
  const found: string[] = [];
  for (const boundary of new Set(boundaries)) {
    for (const part of message.split(`--${boundary}`).slice(1)) {
      const trimmed = part.replace(/^\r?\n/, '');
      const headers = headerBlockOf(trimmed);
      if (!isCalendar(headers)) continue;
      const body = bodyOf(trimmed).replace(/\r?\n$/, '');
      if (body.length > MAX_CALENDAR_BYTES) continue;
      found.push(decodeBody(body, headerValues(headers, 'content-transfer-encoding')[0]));
    }
  }
  return found;
}
