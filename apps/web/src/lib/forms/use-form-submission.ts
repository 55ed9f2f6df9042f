import { useState } from 'react';
import { type FormProblem, formProblemOf } from './form-problem.ts';

/**
 * A staff form's submission: `saving` while the API works, and what to show
 * when it fails (`problem`, with `attempt` changing on each failure so that
 * `FormFeedback` takes focus again).
 */
export function useFormSubmission() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  function fail(next: FormProblem) {
    setProblem(next);
    setAttempt((count) => count + 1);
  }

  /** Sends the form: once `request` succeeds the problem goes; a refusal becomes the problem. */
  async function send(request: () => Promise<void>) {
    setSaving(true);
    try {
      await request();
      setProblem(null);
    } catch (failure) {
      fail(formProblemOf(failure));
    } finally {
      setSaving(false);
    }
  }

  return { problem, attempt, saving, fail, send };
}
