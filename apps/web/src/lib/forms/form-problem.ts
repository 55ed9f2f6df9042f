import { ApiRequestError } from '../api-client.ts';
import { text } from '../i18n/index.ts';

/** What went wrong with a submitted form: one sentence, and a message per field when known. */
export interface FormProblem {
  message: string;
  fields: Record<string, string>;
}

/** The API's answer turned into what the form shows next to itself and its fields. */
export function formProblemOf(failure: unknown): FormProblem {
  if (!(failure instanceof ApiRequestError)) {
    return { message: text.errors.unexpected, fields: {} };
  }
  const fields: Record<string, string> = {};
  for (const field of failure.fields ?? []) fields[field.field] ??= field.message;
  // The API lists the technical names of invalid fields: the form names them itself.
  const message =
    failure.code === 'VALIDATION_ERROR'
      ? text.forms.invalid(Object.keys(fields).length)
      : failure.message;
  return { message, fields };
}

/**
 * The required fields left empty, before sending: the same shape as the API's refusal,
 * so the form shows both alike; null when every field is filled.
 */
export function missingFields<Field extends string>(
  values: Record<Field, string>,
  messages: Record<Field, string>,
): FormProblem | null {
  const fields: Record<string, string> = {};
  for (const field of Object.keys(messages) as Field[]) {
    if (!values[field]) fields[field] = messages[field];
  }
  const count = Object.keys(fields).length;
  return count === 0 ? null : { message: text.forms.invalid(count), fields };
}
