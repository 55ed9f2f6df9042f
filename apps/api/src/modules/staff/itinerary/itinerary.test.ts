import { describe, expect, it } from 'vitest';
import { workshopCatalogue } from '../../../seed/workshop-catalogue.ts';
import type { TestUser } from '../../../test/test-app.ts';
import { insertArtisans } from '../../tour/tour-fixtures.ts';
import {
  auditOf,
  book,
  call,
  context,
  createSession,
  createStop,
  createTour,
  otherStaff,
  outboxTo,
  setUpStaffTests,
  staff,
} from '../staff-test-support.ts';

setUpStaffTests();

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

describe('GET /api/staff/communes', () => {
  it('finds only the communes of the staff member’s chamber', async () => {
    const names = async (user: typeof staff, q: string) =>
      (await call(user, 'GET', `/api/staff/communes?q=${encodeURIComponent(q)}`))
        .json()
        .communes.map(
          (commune: { name: string; departement: string }) =>
            `${commune.name} (${commune.departement})`,
        );
    expect(await names(staff, 'Auxerre')).toEqual(['Auxerre (89)']);
    expect(await names(staff, 'Reims')).toEqual([]);
    expect((await names(otherStaff, 'Reims'))[0]).toBe('Reims (51)');
    const refused = await call(staff, 'GET', '/api/staff/communes?q=a');
    expect(refused.statusCode).toBe(400);
  });
});
