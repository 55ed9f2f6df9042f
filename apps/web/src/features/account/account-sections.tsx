import type { ArtisanProfile, AuthResponse, EmployeeBand, MyData, Sector } from '@capnum/contracts';
import { passwordProblem } from '@capnum/contracts/rules';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxField } from '../../components/ui/checkbox-field.tsx';
import { FormFeedback, fieldError } from '../../components/ui/form-feedback.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { RadioGroup } from '../../components/ui/radio-group.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { api, apiDownload } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth/auth-context.ts';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { accountText } from '../../lib/i18n/account.ts';
import { text } from '../../lib/i18n/index.ts';
import { signupText } from '../../lib/i18n/signup.ts';
import { paths } from '../../lib/paths.ts';
import { saveFile } from '../../lib/save-file.ts';

const words = accountText;

const sectorOptions = (Object.keys(signupText.sectors) as Sector[]).map((sector) => ({
  value: sector,
  label: signupText.sectors[sector].label,
}));
const bandOptions = (Object.keys(text.employeeBands) as EmployeeBand[]).map((band) => ({
  value: band,
  label: text.employeeBands[band],
}));

/** The business details the artisan may change; SIRET and commune go through the chamber. */
export function BusinessDetails({ artisan }: { artisan: ArtisanProfile }) {
  const auth = useAuth();
  const form = useFormSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const ids = {
    businessName: 'business-name',
    trade: 'business-trade',
    sector: 'business-sector',
    employeeBand: 'business-band',
    website: 'business-website',
  };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(name) ?? '');
    setNotice(null);
    await form.send(async () => {
      await api.put<ArtisanProfile>('/api/me/business', {
        businessName: field('businessName'),
        trade: field('trade'),
        sector: field('sector'),
        employeeBand: field('employeeBand'),
        website: field('website'),
      });
      await auth.reloadUser();
      setNotice(words.business.saved);
    });
  }

  return (
    <section className="card" aria-labelledby="account-business">
      <h2 id="account-business" className="card__title">
        {words.business.title}
      </h2>
      <p>{words.business.intro}</p>
      <p className="choice__explanation">
        {words.business.fixed(artisan.siret, artisan.communeName)}
      </p>
      <form className="form" onSubmit={save} noValidate>
        <FormFeedback problem={form.problem} fieldIds={ids} attempt={form.attempt} />
        <TextField
          id={ids.businessName}
          name="businessName"
          label={signupText.businessNameLabel}
          defaultValue={artisan.businessName}
          error={fieldError(form.problem, 'businessName')}
          required
        />
        <TextField
          id={ids.trade}
          name="trade"
          label={signupText.tradeLabel}
          defaultValue={artisan.trade}
          error={fieldError(form.problem, 'trade')}
          required
        />
        <RadioGroup
          id={ids.sector}
          name="sector"
          legend={signupText.sectorLegend}
          options={sectorOptions}
          defaultValue={artisan.sector}
          error={fieldError(form.problem, 'sector')}
        />
        <RadioGroup
          id={ids.employeeBand}
          name="employeeBand"
          legend={signupText.employeeBandLegend}
          options={bandOptions}
          defaultValue={artisan.employeeBand}
          error={fieldError(form.problem, 'employeeBand')}
        />
        <TextField
          id={ids.website}
          name="website"
          inputMode="url"
          autoComplete="url"
          label={signupText.websiteLabel}
          defaultValue={artisan.website ?? ''}
          error={fieldError(form.problem, 'website')}
        />
        <Notice message={notice} />
        <Button type="submit" busy={form.saving} busyLabel={words.business.saving}>
          {words.business.save}
        </Button>
      </form>
    </section>
  );
}

