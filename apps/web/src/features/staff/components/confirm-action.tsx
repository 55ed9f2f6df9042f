import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { staffText } from '../../../lib/i18n/staff.ts';
import { errorMessage } from '../../../lib/use-api-data.ts';

interface ConfirmActionProps {
  /** The first button: "Supprimer l’étape". */
  label: string;
  /** Asked before doing it: "Supprimer l’étape d’Auxerre du … ?" */
  question: string;
  /** What follows, if it cannot be undone or warns people. */
  consequence?: string;
  confirmLabel: string;
  busyLabel: string;
  /** Throws the API's error, shown next to the button. */
  onConfirm: () => Promise<void>;
}

/**
 * A destructive action in two explicit presses: the first asks, the second
 * does it. The API's refusal (409 "séance avec inscrits"…) appears right here.
 */
export function ConfirmAction({
  label,
  question,
  consequence,
  confirmLabel,
  busyLabel,
  onConfirm,
}: ConfirmActionProps) {
  const [step, setStep] = useState<'idle' | 'confirming' | 'working'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
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

  // Focus the refusal each time it comes.
  useEffect(() => {
    if (attempt > 0) errorElement.current?.focus();
  }, [attempt]);

  async function confirm() {
    setStep('working');
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(errorMessage(failure));
      setAttempt((count) => count + 1);
      setStep('idle');
    }
  }

  return (
    <div className="confirm-action">
      {step === 'idle' ? (
        <Button
          ref={startButton}
          variant="secondary"
          className="button--danger-outline"
          onClick={() => setStep('confirming')}
        >
          {label}
        </Button>
      ) : (
        <fieldset className="confirm-step">
          <legend className="confirm-step__question">{question}</legend>
          {consequence && <p className="confirm-step__consequence">{consequence}</p>}
          <div className="confirm-step__buttons">
            <Button
              ref={confirmButton}
              className="button--danger"
              busy={step === 'working'}
              busyLabel={busyLabel}
              onClick={confirm}
            >
              {confirmLabel}
            </Button>
            <Button
              variant="secondary"
              disabled={step === 'working'}
              onClick={() => {
                returnFocus.current = true;
                setStep('idle');
              }}
            >
              {staffText.form.keep}
            </Button>
          </div>
        </fieldset>
      )}
      {error && (
        <div ref={errorElement} className="alert alert--error" role="alert" tabIndex={-1}>
          {error}
        </div>
      )}
    </div>
  );
}
