import type { SelectHTMLAttributes } from 'react';
import { Field } from './field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown first with an empty value, so nothing is chosen by accident. */
  placeholder?: string;
  groups: readonly SelectOptionGroup[];
}

/** A native select (the phone's own picker), grouped with `optgroup`. */
export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  groups,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...select} {...control} className="field__input field__input--select">
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
