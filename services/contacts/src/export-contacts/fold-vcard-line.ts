const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/**
 * Folds one content line so that no physical line is longer than 75 octets (RFC 6350 §3.2).
 * Breaks fall between characters, never inside a character's UTF-8 bytes, so each physical line
 * is valid UTF-8 on its own for readers that do not unfold at the byte level.
 */
export function foldVCardLine(line: string): string {
  const physicalLines: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = utf8Length(character);
    if (currentOctets + octets > MAX_LINE_OCTETS) {
      physicalLines.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = ' ';
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  physicalLines.push(current);
  return physicalLines.join(CRLF) + CRLF;
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) {
    return 1;
  }
  if (codePoint < 0x800) {
    return 2;
  }
  return codePoint < 0x10000 ? 3 : 4;
}
