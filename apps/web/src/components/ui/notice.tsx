import { useEffect, useRef } from 'react';

interface NoticeProps {
  /** What the last action did ("Étape modifiée."); null before any. */
  message: string | null;
  className?: string;
}

/**
 * The outcome of an action on the page: announced, and focused each time it
 * changes, since the control that held focus may be gone with what it changed.
 */
export function Notice({ message, className }: NoticeProps) {
  const element = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (message) element.current?.focus();
  }, [message]);

  return (
    <div role="status" className={className}>
      {message && (
        <p ref={element} tabIndex={-1} className="alert alert--success">
          {message}
        </p>
      )}
    </div>
  );
}
