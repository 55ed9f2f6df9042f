import { passwordProblem } from '@capnum/contracts/rules';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { FormFeedback, fieldError } from '../../components/ui/form-feedback.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';

interface NewPasswordFormProps {
  id: string;
  words: { passwordLabel: string; passwordHint: string; save: string; saving: string };
  /** Sends the password the rules accept; throws the API's refusal. */
  onPassword: (password: string) => Promise<void>;
}

/** Choosing a password from an e-mailed link (a reset, an invitation): checked here first. */
export function NewPasswordForm({ id, words, onPassword }: NewPasswordFormProps) {
  const form = useFormSubmission();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const problem = passwordProblem(password);
    if (problem) return form.fail({ message: problem, fields: { password: problem } });
    await form.send(() => onPassword(password));
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormFeedback problem={form.problem} fieldIds={{ password: id }} attempt={form.attempt} />
      <TextField
        id={id}
        name="password"
        type="password"
        autoComplete="new-password"
        label={words.passwordLabel}
        hint={words.passwordHint}
        error={fieldError(form.problem, 'password')}
        required
      />
      <Button type="submit" busy={form.saving} busyLabel={words.saving}>
        {words.save}
      </Button>
    </form>
  );
}
