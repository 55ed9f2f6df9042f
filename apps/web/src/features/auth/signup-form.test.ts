import type { SignupBody } from '@capnum/contracts';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../lib/api-client.ts';
import { text } from '../../lib/i18n/index.ts';
import { signupText } from '../../lib/i18n/signup.ts';
import { checkSignupForm, signupErrorsFrom } from './signup-form.ts';

const valid: SignupBody = {
  email: 'boulangerie@exemple.fr',
  password: 'une phrase facile',
  businessName: 'Boulangerie Martin',
  siret: '732 829 320 00074',
  trade: 'Boulanger',
  sector: 'alimentation',
  communeCode: '89024',
  employeeBand: '1-2',
  shareWithAdvisor: false,
};

describe('the sign-up checks made before a round trip', () => {
  it('accepts a complete form, with spaces in the SIRET', () => {
    expect(checkSignupForm(valid)).toEqual({});
  });

  it('names every missing field', () => {
    const empty = {
      ...valid,
      email: '',
      password: '',
      businessName: '',
      siret: '',
      trade: '',
      sector: '',
      communeCode: '',
      employeeBand: '',
    } as unknown as SignupBody;
    expect(checkSignupForm(empty)).toEqual(signupText.required);
  });

  it('refuses a malformed address, a short password, a one-letter name and a SIRET without 14 digits', () => {
    expect(
      checkSignupForm({
        ...valid,
        email: 'boulangerie@exemple',
        password: 'court',
        businessName: 'B',
        siret: '7328293200007',
      }),
    ).toEqual({
      email: signupText.invalid.email,
      password: 'Le mot de passe doit contenir au moins 10 caractères.',
      businessName: signupText.invalid.businessName,
      siret: signupText.invalid.siret,
    });
  });

  it('checks the SIRET key with the API’s own rule, in plain words', () => {
    expect(checkSignupForm({ ...valid, siret: '732 829 320 00075' })).toEqual({
      siret:
        'Ce numéro SIRET ne semble pas exact : vérifiez les 14 chiffres sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.',
    });
    expect(checkSignupForm({ ...valid, siret: '732 829 320 00074' })).toEqual({});
  });

  it('counts the spaces of a password, as the API does', () => {
    expect(checkSignupForm({ ...valid, password: '    9    ' })).toEqual({
      password: 'Le mot de passe doit contenir au moins 10 caractères.',
    });
    expect(checkSignupForm({ ...valid, password: '    10    ' })).toEqual({});
  });
});

describe('the sign-up refusals from the API', () => {
  it('puts a commune refusal next to the commune field', () => {
    const message = 'Cette commune ne dépend d’aucune chambre partenaire.';
    expect(
      signupErrorsFrom(new ApiRequestError({ statusCode: 422, code: 'NO_CHAMBER', message })),
    ).toEqual({ fields: { communeCode: message } });
  });

  it('keeps the first message of each known field and ignores unknown ones', () => {
    const error = new ApiRequestError({
      statusCode: 400,
      code: 'VALIDATION_ERROR',
      message: 'Certains champs sont invalides : siret, siret, inconnu.',
      fields: [
        {
          field: 'siret',
          message:
            'Ce numéro SIRET ne semble pas exact : vérifiez les 14 chiffres sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.',
        },
        { field: 'siret', message: 'Second message.' },
        { field: 'inconnu', message: 'Ignoré.' },
      ],
    });
    expect(signupErrorsFrom(error)).toEqual({
      fields: {
        siret:
          'Ce numéro SIRET ne semble pas exact : vérifiez les 14 chiffres sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.',
      },
    });
  });

  it('shows the sentence for the whole form when no field applies', () => {
    const message = 'Trop de tentatives. Réessayez dans 5 minutes.';
    expect(
      signupErrorsFrom(
        new ApiRequestError({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message }),
      ),
    ).toEqual({ fields: {}, form: message });
    expect(signupErrorsFrom(new Error('boom'))).toEqual({
      fields: {},
      form: text.errors.unexpected,
    });
  });
});
