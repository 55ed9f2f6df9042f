import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { as, createAssessment } from '../../test/fixtures.ts';
import {
  createStaffUser,
  signUpArtisan,
  signupBody,
  TEST_PASSWORD,
  type TestUser,
} from '../../test/test-app.ts';
import {
  book,
  context,
  createSession,
  createStop,
  setUpStaffTests,
  staff,
} from '../staff/staff-test-support.ts';

setUpStaffTests();

type Artisan = TestUser & { artisanId: string };

const erase = (user: { token: string } | undefined, password: string) =>
  context.app.inject({
    method: 'DELETE',
    url: '/api/me',
    headers: user ? { authorization: `Bearer ${user.token}` } : {},
    payload: { password },
  });

/** An artisan with everything the product can hold: assessments, a booking, consent, a view, a note. */
async function busyArtisan(overrides: Record<string, unknown> = {}) {
  const artisan = (await signUpArtisan(context, overrides)) as Artisan;
  await createAssessment(context, artisan, { maturity: 0.3, submittedAt: '2026-02-10T09:00:00Z' });
  await createAssessment(context, artisan, { maturity: 0.7, submittedAt: '2026-04-20T09:00:00Z' });
  await as(context, artisan).put('/api/me/consent', { shareWithAdvisor: true });
  const advisor = await createStaffUser(context, 'advisor');
  expect(
    (await as(context, advisor).get(`/api/advisor/members/${artisan.artisanId}`)).statusCode,
  ).toBe(200);
  const note = await as(context, advisor).post(`/api/advisor/members/${artisan.artisanId}/notes`, {
    text: 'Veut refaire sa vitrine en ligne.',
  });
  expect(note.statusCode).toBe(201);
  return artisan;
}

describe('GET /api/me/export', () => {
  it('holds every category of the artisan’s data, and nothing of anyone else', async () => {
    const artisan = await busyArtisan({ businessName: 'Boulangerie Exportée' });
    const neighbour = await busyArtisan({ businessName: 'Voisin Discret' });
    const stop = await createStop();
    const session = await createSession(stop);
    expect((await book(artisan, session.id)).statusCode).toBe(201);

    const response = await as(context, artisan).get('/api/me/export?download=1');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="mes-donnees-cap-numerique-2026-05-01.json"',
    );
    const data = response.json();
    expect(Object.keys(data).sort()).toEqual([
      'accessLog',
      'account',
      'advisorNotes',
      'assessments',
      'bookings',
      'business',
      'consentHistory',
      'exportedAt',
    ]);
    expect(data.account).toMatchObject({
      email: artisan.email,
      role: 'artisan',
      chamber: 'CMA Bourgogne-Franche-Comté',
    });
    expect(data.business).toMatchObject({
      id: artisan.artisanId,
      businessName: 'Boulangerie Exportée',
      shareWithAdvisor: true,
    });
    expect(data.assessments.map((a: { submittedAt: string }) => a.submittedAt)).toEqual([
      '2026-02-10T09:00:00.000Z',
      '2026-04-20T09:00:00.000Z',
    ]);
    expect(Object.keys(data.assessments[0].answers).length).toBeGreaterThan(0);
    expect(data.assessments[0].profile).toMatchObject({ overall: expect.any(Object) });
    expect(data.bookings).toEqual([
      expect.objectContaining({ status: 'confirmed', workshop: expect.any(String) }),
    ]);
    expect(data.consentHistory).toEqual([
      expect.objectContaining({ granted: true, textVersion: expect.any(String) }),
    ]);
    expect(data.accessLog).toHaveLength(1);
    expect(data.accessLog[0].sentence).toContain('a consulté votre dossier');
    expect(data.advisorNotes).toEqual([
      expect.objectContaining({ text: 'Veut refaire sa vitrine en ligne.' }),
    ]);
    // Nothing of the neighbour, who has the same kinds of data.
    expect(response.body).not.toContain('Voisin Discret');
    expect(response.body).not.toContain(neighbour.email);
    expect(response.body).not.toContain(neighbour.artisanId);
  });

  it('is the artisan’s own: advisors and staff are refused, and so is nobody', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    expect((await as(context, advisor).get('/api/me/export')).statusCode).toBe(403);
    expect((await as(context, staff).get('/api/me/export')).statusCode).toBe(403);
    expect((await as(context).get('/api/me/export')).statusCode).toBe(401);
  });
});

