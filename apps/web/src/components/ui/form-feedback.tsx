import { useEffect, useRef } from 'react';
import type { FormProblem } from '../../lib/forms/form-problem.ts';
import { ErrorSummary } from './error-summary.tsx';

interface FormFeedbackProps {
  problem: FormProblem | null;
  /** API field name → id of the control that edits it. */
  fieldIds: Record<string, string>;
  /** Changes on every failed submission, so the message takes focus again. */
  attempt: number;
}

/**
 * The answer to a failed submission, at the top of its form: the API's sentence
 * (a 409 says why in plain French) and a link to each field at fault.
 */
export function FormFeedback({ problem, fieldIds, attempt }: FormFeedbackProps) {
  const plain = useRef<HTMLDivElement>(null);
  const linked = problem
    ? Object.entries(problem.fields).flatMap(([field, message]) => {
        const fieldId = fieldIds[field];
        return fieldId ? [{ fieldId, message }] : [];
      })
    : [];
  const unlinked = problem
    ? Object.entries(problem.fields)
        .filter(([field]) => !fieldIds[field])
        .map(([, message]) => message)
    : [];

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each failed attempt.
  useEffect(() => {
    plain.current?.focus();
  }, [attempt]);

  if (!problem) return null;
  if (linked.length > 0) {
    return <ErrorSummary title={problem.message} problems={linked} attempt={attempt} />;
  }
  return (
    <div ref={plain} className="alert alert--error" role="alert" tabIndex={-1}>
      <p className="form-feedback__message">{problem.message}</p>
      {unlinked.length > 0 && (
        <ul>
          {unlinked.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The message to show under one field, if the last submission found it wrong. */
export function fieldError(problem: FormProblem | null, field: string): string | undefined {
  return problem?.fields[field];
}