/** A new password, proven by the current one; this device gets a fresh session. */
export function PasswordChange() {
  const auth = useAuth();
  const form = useFormSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const ids = { currentPassword: 'current-password', newPassword: 'new-password' };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    setNotice(null);
    if (!currentPassword) {
      return form.fail({
        message: words.password.required,
        fields: { currentPassword: words.password.required },
      });
    }
    const problem = passwordProblem(newPassword);
    if (problem) return form.fail({ message: problem, fields: { newPassword: problem } });
    await form.send(async () => {
      const session = await api.put<AuthResponse>('/api/me/password', {
        currentPassword,
        newPassword,
      });
      await auth.signInWith(session.accessToken);
      element.reset();
      setNotice(words.password.saved);
    });
  }

  return (
    <section className="card" aria-labelledby="account-password">
      <h2 id="account-password" className="card__title">
        {words.password.title}
      </h2>
      <form className="form" onSubmit={save} noValidate>
        <FormFeedback problem={form.problem} fieldIds={ids} attempt={form.attempt} />
        <TextField
          id={ids.currentPassword}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={words.password.current}
          error={fieldError(form.problem, 'currentPassword')}
          required
        />
        <TextField
          id={ids.newPassword}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={words.password.next}
          hint={words.password.nextHint}
          error={fieldError(form.problem, 'newPassword')}
          required
        />
        <Notice message={notice} />
        <Button type="submit" busy={form.saving} busyLabel={words.password.saving}>
          {words.password.save}
        </Button>
      </form>
    </section>
  );
}

/** Downloads everything as JSON, with the name the API suggests. */
export async function downloadMyData(): Promise<void> {
  const file = await apiDownload('/api/me/export?download=1', 'application/json');
  saveFile(file.blob, file.fileName ?? 'mes-donnees-cap-numerique.json');
}

export function MyDataSection() {
  const form = useFormSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="account-data">
      <h2 id="account-data" className="card__title">
        {words.data.title}
      </h2>
      <p>{words.data.intro}</p>
      <FormFeedback problem={form.problem} fieldIds={{}} attempt={form.attempt} />
      <Notice message={notice} />
      <div className="actions">
        <Link className="button button--secondary" to={paths.myData}>
          {words.data.see}
        </Link>
        <Button
          type="button"
          busy={form.saving}
          busyLabel={words.data.downloading}
          onClick={() =>
            form.send(async () => {
              setNotice(null);
              await downloadMyData();
              setNotice(words.data.downloaded);
            })
          }
        >
          {words.data.download}
        </Button>
      </div>
    </section>
  );
}

/** Erasure: a plain explanation, the password and an explicit tick. */
export function AccountErasure() {
  const navigate = useNavigate();
  const form = useFormSubmission();
  const ids = { password: 'erase-password', understood: 'erase-understood' };

  async function erase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    if (!password) {
      return form.fail({
        message: words.erase.required,
        fields: { password: words.erase.required },
      });
    }
    if (data.get('understood') !== 'on') {
      return form.fail({
        message: words.erase.mustConfirm,
        fields: { understood: words.erase.mustConfirm },
      });
    }
    await form.send(async () => {
      await api.delete<{ status: 'erased' }>('/api/me', { body: { password } });
      // The public page forgets the session once there, out of the artisan guard's way.
      navigate(paths.accountErased, { replace: true, state: { erased: true } });
    });
  }

  return (
    <section className="card card--danger" aria-labelledby="account-erase">
      <h2 id="account-erase" className="card__title">
        {words.erase.title}
      </h2>
      <p>{words.erase.intro}</p>
      <form className="form" onSubmit={erase} noValidate>
        <FormFeedback problem={form.problem} fieldIds={ids} attempt={form.attempt} />
        <TextField
          id={ids.password}
          name="password"
          type="password"
          autoComplete="current-password"
          label={words.erase.password}
          error={fieldError(form.problem, 'password')}
          required
        />
        <CheckboxField id={ids.understood} name="understood" label={words.erase.understood} />
        <Button
          type="submit"
          className="button--danger"
          busy={form.saving}
          busyLabel={words.erase.submitting}
        >
          {words.erase.submit}
        </Button>
      </form>
    </section>
  );
}

export type { MyData };
