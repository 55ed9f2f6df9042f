import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from './field-message.tsx';

/** What ties a control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  /** The control itself, given the attributes that tie it to the rest. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with its hint and error read out by screen readers. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id}>{error}</FieldError>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, hint, error),
      })}
    </div>
  );
}
