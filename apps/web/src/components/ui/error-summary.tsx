import { useEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the control to jump to. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  problems: readonly FieldProblem[];
  /** Changes on every failed submission, so the summary takes focus again. */
  attempt: number;
}

/** Lists the errors at the top of a form and takes focus, each item a link to its field. */
export function ErrorSummary({ title, problems, attempt }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each failed attempt.
  useEffect(() => {
    summary.current?.focus();
  }, [attempt]);
  if (problems.length === 0) return null;
  return (
    <div ref={summary} className="alert alert--error error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary__title">{title}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                // The router would treat the hash as a navigation; just move focus to the field.
                event.preventDefault();
                const field = document.getElementById(problem.fieldId);
                const focusable =
                  field instanceof HTMLFieldSetElement ? field.querySelector('input') : field;
                focusable?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
