import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueOneTimeToken } from '../../lib/one-time-tokens.ts';
import {
  bearer,
  createTestContext,
  linkTokenFor,
  signUpArtisan,
  signupBody,
  type TestContext,
} from '../../test/test-app.ts';
import { insertStop, seedCatalogues } from '../tour/tour-fixtures.ts';

let context: TestContext;
let sessionId: string;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
  await seedCatalogues(context);
  const stop = await insertStop(context, {
    communeCode: '89024',
    date: '2026-06-02',
    sessions: [{ workshop: 'visibility-decouverte', start: '09:00', end: '10:30' }],
  });
  sessionId = stop.sessionIds[0] as string;
});
afterAll(async () => {
  await context.close();
});

const confirm = (token: string) =>
  context.app.inject({ method: 'POST', url: '/api/auth/email-confirmation', payload: { token } });
const me = (user: { token: string }) =>
  context.app.inject({ method: 'GET', url: '/api/me', headers: bearer(user) });
const book = (user: { token: string }) =>
  context.app.inject({
    method: 'POST',
    url: `/api/sessions/${sessionId}/registrations`,
    headers: bearer(user),
  });

const invalidLink = {
  statusCode: 400,
  code: 'LINK_INVALID',
  message:
    'Ce lien n’est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau depuis votre espace.',
};

describe('e-mail confirmation', () => {
  it('refuses a booking before confirmation, and accepts it after', async () => {
    const artisan = await signUpArtisan(context, {}, { confirmed: false });
    expect((await me(artisan)).json().emailConfirmed).toBe(false);
    const refused = await book(artisan);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('EMAIL_NOT_CONFIRMED');
    const registrations = await context.db
      .selectFrom('registrations')
      .select('id')
      .where('artisan_id', '=', artisan.artisanId as string)
      .execute();
    expect(registrations).toEqual([]);

    const confirmed = await confirm(await linkTokenFor(context, artisan.email));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ status: 'confirmed', email: artisan.email });
    expect((await me(artisan)).json().emailConfirmed).toBe(true);
    expect((await book(artisan)).statusCode).toBe(201);
  });

  it('takes each link once', async () => {
    const artisan = await signUpArtisan(context, {}, { confirmed: false });
    const token = await linkTokenFor(context, artisan.email);
    expect((await confirm(token)).statusCode).toBe(200);
    const again = await confirm(token);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual(invalidLink);
  });

  it('refuses a link after 48 hours', async () => {
    const artisan = await signUpArtisan(context, {}, { confirmed: false });
    const token = await linkTokenFor(context, artisan.email);
    const signedUpAt = context.clock.now();
    context.clock.set(new Date(signedUpAt.getTime() + 48 * 3_600_000));
    try {
      expect((await confirm(token)).json()).toEqual(invalidLink);
    } finally {
      context.clock.set(signedUpAt);
    }
    expect((await me(artisan)).json().emailConfirmed).toBe(false);
  });

  it('refuses a token made for another purpose, or another address', async () => {
    const artisan = await signUpArtisan(context, {}, { confirmed: false });
    const reset = await context.db
      .transaction()
      .execute((trx) =>
        issueOneTimeToken(
          trx,
          { purpose: 'password-reset', email: artisan.email, userId: artisan.id },
          context.clock.now(),
        ),
      );
    expect((await confirm(reset)).json()).toEqual(invalidLink);
    // A confirmation token bound to an address the account no longer has.
    const stale = await context.db
      .transaction()
      .execute((trx) =>
        issueOneTimeToken(
          trx,
          { purpose: 'email-confirmation', email: 'ancienne@exemple.fr', userId: artisan.id },
          context.clock.now(),
        ),
      );
    expect((await confirm(stale)).json()).toEqual(invalidLink);
    expect((await me(artisan)).json().emailConfirmed).toBe(false);
  });

  it('sends a new link on request, and the old one dies', async () => {
    const artisan = await signUpArtisan(context, {}, { confirmed: false });
    const first = await linkTokenFor(context, artisan.email);
    const resend = await context.app.inject({
      method: 'POST',
      url: '/api/auth/email-confirmation/resend',
      headers: bearer(artisan),
    });
    expect(resend.statusCode).toBe(202);
    expect(resend.json()).toEqual({ status: 'confirmation-sent', email: artisan.email });
    const second = await linkTokenFor(context, artisan.email);
    expect(second).not.toBe(first);
    expect((await confirm(first)).json()).toEqual(invalidLink);
    expect((await confirm(second)).statusCode).toBe(200);
    const already = await context.app.inject({
      method: 'POST',
      url: '/api/auth/email-confirmation/resend',
      headers: bearer(artisan),
    });
    expect(already.statusCode).toBe(409);
    expect(already.json().code).toBe('EMAIL_ALREADY_CONFIRMED');
  });

  it('refuses a resend without a session', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/email-confirmation/resend',
    });
    expect(response.statusCode).toBe(401);
  });

  it('e-mails nobody whose address is unconfirmed, even when a seat frees up for them', async () => {
    const stop = await insertStop(context, {
      communeCode: '89024',
      date: '2026-06-03',
      sessions: [{ workshop: 'content-decouverte', start: '09:00', end: '10:30', capacity: 1 }],
    });
    const full = stop.sessionIds[0] as string;
    const seated = await signUpArtisan(context);
    const waiting = await signUpArtisan(context);
    const bookFull = (user: { token: string }) =>
      context.app.inject({
        method: 'POST',
        url: `/api/sessions/${full}/registrations`,
        headers: bearer(user),
      });
    expect((await bookFull(seated)).json().status).toBe('confirmed');
    expect((await bookFull(waiting)).json().status).toBe('waitlisted');
    // The waiting person's address stops being confirmed (changed since, say).
    await context.db
      .updateTable('users')
      .set({ email_confirmed_at: null })
      .where('id', '=', waiting.id)
      .execute();
    const before = await context.db
      .selectFrom('outbox')
      .select('id')
      .where('to_email', '=', waiting.email)
      .execute();
    const cancel = await context.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${full}/registrations/me`,
      headers: bearer(seated),
    });
    expect(cancel.statusCode).toBe(204);
    const after = await context.db
      .selectFrom('outbox')
      .select('id')
      .where('to_email', '=', waiting.email)
      .execute();
    expect(after).toEqual(before);
  });
});

describe('a SIRET claimed twice', () => {
  it('creates the second account and marks it for the chamber to review', async () => {
    const first = signupBody();
    await signUpArtisan(context, first);
    const squatted = signupBody({ siret: first.siret });
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: squatted,
    });
    expect(response.statusCode).toBe(202);
    const rows = await context.db
      .selectFrom('artisans')
      .select(['business_name', 'siret_conflict_at'])
      .where('siret', '=', first.siret)
      .orderBy('created_at')
      .execute();
    expect(rows).toEqual([
      { business_name: first.businessName, siret_conflict_at: null },
      { business_name: squatted.businessName, siret_conflict_at: context.clock.now() },
    ]);
  });
});
