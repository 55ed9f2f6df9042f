import type { TextareaHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint } from './field-message.tsx';

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
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id}>{error}</FieldError>
      <textarea
        rows={4}
        {...textarea}
        id={id}
        className="field__input field__input--multiline"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
