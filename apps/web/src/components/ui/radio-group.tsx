import { describedBy, FieldError, FieldHint } from './field-message.tsx';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  options: readonly RadioOption[];
  hint?: string | undefined;
  error?: string | undefined;
  defaultValue?: string;
}

/** Real radio buttons in a fieldset: the legend is read with each choice. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  hint,
  error,
  defaultValue,
}: RadioGroupProps) {
  return (
    <fieldset
      id={id}
      className={['field', 'choice-group', error ? 'field--invalid' : ''].join(' ')}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">{legend}</legend>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id}>{error}</FieldError>
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <div className="choice" key={option.value}>
            <input
              className="choice__input"
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label className="choice__label" htmlFor={optionId}>
              {option.label}
            </label>
            {option.hint && (
              <p id={`${optionId}-hint`} className="choice__explanation">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
