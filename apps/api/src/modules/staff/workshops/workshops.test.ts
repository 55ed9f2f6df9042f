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
  otherStaff,
  setUpStaffTests,
  staff,
  workshops,
} from '../staff-test-support.ts';

setUpStaffTests();

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
