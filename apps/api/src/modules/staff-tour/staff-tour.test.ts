import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopCatalogue } from '../../seed/workshop-catalogue.ts';
import {
  bearer,
  createStaffUser,
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';
import { parisInstant } from '../tour/paris-time.ts';
import { insertArtisans, seedCatalogues } from '../tour/tour-fixtures.ts';

let context: TestContext;
let workshops: Awaited<ReturnType<typeof seedCatalogues>>;
let staff: TestUser;
let otherStaff: TestUser;
const NOW = '2026-05-01T08:00:00.000Z'; // Friday 1 May 2026, 10:00 in Paris

beforeAll(async () => {
  context = await createTestContext({ now: NOW });
  workshops = await seedCatalogues(context);
  staff = await createStaffUser(context, 'staff');
  otherStaff = await createStaffUser(context, 'staff', 'grandEst');
});
afterAll(async () => {
  await context.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (user: TestUser | undefined, method: Method, url: string, payload?: unknown) =>
  context.app.inject({
    method,
    url,
    headers: user ? bearer(user) : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

let tourSequence = 0;
async function createTour(user = staff) {
  tourSequence += 1;
  const response = await call(user, 'POST', '/api/staff/tours', {
    name: `Tournée de printemps ${tourSequence}`,
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}
async function createStop(
  fields: { communeCode?: string; date?: string; address?: string; tourId?: string } = {},
  user = staff,
) {
  const tourId = fields.tourId ?? (await createTour(user)).id;
  const response = await call(user, 'POST', '/api/staff/stops', {
    tourId,
    communeCode: fields.communeCode ?? '89024',
    date: fields.date ?? '2026-05-12',
    address: fields.address ?? 'Place de l’Arquebuse',
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}
async function createSession(
  stop: { id: string; date: string },
  fields: { workshop?: string; start?: string; end?: string; capacity?: number } = {},
  user = staff,
) {
  const chamber = user === otherStaff ? 'grandEst' : 'bfc';
  const response = await call(user, 'POST', '/api/staff/sessions', {
    stopId: stop.id,
    workshopId: workshops[chamber][fields.workshop ?? 'social-decouverte'],
    startsAt: parisInstant(stop.date, fields.start ?? '14:00').toISOString(),
    endsAt: parisInstant(stop.date, fields.end ?? '15:00').toISOString(),
    capacity: fields.capacity ?? 12,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
const book = (artisan: TestUser, sessionId: string) =>
  call(artisan, 'POST', `/api/sessions/${sessionId}/registrations`);

const auditOf = (action: string, key: string, id: string) =>
  context.db
    .selectFrom('audit_events')
    .select(['chamber_id', 'actor_id', 'action', 'details'])
    .where('action', '=', action)
    .where(sql<string>`details ->> ${key}`, '=', id)
    .execute();
const outboxTo = (email: string) =>
  context.db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('to_email', '=', email)
    .orderBy('created_at')
    .execute();

describe('access', () => {
  it('is for staff only: 401 anonymous, 403 artisans and advisors, on every route', async () => {
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    const advisor = await createStaffUser(context, 'advisor');
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: [Method, string][] = [
      ['GET', '/api/staff/workshops'],
      ['POST', '/api/staff/workshops'],
      ['PATCH', `/api/staff/workshops/${id}`],
      ['DELETE', `/api/staff/workshops/${id}`],
      ['GET', '/api/staff/tours'],
      ['POST', '/api/staff/tours'],
      ['PATCH', `/api/staff/tours/${id}`],
      ['DELETE', `/api/staff/tours/${id}`],
      ['GET', '/api/staff/stops'],
      ['POST', '/api/staff/stops'],
      ['PATCH', `/api/staff/stops/${id}`],
      ['DELETE', `/api/staff/stops/${id}`],
      ['GET', '/api/staff/sessions'],
      ['POST', '/api/staff/sessions'],
      ['PATCH', `/api/staff/sessions/${id}`],
      ['DELETE', `/api/staff/sessions/${id}`],
      ['GET', `/api/staff/sessions/${id}/registrations`],
      ['PATCH', `/api/staff/registrations/${id}`],
    ];
    for (const [method, url] of routes) {
      const payload = method === 'POST' || method === 'PATCH' ? {} : undefined;
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(
        401,
      );
      for (const user of [artisan, advisor]) {
        const response = await call(user, method, url, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json()).toEqual({
          statusCode: 403,
          code: 'FORBIDDEN',
          message: 'Cette action n’est pas ouverte à votre profil.',
        });
      }
    }
  });
});

describe('/api/staff/workshops', () => {
  it('lists the chamber’s catalogue by theme and level', async () => {
    const response = await call(staff, 'GET', '/api/staff/workshops');
    expect(response.statusCode).toBe(200);
    const keys = response.json().workshops.map((workshop: { key: string }) => workshop.key);
    expect(keys).toEqual(workshopCatalogue.map((workshop) => workshop.key));
    expect(response.json().workshops[0]).toEqual({
      id: workshops.bfc['visibility-decouverte'],
      key: 'visibility-decouverte',
      theme: 'visibility',
      level: 'decouverte',
      title: workshopCatalogue[0]?.title,
      description: workshopCatalogue[0]?.description,
      durationMinutes: 60,
    });
  });

  it('creates a workshop (key from the title), refuses a duplicate key, and audits', async () => {
    const body = {
      theme: 'content',
      level: 'approfondissement',
      title: 'Vendre ses créations en ligne : les bases',
      description: 'Boutique en ligne, paiement, livraison : par où commencer.',
      durationMinutes: 90,
    };
    const created = await call(staff, 'POST', '/api/staff/workshops', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      key: 'vendre-ses-creations-en-ligne-les-bases',
      ...body,
    });
    const duplicate = await call(staff, 'POST', '/api/staff/workshops', body);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toEqual({
      statusCode: 409,
      code: 'WORKSHOP_KEY_TAKEN',
      message:
        'Un atelier avec l’identifiant « vendre-ses-creations-en-ligne-les-bases » existe déjà dans votre catalogue.',
    });
    // Keys are unique per chamber only.
    expect((await call(otherStaff, 'POST', '/api/staff/workshops', body)).statusCode).toBe(201);
    expect(await auditOf('workshop.created', 'workshopId', created.json().id)).toEqual([
      {
        chamber_id: context.chambers.bfc,
        actor_id: staff.id,
        action: 'workshop.created',
        details: { workshopId: created.json().id, key: 'vendre-ses-creations-en-ligne-les-bases' },
      },
    ]);
  });

  it('answers 400 with the offending fields for malformed bodies', async () => {
    const valid = {
      theme: 'social',
      level: 'expert',
      title: 'Un atelier',
      description: 'Une description.',
      durationMinutes: 60,
    };
    const cases: [unknown, string[]][] = [
      [{}, ['theme', 'level', 'title', 'description', 'durationMinutes']],
      [{ ...valid, theme: 'seo' }, ['theme']],
      [{ ...valid, level: 'debutant' }, ['level']],
      [{ ...valid, durationMinutes: '60' }, ['durationMinutes']],
      [{ ...valid, durationMinutes: 5 }, ['durationMinutes']],
      [{ ...valid, key: 'Clé Invalide' }, ['key']],
      [{ ...valid, title: 'x' }, ['title']],
      [[], ['corps de la requête']],
    ];
    for (const [payload, fields] of cases) {
      const response = await call(staff, 'POST', '/api/staff/workshops', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('VALIDATION_ERROR');
      expect(response.json().fields.map((field: { field: string }) => field.field)).toEqual(fields);
    }
    const theme = await call(staff, 'POST', '/api/staff/workshops', { ...valid, theme: 'seo' });
    expect(theme.json().fields).toEqual([
      {
        field: 'theme',
        message: 'Choisissez un thème : visibility, referencing, content ou social.',
      },
    ]);
  });

  it('edits a workshop of my chamber only; an empty or unknown change is a 400', async () => {
    const id = workshops.bfc['social-expert'] as string;
    const response = await call(staff, 'PATCH', `/api/staff/workshops/${id}`, {
      durationMinutes: 150,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, key: 'social-expert', durationMinutes: 150 });
    expect(await auditOf('workshop.updated', 'workshopId', id)).toHaveLength(1);
    const elsewhere = await call(otherStaff, 'PATCH', `/api/staff/workshops/${id}`, {
      title: 'Piraté',
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toEqual({
      statusCode: 404,
      code: 'WORKSHOP_NOT_FOUND',
      message: 'Atelier introuvable.',
    });
    const empty = await call(staff, 'PATCH', `/api/staff/workshops/${id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toEqual([
      { field: 'corps de la requête', message: 'Indiquez au moins un champ à modifier.' },
    ]);
    expect(
      (await call(staff, 'PATCH', `/api/staff/workshops/${id}`, { key: 'x' })).statusCode,
    ).toBe(400);
  });

  it('deletes an unused workshop; one in a session or with registrations is a 409', async () => {
    const unused = (
      await call(staff, 'POST', '/api/staff/workshops', {
        theme: 'visibility',
        level: 'expert',
        title: 'Atelier éphémère',
        description: 'À supprimer.',
        durationMinutes: 30,
      })
    ).json();
    expect((await call(otherStaff, 'DELETE', `/api/staff/workshops/${unused.id}`)).statusCode).toBe(
      404,
    );
    const deleted = await call(staff, 'DELETE', `/api/staff/workshops/${unused.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await auditOf('workshop.deleted', 'workshopId', unused.id)).toHaveLength(1);
    expect((await call(staff, 'DELETE', `/api/staff/workshops/${unused.id}`)).statusCode).toBe(404);

    const stop = await createStop();
    await createSession(stop, { workshop: 'content-expert', start: '15:30', end: '17:30' });
    const inUse = await call(
      staff,
      'DELETE',
      `/api/staff/workshops/${workshops.bfc['content-expert']}`,
    );
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toEqual({
      statusCode: 409,
      code: 'WORKSHOP_IN_USE',
      message: 'Cet atelier est programmé dans 1 séance : supprimez d’abord ces séances.',
    });
    const booked = await createSession(stop, { workshop: 'visibility-expert' });
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, booked.id);
    const withRegistrations = await call(
      staff,
      'DELETE',
      `/api/staff/workshops/${workshops.bfc['visibility-expert']}`,
    );
    expect(withRegistrations.statusCode).toBe(409);
    expect(withRegistrations.json()).toEqual({
      statusCode: 409,
      code: 'WORKSHOP_HAS_REGISTRATIONS',
      message:
        'Cet atelier a déjà reçu 1 inscription : il ne peut pas être supprimé. Annulez plutôt ses séances (les inscrits seront prévenus par e-mail).',
    });
  });
});

describe('/api/staff/tours', () => {
  it('creates, lists with their dates, renames and refuses duplicate names', async () => {
    const created = await call(staff, 'POST', '/api/staff/tours', { name: '  Tournée d’été  ' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      name: 'Tournée d’été',
      stopCount: 0,
      firstDate: null,
      lastDate: null,
      createdAt: expect.any(String),
    });
    const tourId = created.json().id;
    await createStop({ tourId, date: '2026-07-09', communeCode: '58194' });
    await createStop({ tourId, date: '2026-07-07', communeCode: '89387' });
    const list = (await call(staff, 'GET', '/api/staff/tours')).json();
    expect(list.tours.find((tour: { id: string }) => tour.id === tourId)).toMatchObject({
      stopCount: 2,
      firstDate: '2026-07-07',
      lastDate: '2026-07-09',
    });
    const duplicate = await call(staff, 'POST', '/api/staff/tours', { name: 'Tournée d’été' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toEqual({
      statusCode: 409,
      code: 'TOUR_NAME_TAKEN',
      message: 'Une tournée nommée « Tournée d’été » existe déjà.',
    });
    const renamed = await call(staff, 'PATCH', `/api/staff/tours/${tourId}`, {
      name: 'Tournée d’été 2026',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id: tourId, name: 'Tournée d’été 2026', stopCount: 2 });
    expect(
      (await call(otherStaff, 'PATCH', `/api/staff/tours/${tourId}`, { name: 'Autre' })).statusCode,
    ).toBe(404);
    const theirs = (await call(otherStaff, 'GET', '/api/staff/tours')).json();
    expect(theirs.tours.map((tour: { id: string }) => tour.id)).not.toContain(tourId);
    expect((await call(staff, 'POST', '/api/staff/tours', { name: 'ab' })).statusCode).toBe(400);
    expect(await auditOf('tour.created', 'tourId', tourId)).toHaveLength(1);
    expect(await auditOf('tour.updated', 'tourId', tourId)).toHaveLength(1);
  });

  it('deletes a tour with its stops and sessions, unless someone registered', async () => {
    const stop = await createStop();
    const session = await createSession(stop);
    const deleted = await call(staff, 'DELETE', `/api/staff/tours/${stop.tourId}`);
    expect(deleted.statusCode).toBe(204);
    expect(
      await context.db.selectFrom('sessions').select('id').where('id', '=', session.id).execute(),
    ).toEqual([]);
    expect(await auditOf('tour.deleted', 'tourId', stop.tourId)).toHaveLength(1);

    const booked = await createStop();
    const bookedSession = await createSession(booked);
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, bookedSession.id);
    await call(artisan, 'DELETE', `/api/sessions/${bookedSession.id}/registrations/me`);
    const refused = await call(staff, 'DELETE', `/api/staff/tours/${booked.tourId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      statusCode: 409,
      code: 'TOUR_HAS_REGISTRATIONS',
      message:
        'Cette tournée a déjà reçu 1 inscription : elle ne peut pas être supprimée. Annulez plutôt les séances concernées (les inscrits seront prévenus par e-mail).',
    });
    expect((await call(otherStaff, 'DELETE', `/api/staff/tours/${booked.tourId}`)).statusCode).toBe(
      404,
    );
  });
});

describe('/api/staff/stops', () => {
  it('creates a stop in a département of the chamber, named from the official list', async () => {
    const tour = await createTour();
    const response = await call(staff, 'POST', '/api/staff/stops', {
      tourId: tour.id,
      communeCode: '58086',
      date: '2026-05-28',
      address: 'Place de la Pêcherie',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      tourId: tour.id,
      communeCode: '58086',
      communeName: 'Cosne-Cours-sur-Loire',
      departement: '58',
      date: '2026-05-28',
      address: 'Place de la Pêcherie',
      sessionCount: 0,
      createdAt: expect.any(String),
    });
    expect(await auditOf('stop.created', 'stopId', response.json().id)).toHaveLength(1);
    const listed = (await call(staff, 'GET', `/api/staff/stops?tourId=${tour.id}`)).json();
    expect(listed.stops).toEqual([response.json()]);
    const theirs = (await call(otherStaff, 'GET', `/api/staff/stops?tourId=${tour.id}`)).json();
    expect(theirs.stops).toEqual([]);
  });

  it('refuses a commune outside the chamber or unknown (422), a tour of another chamber (422), bad input (400)', async () => {
    const tour = await createTour();
    const post = (fields: Record<string, unknown>) =>
      call(staff, 'POST', '/api/staff/stops', {
        tourId: tour.id,
        communeCode: '89024',
        date: '2026-05-28',
        address: 'Place de la Mairie',
        ...fields,
      });
    const outside = await post({ communeCode: '51454' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toEqual({
      statusCode: 422,
      code: 'COMMUNE_OUTSIDE_CHAMBER',
      message:
        'Reims (51) n’est pas dans un département de votre chambre (21, 25, 39, 58, 70, 71, 89, 90).',
      fields: [{ field: 'communeCode', message: 'Commune hors du territoire de la chambre.' }],
    });
    const unknown = await post({ communeCode: '89999' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('COMMUNE_UNKNOWN');
    const theirTour = await createTour(otherStaff);
    const foreignTour = await post({ tourId: theirTour.id });
    expect(foreignTour.statusCode).toBe(422);
    expect(foreignTour.json()).toEqual({
      statusCode: 422,
      code: 'UNKNOWN_TOUR',
      message: 'Cette tournée n’existe pas dans votre chambre.',
      fields: [{ field: 'tourId', message: 'Tournée introuvable.' }],
    });
    for (const fields of [
      { communeCode: 'abc' },
      { date: '28/05/2026' },
      { date: '2026-13-01' },
      { date: '0000-01-01' },
      { address: '' },
      { tourId: 'pas-un-uuid' },
    ]) {
      const response = await post(fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.json().fields.map((field: { field: string }) => field.field)).toEqual(
        Object.keys(fields),
      );
    }
    expect((await call(staff, 'GET', '/api/staff/stops?tourId=x')).statusCode).toBe(400);
  });

  it('moves a stop’s address and tells the people booked; its date only while it has no sessions', async () => {
    const stop = await createStop({ date: '2026-05-19' });
    const session = await createSession(stop);
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, session.id);

    const moved = await call(staff, 'PATCH', `/api/staff/stops/${stop.id}`, {
      address: 'Parking du Pont',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ address: 'Parking du Pont', sessionCount: 1 });
    const emails = await outboxTo(artisan.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toBe(
      `Changement pour votre atelier « ${workshopCatalogue.find((w) => w.key === 'social-decouverte')?.title} »`,
    );
    expect(emails[0]?.body).toContain('Où : Parking du Pont, Auxerre');

    const redated = await call(staff, 'PATCH', `/api/staff/stops/${stop.id}`, {
      date: '2026-05-20',
    });
    expect(redated.statusCode).toBe(409);
    expect(redated.json()).toEqual({
      statusCode: 409,
      code: 'STOP_HAS_SESSIONS',
      message:
        'Cette étape a déjà 1 séance le 2026-05-19 : déplacez ou supprimez ces séances avant de changer la date de l’étape.',
    });
    const empty = await createStop();
    const emptyMoved = await call(staff, 'PATCH', `/api/staff/stops/${empty.id}`, {
      date: '2026-05-20',
      communeCode: '21231',
    });
    expect(emptyMoved.statusCode).toBe(200);
    expect(emptyMoved.json()).toMatchObject({
      date: '2026-05-20',
      communeName: 'Dijon',
      departement: '21',
    });
    const outside = await call(staff, 'PATCH', `/api/staff/stops/${empty.id}`, {
      communeCode: '54395',
    });
    expect(outside.statusCode).toBe(422);
    expect(
      (await call(otherStaff, 'PATCH', `/api/staff/stops/${empty.id}`, { address: 'Ailleurs' }))
        .statusCode,
    ).toBe(404);
    expect(await auditOf('stop.updated', 'stopId', stop.id)).toHaveLength(1);
  });

  it('deletes a stop with its sessions unless someone registered', async () => {
    const stop = await createStop();
    await createSession(stop);
    expect((await call(otherStaff, 'DELETE', `/api/staff/stops/${stop.id}`)).statusCode).toBe(404);
    expect((await call(staff, 'DELETE', `/api/staff/stops/${stop.id}`)).statusCode).toBe(204);
    expect(await auditOf('stop.deleted', 'stopId', stop.id)).toHaveLength(1);
    const booked = await createStop();
    const session = await createSession(booked);
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, session.id);
    const refused = await call(staff, 'DELETE', `/api/staff/stops/${booked.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('STOP_HAS_REGISTRATIONS');
  });
});

describe('/api/staff/sessions', () => {
  it('schedules a session on the stop’s day in Paris', async () => {
    const stop = await createStop();
    const response = await call(staff, 'POST', '/api/staff/sessions', {
      stopId: stop.id,
      workshopId: workshops.bfc['referencing-decouverte'],
      // 00:30 on 12 May in Paris is still 11 May in UTC: the Paris day counts.
      startsAt: '2026-05-11T22:30:00Z',
      endsAt: '2026-05-12T09:00:00+02:00',
      capacity: 15,
    });
    expect(response.statusCode).toBe(201);
    const referencing = workshopCatalogue.find((w) => w.key === 'referencing-decouverte');
    expect(response.json()).toEqual({
      id: expect.any(String),
      stopId: stop.id,
      workshop: {
        id: workshops.bfc['referencing-decouverte'],
        key: 'referencing-decouverte',
        theme: 'referencing',
        level: 'decouverte',
        title: referencing?.title,
        description: referencing?.description,
        durationMinutes: 60,
      },
      startsAt: '2026-05-11T22:30:00.000Z',
      endsAt: '2026-05-12T07:00:00.000Z',
      capacity: 15,
      confirmedCount: 0,
      waitlistedCount: 0,
      attendedCount: 0,
      seatsLeft: 15,
      cancelled: false,
      cancelledAt: null,
    });
    expect(await auditOf('session.created', 'sessionId', response.json().id)).toHaveLength(1);
    const listed = (await call(staff, 'GET', `/api/staff/sessions?stopId=${stop.id}`)).json();
    expect(listed.sessions).toEqual([response.json()]);
    expect(
      (await call(otherStaff, 'GET', `/api/staff/sessions?stopId=${stop.id}`)).json().sessions,
    ).toEqual([]);
  });

  it('refuses times out of order or off the stop’s day, and another chamber’s stop or workshop (422)', async () => {
    const stop = await createStop();
    const post = (fields: Record<string, unknown>) =>
      call(staff, 'POST', '/api/staff/sessions', {
        stopId: stop.id,
        workshopId: workshops.bfc['content-decouverte'],
        startsAt: '2026-05-12T12:00:00Z',
        endsAt: '2026-05-12T13:00:00Z',
        capacity: 12,
        ...fields,
      });
    const backwards = await post({ endsAt: '2026-05-12T11:00:00Z' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_ENDS_BEFORE_START',
      message: 'La fin de la séance doit être après son début.',
      fields: [{ field: 'endsAt', message: 'La fin doit être après le début.' }],
    });
    // 23:30 UTC on 12 May is 01:30 on 13 May in Paris.
    const nextDay = await post({ endsAt: '2026-05-12T23:30:00Z' });
    expect(nextDay.statusCode).toBe(422);
    expect(nextDay.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_NOT_ON_STOP_DATE',
      message: 'La séance doit avoir lieu le jour de l’étape (2026-05-12, heure de Paris).',
      fields: [{ field: 'endsAt', message: 'Doit tomber le 2026-05-12 (heure de Paris).' }],
    });
    const foreignWorkshop = await post({ workshopId: workshops.grandEst['content-decouverte'] });
    expect(foreignWorkshop.statusCode).toBe(422);
    expect(foreignWorkshop.json().code).toBe('UNKNOWN_WORKSHOP');
    const theirStop = await createStop({ communeCode: '51454' }, otherStaff);
    const foreignStop = await post({ stopId: theirStop.id });
    expect(foreignStop.statusCode).toBe(422);
    expect(foreignStop.json()).toEqual({
      statusCode: 422,
      code: 'UNKNOWN_STOP',
      message: 'Cette étape n’existe pas dans votre chambre.',
      fields: [{ field: 'stopId', message: 'Étape introuvable.' }],
    });
    for (const fields of [
      { capacity: 0 },
      { capacity: 12.5 },
      { startsAt: 'demain matin' },
      { startsAt: '2026-05-12T12:00:00' },
      { startsAt: '0001-05-12T12:00:00Z' },
      { workshopId: 42 },
    ]) {
      const response = await post(fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.json().fields.map((field: { field: string }) => field.field)).toEqual(
        Object.keys(fields),
      );
    }
    const count = await context.db
      .selectFrom('sessions')
      .select('id')
      .where('stop_id', '=', stop.id)
      .execute();
    expect(count).toEqual([]);
  });

  it('never lowers the capacity below the confirmed seats; raising it serves the waiting list in order', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 3 });
    const people = await insertArtisans(context, 5);
    for (const person of people) await book(person, session.id);

    const tooLow = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 2 });
    expect(tooLow.statusCode).toBe(409);
    expect(tooLow.json()).toEqual({
      statusCode: 409,
      code: 'CAPACITY_BELOW_CONFIRMED',
      message:
        'Impossible de réduire la capacité à 2 : 3 personnes ont déjà une place confirmée. Gardez au moins 3 places, ou annulez des inscriptions.',
    });

    const raised = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 4 });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({
      capacity: 4,
      confirmedCount: 4,
      waitlistedCount: 1,
      seatsLeft: 0,
    });
    expect(await outboxTo(people[3]?.email as string)).toEqual([
      {
        subject: expect.stringMatching(/^Une place s’est libérée/),
        body: expect.stringContaining('Quand : mardi 12 mai 2026, de 14 h 00 à 15 h 00'),
      },
    ]);
    expect(await outboxTo(people[4]?.email as string)).toEqual([]);
    const wide = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 10 });
    expect(wide.json()).toMatchObject({ confirmedCount: 5, waitlistedCount: 0, seatsLeft: 5 });
    expect(await outboxTo(people[4]?.email as string)).toHaveLength(1);
    const sameAsTaken = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      capacity: 5,
    });
    expect(sameAsTaken.statusCode).toBe(200);
    expect(await auditOf('session.updated', 'sessionId', session.id)).toHaveLength(3);
  });

  it('tells the people booked when the time or the workshop changes', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const [confirmed, waiting] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    await book(confirmed, session.id);
    await book(waiting, session.id);
    const moved = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      startsAt: parisInstant('2026-05-12', '16:00').toISOString(),
      endsAt: parisInstant('2026-05-12', '17:00').toISOString(),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      startsAt: '2026-05-12T14:00:00.000Z',
      endsAt: '2026-05-12T15:00:00.000Z',
    });
    for (const person of [confirmed, waiting]) {
      const emails = await outboxTo(person.email);
      expect(emails).toHaveLength(1);
      expect(emails[0]?.body).toContain('Quand : mardi 12 mai 2026, de 16 h 00 à 17 h 00');
    }
    const offDay = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      startsAt: parisInstant('2026-05-13', '16:00').toISOString(),
      endsAt: parisInstant('2026-05-13', '17:00').toISOString(),
    });
    expect(offDay.statusCode).toBe(422);
    const workshopChanged = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      workshopId: workshops.bfc['social-approfondissement'],
    });
    expect(workshopChanged.json().workshop.key).toBe('social-approfondissement');
    expect(await outboxTo(confirmed.email)).toHaveLength(2);
  });

  it('cancels a session for good, e-mails everyone booked, and closes it to bookings', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const [confirmed, waiting, late] = (await insertArtisans(context, 3)) as [
      TestUser,
      TestUser,
      TestUser,
    ];
    await book(confirmed, session.id);
    await book(waiting, session.id);
    const cancelled = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      cancelled: true,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      cancelled: true,
      cancelledAt: NOW,
      seatsLeft: 0,
      confirmedCount: 1,
      waitlistedCount: 1,
    });
    const title = workshopCatalogue.find((w) => w.key === 'social-decouverte')?.title;
    for (const person of [confirmed, waiting]) {
      expect(await outboxTo(person.email)).toEqual([
        {
          subject: `Atelier annulé : « ${title} » du mardi 12 mai 2026`,
          body: expect.stringContaining(
            `l’atelier « ${title} » prévu le mardi 12 mai 2026, de 14 h 00 à 15 h 00 (Place de l’Arquebuse, Auxerre) est annulé.`,
          ),
        },
      ]);
    }
    expect(await auditOf('session.cancelled', 'sessionId', session.id)).toHaveLength(1);
    const stopView = (await call(late, 'GET', `/api/tour/stops/${stop.id}`)).json();
    expect(stopView.sessions[0]).toMatchObject({ id: session.id, cancelled: true, seatsLeft: 0 });
    expect((await book(late, session.id)).json().code).toBe('SESSION_CANCELLED');
    const mine = (await call(confirmed, 'GET', '/api/me/registrations')).json();
    expect(mine.registrations[0].session.cancelled).toBe(true);

    const again = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      cancelled: true,
    });
    expect(again.statusCode).toBe(200);
    expect(await outboxTo(confirmed.email)).toHaveLength(1);
    const edit = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 20 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toEqual({
      statusCode: 409,
      code: 'SESSION_CANCELLED',
      message: 'Cette séance est annulée : elle ne peut plus être modifiée.',
    });
    const undo = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      cancelled: false,
    });
    expect(undo.statusCode).toBe(400);
    expect(undo.json().fields).toEqual([
      {
        field: 'cancelled',
        message:
          'Une séance annulée ne peut pas être rétablie : seule la valeur true est acceptée.',
      },
    ]);
    expect(
      (await call(otherStaff, 'PATCH', `/api/staff/sessions/${session.id}`, { cancelled: true }))
        .statusCode,
    ).toBe(404);
  });

  it('deletes a session nobody registered for; otherwise asks to cancel it', async () => {
    const stop = await createStop();
    const free = await createSession(stop);
    expect((await call(otherStaff, 'DELETE', `/api/staff/sessions/${free.id}`)).statusCode).toBe(
      404,
    );
    expect((await call(staff, 'DELETE', `/api/staff/sessions/${free.id}`)).statusCode).toBe(204);
    expect(await auditOf('session.deleted', 'sessionId', free.id)).toHaveLength(1);
    const booked = await createSession(stop, { workshop: 'content-decouverte' });
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, booked.id);
    const refused = await call(staff, 'DELETE', `/api/staff/sessions/${booked.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      statusCode: 409,
      code: 'SESSION_HAS_REGISTRATIONS',
      message:
        'Cette séance a déjà reçu 1 inscription : elle ne peut pas être supprimée. Annulez-la plutôt (PATCH avec cancelled: true) : les inscrits seront prévenus par e-mail.',
    });
  });
});

describe('registrants and attendance', () => {
  it('lists a session’s registrants in arrival order, with status and waiting rank', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const people = (await insertArtisans(context, 3)) as [TestUser, TestUser, TestUser];
    for (const person of people) await book(person, session.id);
    await call(people[0], 'DELETE', `/api/sessions/${session.id}/registrations/me`);
    const response = await call(staff, 'GET', `/api/staff/sessions/${session.id}/registrations`);
    expect(response.statusCode).toBe(200);
    const registrations = response.json().registrations;
    expect(
      registrations.map(
        (entry: { email: string; status: string; waitlistPosition: number | null }) => [
          entry.email,
          entry.status,
          entry.waitlistPosition,
        ],
      ),
    ).toEqual([
      [people[0].email, 'cancelled', null],
      [people[1].email, 'confirmed', null],
      [people[2].email, 'waitlisted', 1],
    ]);
    expect(registrations[1]).toEqual({
      id: expect.any(String),
      artisanId: people[1].artisanId,
      businessName: expect.stringMatching(/^Atelier /),
      email: people[1].email,
      communeName: 'Auxerre',
      status: 'confirmed',
      arrival: expect.any(Number),
      waitlistPosition: null,
      registeredAt: NOW,
    });
    const arrivals = registrations.map((entry: { arrival: number }) => entry.arrival);
    expect([...arrivals].sort((a, b) => a - b)).toEqual(arrivals);
    const elsewhere = await call(
      otherStaff,
      'GET',
      `/api/staff/sessions/${session.id}/registrations`,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe('SESSION_NOT_FOUND');
  });

  it('marks confirmed people present once the session has started, and back', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const [present, waiting] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    const presentId = (await book(present, session.id)).json().id;
    const waitingId = (await book(waiting, session.id)).json().id;
    const mark = (id: string, body: unknown, user = staff) =>
      call(user, 'PATCH', `/api/staff/registrations/${id}`, body);

    const early = await mark(presentId, { attended: true });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_NOT_STARTED',
      message:
        'Cette séance n’a pas encore commencé : la présence se pointe à partir de son début.',
    });

    context.clock.set('2026-05-12T12:10:00.000Z'); // 14:10 in Paris, ten minutes in
    try {
      const marked = await mark(presentId, { attended: true });
      expect(marked.statusCode).toBe(200);
      expect(marked.json()).toMatchObject({
        id: presentId,
        status: 'attended',
        email: present.email,
      });
      const sessions = (await call(staff, 'GET', `/api/staff/sessions?stopId=${stop.id}`)).json();
      expect(sessions.sessions[0]).toMatchObject({ confirmedCount: 1, attendedCount: 1 });
      const unmarked = await mark(presentId, { attended: false });
      expect(unmarked.json().status).toBe('confirmed');
      const onWaitlist = await mark(waitingId, { attended: true });
      expect(onWaitlist.statusCode).toBe(409);
      expect(onWaitlist.json()).toEqual({
        statusCode: 409,
        code: 'REGISTRATION_NOT_CONFIRMED',
        message:
          'Cette personne est sur la liste d’attente : seule une inscription confirmée peut être pointée.',
      });
      expect((await mark(presentId, { attended: true }, otherStaff)).statusCode).toBe(404);
      expect((await mark(presentId, { attended: 'oui' })).statusCode).toBe(400);
      expect((await mark(presentId, {})).statusCode).toBe(400);
      expect(
        (await mark('00000000-0000-4000-8000-000000000000', { attended: true })).statusCode,
      ).toBe(404);
    } finally {
      context.clock.set(NOW);
    }
    const audit = await auditOf('registration.attendance', 'registrationId', presentId);
    expect(audit.map((event) => (event.details as { attended: boolean }).attended).sort()).toEqual([
      false,
      true,
    ]);
  });
});
