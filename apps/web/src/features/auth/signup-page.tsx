import type { Commune, EmployeeBand, Sector } from '@capnum/contracts';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxField } from '../../components/ui/checkbox-field.tsx';
import { CommuneField } from '../../components/ui/commune-field.tsx';
import { ErrorSummary, type FieldProblem } from '../../components/ui/error-summary.tsx';
import { RadioGroup } from '../../components/ui/radio-group.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { communeSearchText } from '../../lib/i18n/commune-search.ts';
import { text } from '../../lib/i18n/index.ts';
import { signupText } from '../../lib/i18n/signup.ts';
import { paths, roleHomePath } from '../../lib/paths.ts';
import { usePage } from '../../lib/use-page.ts';
import {
  checkSignupForm,
  readSignupForm,
  type SignupErrors,
  type SignupField,
  signupErrorsFrom,
  signupFieldOrder,
} from './signup-form.ts';

const fieldId: Record<SignupField, string> = {
  email: 'signup-email',
  password: 'signup-password',
  businessName: 'signup-business-name',
  siret: 'signup-siret',
  trade: 'signup-trade',
  sector: 'signup-sector',
  communeCode: 'signup-commune',
  employeeBand: 'signup-employee-band',
  website: 'signup-website',
};

// The catalogue lists every value of the contract (checked by its type); importing the
// contract's value lists would bring zod into the bundle.
const sectorOptions = (Object.keys(signupText.sectors) as Sector[]).map((sector) => ({
  value: sector,
  label: signupText.sectors[sector].label,
  hint: signupText.sectors[sector].hint,
}));
const employeeBandOptions = (Object.keys(text.employeeBands) as EmployeeBand[]).map((band) => ({
  value: band,
  label: text.employeeBands[band],
}));

export function SignupPage() {
  const words = signupText;
  usePage(words.title);
  const auth = useAuth();
  const [commune, setCommune] = useState<Commune | null>(null);
  const [errors, setErrors] = useState<SignupErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [inboxToCheck, setInboxToCheck] = useState<string | null>(null);

  if (auth.status === 'signed-in') return <Navigate to={roleHomePath[auth.user.role]} replace />;
  if (inboxToCheck) return <CheckInbox email={inboxToCheck} />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = readSignupForm(event.currentTarget, commune);
    const localErrors = checkSignupForm(body);
    setFormError(undefined);
    if (Object.keys(localErrors).length > 0) {
      setErrors(localErrors);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      // A new account signs in (the redirect above takes the artisan to their space);
      // otherwise the page only says to check the inbox.
      const outcome = await auth.signup(body);
      if (outcome.kind === 'check-inbox') setInboxToCheck(outcome.email);
    } catch (error) {
      const refusal = signupErrorsFrom(error);
      setErrors(refusal.fields);
      setFormError(refusal.form);
      setAttempt((count) => count + 1);
      setSubmitting(false);
    }
  }

  /** The id, form name and message of one field, kept in step with the error summary. */
  const fieldProps = (field: SignupField) => ({
    id: fieldId[field],
    name: field,
    error: errors[field],
  });

  const problems: FieldProblem[] = signupFieldOrder.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId[field], message }] : [];
  });

  return (
    <div className="page page--narrow">
      <h1>{words.title}</h1>
      <p className="lead">{words.intro}</p>

      <ErrorSummary
        title={words.errorSummaryTitle(problems.length)}
        problems={problems}
        attempt={attempt}
      />
      {formError && <Alert tone="error">{formError}</Alert>}

      <form className="form" noValidate onSubmit={handleSubmit}>
        <fieldset className="form__section">
          <legend className="form__legend">{words.accountLegend}</legend>
          <TextField
            {...fieldProps('email')}
            type="email"
            autoComplete="email"
            label={words.emailLabel}
            hint={words.emailHint}
            required
          />
          <TextField
            {...fieldProps('password')}
            type="password"
            autoComplete="new-password"
            label={words.passwordLabel}
            hint={words.passwordHint}
            required
            minLength={10}
          />
        </fieldset>

        <fieldset className="form__section">
          <legend className="form__legend">{words.businessLegend}</legend>
          <TextField
            {...fieldProps('businessName')}
            autoComplete="organization"
            label={words.businessNameLabel}
            required
          />
          <TextField
            {...fieldProps('siret')}
            inputMode="numeric"
            autoComplete="off"
            label={words.siretLabel}
            hint={words.siretHint}
            required
          />
          <TextField
            {...fieldProps('trade')}
            label={words.tradeLabel}
            hint={words.tradeHint}
            required
          />
          <RadioGroup
            {...fieldProps('sector')}
            legend={words.sectorLegend}
            options={sectorOptions}
          />
          <CommuneField
            id={fieldId.communeCode}
            label={communeSearchText.label}
            hint={communeSearchText.hint}
            value={commune}
            onChange={setCommune}
            error={errors.communeCode}
          />
          <RadioGroup
            {...fieldProps('employeeBand')}
            legend={words.employeeBandLegend}
            hint={words.employeeBandHint}
            options={employeeBandOptions}
          />
          <TextField
            {...fieldProps('website')}
            inputMode="url"
            autoComplete="url"
            label={words.websiteLabel}
            hint={words.websiteHint}
          />
        </fieldset>

        <fieldset className="form__section">
          <legend className="form__legend">{words.sharingLegend}</legend>
          <CheckboxField
            id="signup-share-with-advisor"
            name="shareWithAdvisor"
            label={words.shareLabel}
            hint={words.shareHint}
          />
        </fieldset>

        <Button type="submit" busy={submitting} busyLabel={words.submitting}>
          {words.submit}
        </Button>
      </form>

      <p className="form__aside">
        {words.alreadyRegistered} <Link to={paths.login}>{words.loginLink}</Link>
      </p>
    </div>
  );
}

/** The same words whatever happened to the address: nothing tells whether it had an account. */
function CheckInbox({ email }: { email: string }) {
  const words = signupText;
  usePage(words.checkInboxTitle);
  return (
    <div className="page page--narrow">
      <h1>{words.checkInboxTitle}</h1>
      <p className="lead">{words.checkInbox(email)}</p>
      <p>{words.checkInboxSpam}</p>
      <p>
        <Link to={paths.login}>{words.loginLink}</Link>
      </p>
    </div>
  );
}
