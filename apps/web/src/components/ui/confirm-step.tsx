import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/use-api-data.ts';
import { Button } from './button.tsx';

/**
 * A destructive action in two explicit presses: `ask` puts the question, a
 * second button (`confirm`) does it. Focus follows the question, comes back to
 * the first button (`startButton`) when the person keeps things as they are,
 * and after a refusal goes to the message when it is shown in `errorElement`,
 * else back to the first button.
 */
export function useConfirmation(action: () => Promise<void>) {
  const [step, setStep] = useState<'idle' | 'confirming' | 'working'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const startButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const errorElement = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') confirmButton.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      startButton.current?.focus();
    }
  }, [step]);

  // Each refusal takes focus, so it is heard even when it repeats the last one.
  useEffect(() => {
    if (failures > 0) (errorElement.current ?? startButton.current)?.focus();
  }, [failures]);

  async function confirm() {
    setStep('working');
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
      setFailures((count) => count + 1);
      setStep('idle');
    }
  }

  function keep() {
    returnFocus.current = true;
    setStep('idle');
  }

  return {
    step,
    /** The API's refusal, to show next to the first button. */
    error,
    startButton,
    confirmButton,
    errorElement,
    ask: () => setStep('confirming'),
    confirm,
    keep,
  };
}

export type Confirmation = ReturnType<typeof useConfirmation>;

interface ConfirmStepProps {
  confirmation: Confirmation;
  question: string;
  /** What follows, if it cannot be undone or warns people. */
  consequence?: string | undefined;
  confirmLabel: string;
  busyLabel: string;
  keepLabel: string;
}

/** The second step of a `useConfirmation`: the question, then "yes, do it" and "no". */
export function ConfirmStep({
  confirmation,
  question,
  consequence,
  confirmLabel,
  busyLabel,
  keepLabel,
}: ConfirmStepProps) {
  const working = confirmation.step === 'working';
  return (
    <fieldset className="confirm-step">
      <legend className="confirm-step__question">{question}</legend>
      {consequence && <p className="confirm-step__consequence">{consequence}</p>}
      <div className="confirm-step__buttons">
        <Button
          ref={confirmation.confirmButton}
          className="button--danger"
          busy={working}
          busyLabel={busyLabel}
          onClick={confirmation.confirm}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={working} onClick={confirmation.keep}>
          {keepLabel}
        </Button>
      </div>
    </fieldset>
  );
}