describe('PUT /api/me/business', () => {
  it('changes the artisan’s own business details, and refuses bad input and other roles', async () => {
    const artisan = await signUpArtisan(context);
    const body = {
      businessName: 'Ébénisterie du Pont',
      trade: 'Ébéniste',
      sector: 'fabrication',
      employeeBand: '3-9',
      website: 'ebenisterie-du-pont.fr',
    };
    const saved = await as(context, artisan).put('/api/me/business', body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      ...body,
      website: 'https://ebenisterie-du-pont.fr',
    });
    const me = (await as(context, artisan).get('/api/me')).json();
    expect(me.artisan.businessName).toBe('Ébénisterie du Pont');
    const bad = await as(context, artisan).put('/api/me/business', { ...body, businessName: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([
      { field: 'businessName', message: 'Le nom de l’entreprise est trop court.' },
    ]);
    expect((await as(context, staff).put('/api/me/business', body)).statusCode).toBe(403);
    expect((await as(context).put('/api/me/business', body)).statusCode).toBe(401);
  });
});

describe('DELETE /api/me', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const artisan = await signUpArtisan(context);
    const wrong = await erase(artisan, 'pas le bon mot de passe');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toEqual({
      statusCode: 403,
      code: 'WRONG_PASSWORD',
      message: 'Mot de passe incorrect : votre compte n’a pas été supprimé.',
    });
    expect((await as(context, artisan).get('/api/me')).statusCode).toBe(200);
    expect((await erase(artisan, '')).statusCode).toBe(400);
    expect((await erase(undefined, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await erase(staff, TEST_PASSWORD)).statusCode).toBe(403);
  });

  it('leaves no row that names the person, keeps the aggregates, promotes the waiting list, and frees the address', async () => {
    const artisan = await busyArtisan({ businessName: 'Menuiserie Effacée' });
    const { business } = (await as(context, artisan).get('/api/me/export')).json();
    // A full session of one seat: the erased artisan holds it, another waits.
    const stop = await createStop({ date: '2026-06-02' });
    const session = await createSession(stop, { capacity: 1 });
    const waiting = (await signUpArtisan(context)) as Artisan;
    expect((await book(artisan, session.id)).json().status).toBe('confirmed');
    expect((await book(waiting, session.id)).json().status).toBe('waitlisted');
    const aggregates = async () =>
      (await as(context, staff).get('/api/staff/aggregates?groupBy=sector')).json();
    const counts = async () =>
      (
        await sql<{ departement: string; sector: string; artisans: number; assessments: number }>`
          select ar.departement, ar.sector, count(distinct ar.id)::int as artisans,
            count(a.id)::int as assessments
          from artisans as ar join assessments as a on a.artisan_id = ar.id and a.status = 'submitted'
          group by 1, 2 order by 1, 2`.execute(context.db)
      ).rows;
    const before = await aggregates();
    const countsBefore = await counts();
    expect(countsBefore.length).toBeGreaterThan(0);

    const erased = await erase(artisan, TEST_PASSWORD);
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toEqual({ status: 'erased' });

    // The old token: refused on the very next request, never a 500.
    expect((await as(context, artisan).get('/api/me')).statusCode).toBe(401);
    expect((await as(context, artisan).get('/api/me/export')).statusCode).toBe(401);
    expect((await erase(artisan, TEST_PASSWORD)).statusCode).toBe(401);

    // Every table, every column: no e-mail, SIRET, name, user id or artisan id left.
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(context.db);
    const needles = [
      artisan.email,
      business.siret,
      'Menuiserie Effacée',
      artisan.id,
      artisan.artisanId,
    ];
    const found: string[] = [];
    for (const { table_name } of tables.rows) {
      for (const needle of needles) {
        const hits = await sql<{ n: number }>`
          select count(*)::int as n from ${sql.table(table_name)} as t
          where t::text ilike ${`%${needle}%`}`.execute(context.db);
        if ((hits.rows[0]?.n ?? 0) > 0) found.push(`${table_name}: ${needle}`);
      }
    }
    // Only the session-change feed still names the deleted user's id, so that every server
    // drops its cached session at once; it links to nothing and is pruned within a day.
    expect(found).toEqual([`account_events: ${artisan.id}`]);

    // The figures are the same, from an anonymous row with scores and months only.
    expect(await aggregates()).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
    const anonymous = await context.db
      .selectFrom('assessments')
      .innerJoin('artisans', 'artisans.id', 'assessments.artisan_id')
      .select([
        'assessments.submitted_at',
        'assessments.answers',
        'assessments.profile',
        'artisans.user_id',
        'artisans.business_name',
        'artisans.commune_code',
        'artisans.departement',
      ])
      .where('artisans.erased_at', 'is not', null)
      .orderBy('assessments.submitted_at')
      .execute();
    expect(anonymous).toEqual([
      {
        submitted_at: new Date('2026-01-31T23:00:00.000Z'),
        answers: {},
        profile: {},
        user_id: null,
        business_name: '',
        commune_code: '',
        departement: expect.any(String),
      },
      {
        submitted_at: new Date('2026-03-31T22:00:00.000Z'),
        answers: {},
        profile: {},
        user_id: null,
        business_name: '',
        commune_code: '',
        departement: expect.any(String),
      },
    ]);

    // The seat went to the waiting artisan.
    const seat = (await as(context, waiting).get('/api/me/registrations')).json();
    expect(JSON.stringify(seat)).toContain('"confirmed"');
    // The audit says it happened, and nothing about whom.
    const audit = await context.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'account.erased')
      .execute();
    expect(audit).toContainEqual({ actor_id: null, details: { reason: 'request' } });

    // The address can sign up again.
    const again = await context.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: signupBody({ email: artisan.email }),
    });
    expect(again.statusCode).toBe(202);
    const user = await context.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', artisan.email)
      .execute();
    expect(user).toHaveLength(1);
  });
});
