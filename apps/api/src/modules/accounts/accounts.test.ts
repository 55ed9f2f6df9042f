import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  linkTokenFor,
  signUpArtisan,
  signupBody,
  type TestContext,
} from '../../test/test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
});
afterAll(async () => {
  await context.close();
});

const signup = (payload: unknown) =>
  context.app.inject({ method: 'POST', url: '/api/auth/signup', payload: payload as object });

const outboxTo = (email: string) =>
  context.db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('to_email', '=', email)
    .orderBy('created_at', 'desc')
    .execute();

describe('POST /api/auth/signup', () => {
  it('creates an unconfirmed artisan in the chamber covering the commune and e-mails the link', async () => {
    const body = signupBody({ communeCode: '89024', shareWithAdvisor: true });
    const response = await signup(body);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'confirmation-sent', email: body.email });
    expect(response.cookies).toEqual([]);

    const login = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: body.email, password: body.password },
    });
    expect(login.json().user).toEqual({
      id: expect.any(String),
      email: body.email,
      role: 'artisan',
      chamber: {
        id: context.chambers.bfc,
        name: 'CMA Bourgogne-Franche-Comté',
        departements: ['21', '25', '39', '58', '70', '71', '89', '90'],
      },
      emailConfirmed: false,
    });
    const me = await context.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${login.json().accessToken}` },
    });
    expect(me.json().artisan).toMatchObject({
      businessName: body.businessName,
      communeCode: '89024',
      communeName: 'Auxerre',
      departement: '89',
      sector: 'batiment',
      employeeBand: '1-2',
      shareWithAdvisor: true,
      consentAt: '2026-05-01T08:00:00.000Z',
    });
    const stored = await context.db
      .selectFrom('users')
      .select(['password_hash', 'email_confirmed_at'])
      .where('email', '=', body.email)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.email_confirmed_at).toBeNull();
    const [email] = await outboxTo(body.email);
    expect(email?.subject).toBe('Confirmez votre adresse e-mail pour Cap Numérique');
    expect(email?.body).toContain(
      `http://localhost:3000/confirmer-mon-adresse?jeton=${await linkTokenFor(context, body.email)}`,
    );
  });

  it('answers an address that already has an account exactly like a new one, and tells its owner', async () => {
    const owner = await signUpArtisan(context);
    const newcomer = signupBody();
    const answers = [
      await signup(newcomer),
      await signup(signupBody({ email: owner.email.toUpperCase() })),
    ];
    const comparable = answers.map((response) => ({
      status: response.statusCode,
      body: Object.keys(response.json()),
      status_field: response.json().status,
      cookies: response.cookies,
      contentType: response.headers['content-type'],
    }));
    expect(comparable[1]).toEqual(comparable[0]);
    expect(answers[1]?.json()).toEqual({ status: 'confirmation-sent', email: owner.email });
    // Nothing was created; the owner is told, and no confirmation link went anywhere.
    const users = await context.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', owner.email)
      .execute();
    expect(users).toHaveLength(1);
    const owned = await outboxTo(owner.email);
    expect(owned[0]?.subject).toBe('Tentative d’inscription avec votre adresse e-mail');
    expect(owned[0]?.body).not.toContain('jeton=');
  });

  it('refuses a SIRET whose key is wrong, naming the field', async () => {
    const response = await signup(signupBody({ siret: '73282932000075' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_ERROR',
      message: 'Certains champs sont invalides : siret.',
      fields: [
        {
          field: 'siret',
          message:
            'Ce numéro SIRET ne semble pas exact : vérifiez les 14 chiffres sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.',
        },
      ],
    });
  });

  it('refuses a password shorter than 10 characters', async () => {
    const response = await signup(signupBody({ password: 'court123' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { field: 'password', message: 'Le mot de passe doit contenir au moins 10 caractères.' },
    ]);
  });

  it('refuses a commune code that is not in the official list', async () => {
    const response = await signup(signupBody({ communeCode: '89999' }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'COMMUNE_UNKNOWN',
      message: 'Cette commune est introuvable dans la liste officielle.',
    });
  });

  it('answers 422 when no chamber covers the commune', async () => {
    const response = await signup(signupBody({ communeCode: '69123' }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'NO_CHAMBER' });
    expect(response.json().message).toContain('Lyon (département 69)');
  });

  it('answers 400 with a French message for malformed JSON, wrong types and oversized bodies', async () => {
    const malformed = await context.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual({
      statusCode: 400,
      code: 'INVALID_JSON',
      message: 'Le corps de la requête n’est pas un JSON valide.',
    });

    const wrongTypes = await signup({ ...signupBody(), shareWithAdvisor: 'oui', employeeBand: 7 });
    expect(wrongTypes.statusCode).toBe(400);
    expect(wrongTypes.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'employeeBand',
      'shareWithAdvisor',
    ]);

    const huge = await signup({ ...signupBody(), trade: 'x'.repeat(300_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('BODY_TOO_LARGE');
  });
});
