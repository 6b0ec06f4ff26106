import { ImportFileError } from './imported-row';

/** The unfolded content lines of one card, without its BEGIN and END lines. */
export interface VCardLines {
  ordinal: number;
  startLine: number;
  contentLines: string[];
}

interface LogicalLine {
  line: number;
  text: string;
}

/**
 * Splits a vCard file into cards and checks that every BEGIN:VCARD has its END:VCARD: a file cut
 * short or pasted together wrongly is refused whole rather than imported half.
 */
export function splitVCards(text: string): VCardLines[] {
  const cards: VCardLines[] = [];
  let open: VCardLines | undefined;
  for (const { line, text: content } of unfoldedLines(text)) {
    const marker = content.trim().toUpperCase();
    if (marker === '') {
      continue;
    }
    if (marker === 'BEGIN:VCARD') {
      if (open) {
        throw malformed(
          `Card ${open.ordinal} (from line ${open.startLine}) has no END:VCARD ` +
            `before the next BEGIN:VCARD on line ${line}.`,
          open.ordinal,
        );
      }
      open = { ordinal: cards.length + 1, startLine: line, contentLines: [] };
    } else if (marker === 'END:VCARD') {
      if (!open) {
        throw malformed(
          `Line ${line} ends card ${cards.length + 1} (END:VCARD) but no BEGIN:VCARD started it.`,
          cards.length + 1,
        );
      }
      cards.push(open);
      open = undefined;
    } else if (open) {
      open.contentLines.push(content);
    } else {
      throw malformed(`Line ${line} is outside any BEGIN:VCARD … END:VCARD block.`);
    }
  }
  if (open) {
    throw malformed(
      `Card ${open.ordinal} (from line ${open.startLine}) has no END:VCARD.`,
      open.ordinal,
    );
  }
  if (cards.length === 0) {
    throw new ImportFileError('empty', 'The file contains no vCard (no BEGIN:VCARD line).');
  }
  return cards;
}

/**
 * Undoes line folding (a line break followed by a space or tab, RFC 6350 §3.2) and the soft line
 * breaks of quoted-printable values (a trailing "=", vCard 2.1 exports from phones), whose next
 * line does not start with white space.
 */
function unfoldedLines(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const logical: LogicalLine[] = [];
  physical.forEach((raw, index) => {
    const previous = logical.at(-1);
    if (previous && continuesQuotedPrintable(previous.text, raw)) {
      previous.text = previous.text.slice(0, -1) + raw;
    } else if (previous && /^[ \t]/.test(raw)) {
      previous.text += raw.slice(1);
    } else {
      logical.push({ line: index + 1, text: raw });
    }
  });
  return logical;
}

function continuesQuotedPrintable(previous: string, next: string): boolean {
  const colon = previous.indexOf(':');
  return (
    colon !== -1 &&
    previous.endsWith('=') &&
    /QUOTED-PRINTABLE/i.test(previous.slice(0, colon)) &&
    // A stray "=" at the end of a card's last value must not swallow the card's end.
    next.trim().toUpperCase() !== 'END:VCARD'
  );
}

function malformed(message: string, ordinal?: number): ImportFileError {
  return new ImportFileError('malformed', message, ordinal === undefined ? [] : [ordinal]);
}
