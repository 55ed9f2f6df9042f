import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field.tsx';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled multi-line input, with its hint and error read out like a `TextField`'s. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  className,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          rows={4}
          {...textarea}
          {...control}
          className="field__input field__input--multiline"
        />
      )}
    </Field>
  );
}
