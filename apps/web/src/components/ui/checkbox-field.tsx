import type { InputHTMLAttributes } from 'react';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: string;
  hint?: string;
}

export function CheckboxField({ id, label, hint, ...input }: CheckboxFieldProps) {
  return (
    <div className="choice choice--standalone">
      <input
        {...input}
        className="choice__input"
        type="checkbox"
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="choice__explanation">
          {hint}
        </p>
      )}
    </div>
  );
}
