import type { Commune, EmployeeBand, Sector, SignupBody } from '@capnum/contracts';
import { passwordProblem } from '@capnum/contracts/rules';
import { isValidSiret, SIRET_KEY_PROBLEM } from '@capnum/contracts/siret';
import { ApiRequestError, type ClientErrorCode } from '../../lib/api-client.ts';
import { formProblemOf } from '../../lib/forms/form-problem.ts';
import { signupText } from '../../lib/i18n/signup.ts';

export type SignupField =
  | 'email'
  | 'password'
  | 'businessName'
  | 'siret'
  | 'trade'
  | 'sector'
  | 'communeCode'
  | 'employeeBand'
  | 'website';

export type SignupErrors = Partial<Record<SignupField, string>>;

/** Top-to-bottom order of the form, so the error summary reads like the page. */
export const signupFieldOrder: readonly SignupField[] = [
  'email',
  'password',
  'businessName',
  'siret',
  'trade',
  'sector',
  'communeCode',
  'employeeBand',
  'website',
];

/** The form's values as typed, before the API normalises them. */
export function readSignupForm(form: HTMLFormElement, commune: Commune | null): SignupBody {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const website = value('website');
  return {
    email: value('email'),
    // Spaces count in a password: keep exactly what was typed.
    password: String(data.get('password') ?? ''),
    businessName: value('businessName'),
    siret: value('siret'),
    trade: value('trade'),
    sector: value('sector') as Sector,
    communeCode: commune?.code ?? '',
    employeeBand: value('employeeBand') as EmployeeBand,
    ...(website && { website }),
    shareWithAdvisor: data.get('shareWithAdvisor') === 'on',
  };
}

/**
 * Every check that needs no server, the SIRET key included (the API re-checks
 * everything); sign-up attempts are rate-limited per address.
 */
export function checkSignupForm(body: SignupBody): SignupErrors {
  const required = signupText.required;
  const invalid = signupText.invalid;
  const errors: SignupErrors = {};
  if (!body.email) errors.email = required.email;
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) errors.email = invalid.email;
  const passwordRule = passwordProblem(body.password);
  if (!body.password) errors.password = required.password;
  else if (passwordRule) errors.password = passwordRule;
  if (!body.businessName) errors.businessName = required.businessName;
  else if (body.businessName.length < 2) errors.businessName = invalid.businessName;
  const siretDigits = body.siret.replace(/[\s.]/g, '');
  if (!siretDigits) errors.siret = required.siret;
  else if (!/^\d{14}$/.test(siretDigits)) errors.siret = invalid.siret;
  // The same check digit as the API, so that every mistake shows in one wave.
  else if (!isValidSiret(siretDigits)) errors.siret = SIRET_KEY_PROBLEM;
  if (!body.trade) errors.trade = required.trade;
  if (!body.sector) errors.sector = required.sector;
  if (!body.communeCode) errors.communeCode = required.communeCode;
  if (!body.employeeBand) errors.employeeBand = required.employeeBand;
  return errors;
}

// Business-rule refusals that concern one field: the API's sentence goes next to that field.
const fieldOfErrorCode: Partial<Record<ClientErrorCode, SignupField>> = {
  COMMUNE_UNKNOWN: 'communeCode',
  COMMUNE_OUTSIDE_CHAMBER: 'communeCode',
  NO_CHAMBER: 'communeCode',
};

function isSignupField(field: string): field is SignupField {
  return (signupFieldOrder as readonly string[]).includes(field);
}

/**
 * Splits an API refusal into messages per field and, if none applies, one for
 * the whole form: the same reading of the API's answer as every other form.
 */
export function signupErrorsFrom(error: unknown): { fields: SignupErrors; form?: string } {
  const problem = formProblemOf(error);
  const byCode = error instanceof ApiRequestError ? fieldOfErrorCode[error.code] : undefined;
  if (byCode) return { fields: { [byCode]: problem.message } };
  const fields: SignupErrors = {};
  for (const [field, message] of Object.entries(problem.fields)) {
    if (isSignupField(field)) fields[field] = message;
  }
  if (Object.keys(fields).length > 0) return { fields };
  return { fields: {}, form: problem.message };
}
