import { z } from 'zod';

/**
 * What text a field may hold, decided once for every service:
 *
 * - a single-line field (a name, an email address, a subject, a tag, any one-line value) holds no
 *   control character at all: no C0 (NUL, TAB, CR, LF, ESC…), no DEL or C1, and no U+2028/U+2029
 *   line separators. Such values reach CSV exports, vCards and mail headers, where a line break
 *   starts a new record or header;
 * - a multi-line free-text field (a note, a message body) keeps TAB, LF and CR, which are its
 *   content, and refuses NUL and the other C0 controls and DEL: invisible, meaningless in text, and
 *   a NUL cuts strings short in C libraries and mail transports.
 *
 * Both are written as regular expressions rather than refinements so that the OpenAPI documents
 * (and the fuzzers that read them) carry the rule as a `pattern`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const SINGLE_LINE_PATTERN = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
// eslint-disable-next-line no-control-regex -- as above
export const MULTI_LINE_PATTERN = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

type StringParams = Parameters<typeof z.string>[0];

/** A string of one line; chain `.trim()`, `.min()`, `.max()` as usual. */
export function singleLine(params?: StringParams): z.ZodString {
  return z
    .string(params)
    .regex(SINGLE_LINE_PATTERN, 'must be a single line without control characters');
}

/** Free text over several lines (tabs and line breaks kept); no NUL or other controls. */
export function multiLine(params?: StringParams): z.ZodString {
  return z
    .string(params)
    .regex(MULTI_LINE_PATTERN, 'must not contain NUL or other control characters');
}
