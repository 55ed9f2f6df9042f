import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { describedBy, FieldError, FieldHint } from './field-message.tsx';

interface ComboboxProps<Option> {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** What is typed in the box; the parent searches with it. */
  inputValue: string;
  onInputChange: (value: string) => void;
  options: readonly Option[];
  optionKey: (option: Option) => string;
  optionLabel: (option: Option) => string;
  renderOption?: (option: Option) => ReactNode;
  onSelect: (option: Option) => void;
  /** Announced politely: "Recherche…", "3 résultats…", "Aucun résultat". */
  status: string;
  autoComplete?: string;
}

/**
 * An editable combobox with a list popup (WAI-ARIA APG "list autocomplete"):
 * focus stays in the input, arrows move the active option, Enter picks it,
 * Escape closes the list, then clears the input.
 */
export function Combobox<Option>({
  id,
  label,
  hint,
  error,
  inputValue,
  onInputChange,
  options,
  optionKey,
  optionLabel,
  renderOption,
  onSelect,
  status,
  autoComplete = 'off',
}: ComboboxProps<Option>) {
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const hasFocus = useRef(false);
  const listbox = useRef<HTMLDivElement>(null);
  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && options.length > 0;

  // New results open the list while the person is typing, with nothing active yet.
  useEffect(() => {
    setActiveIndex(-1);
    if (hasFocus.current && options.length > 0) setOpen(true);
  }, [options]);

  useEffect(() => {
    if (activeIndex < 0) return;
    listbox.current
      ?.querySelector(`#${CSS.escape(optionId(activeIndex))}`)
      ?.scrollIntoView({ block: 'nearest' });
  });

  function select(option: Option) {
    onSelect(option);
    setOpen(false);
    setActiveIndex(-1);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActiveIndex(event.altKey ? -1 : 0);
        } else {
          setActiveIndex((activeIndex + 1) % count);
        }
        return;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActiveIndex(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        return;
      case 'Enter': {
        // Enter in an open list picks; it must not submit the surrounding form.
        if (!expanded) return;
        event.preventDefault();
        const option = options[activeIndex];
        if (option !== undefined) select(option);
        else setOpen(false);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActiveIndex(-1);
        } else if (inputValue) {
          onInputChange('');
        }
        return;
      default:
        return;
    }
  }

  const activeDescendant = expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined;
  const describedIds = [describedBy(id, hint, error), statusId].filter(Boolean).join(' ');

  return (
    <div className={['field', 'combobox', error ? 'field--invalid' : ''].join(' ')}>
      <label className="field__label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id}>{error}</FieldError>
      <div className="combobox__anchor">
        <input
          id={id}
          className="field__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeDescendant}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedIds}
          autoComplete={autoComplete}
          spellCheck={false}
          value={inputValue}
          onChange={(event) => {
            onInputChange(event.target.value);
            setOpen(true);
          }}
          onKeyDown={handleKeyDown}
          onFocus={() => {
            hasFocus.current = true;
          }}
          onBlur={() => {
            hasFocus.current = false;
            setOpen(false);
            setActiveIndex(-1);
          }}
        />
        <div
          ref={listbox}
          id={listboxId}
          className="combobox__listbox"
          role="listbox"
          aria-labelledby={`${id}-label`}
          hidden={!expanded}
        >
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard is handled on the input, as the pattern requires.
            // biome-ignore lint/a11y/useFocusableInteractive: options are pointed at with aria-activedescendant; focus stays in the input.
            <div
              key={optionKey(option)}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="combobox__option"
              // Keep focus in the input: a mouse down on the list would blur it and close the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => select(option)}
            >
              {renderOption ? renderOption(option) : optionLabel(option)}
            </div>
          ))}
        </div>
      </div>
      <p id={statusId} className="field__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
