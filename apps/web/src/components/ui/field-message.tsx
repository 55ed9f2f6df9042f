/** The ids that tie a control to its hint and error, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: string | undefined }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="field__hint">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children?: string | undefined }) {
  if (!children) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      {children}
    </p>
  );
}
