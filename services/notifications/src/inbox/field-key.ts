/**
 * A string usable as a field name in a read-model document: ids may hold `.` (a path separator to
 * MongoDB) or a leading `$` (an operator), so both are percent-encoded; decodeURIComponent undoes it.
 */
export function fieldKey(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E');
}
