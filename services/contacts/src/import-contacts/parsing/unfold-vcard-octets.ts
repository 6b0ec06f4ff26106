const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Removes vCard line folds at the byte level. RFC 6350 §3.2 lets a writer fold in the middle of a
 * multi-byte UTF-8 character; such a file is invalid UTF-8 until it is unfolded, so this runs
 * before decoding when a plain decode fails.
 */
export function unfoldVCardOctets(bytes: Uint8Array): Uint8Array {
  const unfolded = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const breakLength = lineBreakLengthAt(bytes, index);
    const next = bytes[index + breakLength];
    if (breakLength > 0 && (next === SPACE || next === TAB)) {
      index += breakLength;
      continue;
    }
    unfolded[length] = bytes[index] ?? 0;
    length += 1;
  }
  return unfolded.subarray(0, length);
}

function lineBreakLengthAt(bytes: Uint8Array, index: number): number {
  if (bytes[index] === CARRIAGE_RETURN && bytes[index + 1] === LINE_FEED) {
    return 2;
  }
  return bytes[index] === LINE_FEED ? 1 : 0;
}
