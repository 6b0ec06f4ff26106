import { ProblemError } from '../app/problem';

/**
 * A refusal's field errors keyed by the form's field names, first problem per field; `fieldOf`
 * turns a body pointer into a field name (or nothing, for a part the form has no field for).
 */
export function fieldErrorsOf(
  error: unknown,
  fieldOf: (pointer: string) => string | undefined,
): Record<string, string> {
  if (!(error instanceof ProblemError)) return {};
  const fields: Record<string, string> = {};
  for (const { pointer, detail } of error.errors) {
    const field = fieldOf(pointer);
    if (field && !(field in fields)) fields[field] = detail;
  }
  return fields;
}

/** What the typed text becomes in a body: a number when it is one, the text otherwise. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** A text field's value in a form's data, trimmed; '' when absent (or a file, never here). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
