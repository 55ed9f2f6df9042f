import { describe, expect, it } from 'vitest';
import { as } from '../../test/fixtures.ts';
import { accessLogOf, cast, context, namesOf, setUpAdvisorTests } from './advisor-test-support.ts';

setUpAdvisorTests();

const memberRoutes = (artisanId: string) =>
  [
    { method: 'get', url: `/api/advisor/members/${artisanId}` },
    { method: 'get', url: `/api/advisor/members/${artisanId}/brief` },
    { method: 'post', url: `/api/advisor/members/${artisanId}/notes`, body: { text: 'Note.' } },
    {
      method: 'put',
      url: `/api/advisor/members/${artisanId}/visit`,
      body: { plannedOn: '2026-05-20' },
    },
  ] as const;

async function statusesOn(user: Parameters<typeof as>[1], artisanId: string) {
  const statuses: number[] = [];
  for (const route of memberRoutes(artisanId)) {
    const client = as(context, user);
    const response =
      route.method === 'get'
        ? await client.get(route.url)
        : await client[route.method](route.url, route.body);
    statuses.push(response.statusCode);
  }
  return statuses;
}

describe('who may read a member', () => {
  it('refuses anonymous callers (401) and artisans (403) on every advisor route', async () => {
    const routes = [
      ...memberRoutes(cast.baker.artisanId),
      { method: 'get', url: '/api/advisor/members' },
      { method: 'get', url: `/api/advisor/stops/${cast.stop.stopId}/pack` },
    ] as const;
    for (const caller of [undefined, cast.baker]) {
      for (const route of routes) {
        const client = as(context, caller);
        const response =
          route.method === 'get'
            ? await client.get(route.url)
            : await client[route.method](route.url, 'body' in route ? route.body : {});
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(caller ? 403 : 401);
      }
    }
  });

  it('answers 404 to an advisor of another chamber, and to one outside the member’s départements', async () => {
    expect(await statusesOn(cast.otherAdvisor, cast.baker.artisanId)).toEqual([404, 404, 404, 404]);
    expect(await statusesOn(cast.scopedAdvisor, cast.baker.artisanId)).toEqual([
      404, 404, 404, 404,
    ]);
    expect(await statusesOn(cast.scopedAdvisor, cast.joiner.artisanId)).toEqual([
      200, 200, 201, 200,
    ]);
    const refused = await as(context, cast.otherAdvisor).get(
      `/api/advisor/members/${cast.baker.artisanId}`,
    );
    expect(refused.json()).toEqual({
      statusCode: 404,
      code: 'MEMBER_NOT_FOUND',
      message:
        'Ce membre n’existe pas, ne partage pas son diagnostic ou n’est pas dans vos départements.',
    });
  });

  it('leaves a member without consent out of the list, and 404 by id', async () => {
    const list = await as(context, cast.advisor).get('/api/advisor/members?q=coiffure');
    expect(list.json()).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    expect(await statusesOn(cast.advisor, cast.hairdresser.artisanId)).toEqual([
      404, 404, 404, 404,
    ]);
  });

  it('shows each viewer the members of their own scope', async () => {
    const everyone = [
      'Boulangerie Élise Dupré',
      'Fleurs de Sens',
      'Menuiserie du Château',
      'Plomberie Nivernaise',
    ];
    expect(namesOf((await as(context, cast.advisor).get('/api/advisor/members')).json())).toEqual(
      everyone,
    );
    expect(namesOf((await as(context, cast.staff).get('/api/advisor/members')).json())).toEqual(
      everyone,
    );
    expect(
      namesOf((await as(context, cast.scopedAdvisor).get('/api/advisor/members')).json()),
    ).toEqual(['Menuiserie du Château']);
    expect(
      namesOf((await as(context, cast.otherAdvisor).get('/api/advisor/members')).json()),
    ).toEqual(['Boulangerie Rémoise']);
  });

  it('stops showing a member on the request after they withdraw, and again after they consent', async () => {
    const florist = as(context, cast.florist);
    const advisor = as(context, cast.advisor);
    const withdrawn = await florist.put('/api/me/consent', { shareWithAdvisor: false });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toEqual({
      shareWithAdvisor: false,
      textVersion: '2026-01',
      history: [{ granted: false, at: '2026-05-01T08:00:00.000Z', textVersion: '2026-01' }],
    });
    expect((await advisor.get(`/api/advisor/members/${cast.florist.artisanId}`)).statusCode).toBe(
      404,
    );
    expect(namesOf((await advisor.get('/api/advisor/members?q=fleurs')).json())).toEqual([]);
    context.clock.set('2026-05-01T09:00:00.000Z');
    await florist.put('/api/me/consent', { shareWithAdvisor: true });
    context.clock.set('2026-05-01T08:00:00.000Z');
    expect((await advisor.get(`/api/advisor/members/${cast.florist.artisanId}`)).statusCode).toBe(
      200,
    );
    expect((await florist.get('/api/me/consent')).json().history).toEqual([
      { granted: true, at: '2026-05-01T09:00:00.000Z', textVersion: '2026-01' },
      { granted: false, at: '2026-05-01T08:00:00.000Z', textVersion: '2026-01' },
    ]);
  });

  it('refuses consent changes from anyone but the artisan, and a body that is not a boolean', async () => {
    expect((await as(context).put('/api/me/consent', { shareWithAdvisor: true })).statusCode).toBe(
      401,
    );
    expect(
      (await as(context, cast.advisor).put('/api/me/consent', { shareWithAdvisor: true }))
        .statusCode,
    ).toBe(403);
    expect((await as(context, cast.advisor).get('/api/me/access-log')).statusCode).toBe(403);
    const invalid = await as(context, cast.baker).put('/api/me/consent', {
      shareWithAdvisor: 'oui',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().fields).toEqual([
      { field: 'shareWithAdvisor', message: 'Indiquez true ou false.' },
    ]);
  });
});

describe('the access log', () => {
  it('writes exactly one line per read of a file or a brief, none for the list', async () => {
    const before = (await accessLogOf(cast.joiner)).length;
    const advisor = as(context, cast.advisor);
    await advisor.get('/api/advisor/members');
    await advisor.get(`/api/advisor/members/${cast.joiner.artisanId}`);
    await advisor.get(`/api/advisor/members/${cast.joiner.artisanId}/brief`);
    const lines = (await accessLogOf(cast.joiner)).slice(before);
    expect(lines).toEqual([
      { viewer_id: cast.advisor.id, what: 'file' },
      { viewer_id: cast.advisor.id, what: 'brief' },
    ]);
  });

  it('writes one line per member of a stop pack, and tells the artisan in one sentence', async () => {
    const before = (await accessLogOf(cast.baker)).length;
    const pack = await as(context, cast.advisor).get(`/api/advisor/stops/${cast.stop.stopId}/pack`);
    expect(pack.statusCode).toBe(200);
    expect((await accessLogOf(cast.baker)).slice(before)).toEqual([
      { viewer_id: cast.advisor.id, what: 'stop-pack' },
    ]);
    const log = await as(context, cast.baker).get('/api/me/access-log');
    expect(log.json().entries[0]).toEqual({
      id: expect.any(String),
      at: '2026-05-01T08:00:00.000Z',
      what: 'stop-pack',
      viewerName: 'Camille Martin',
      viewerRole: 'advisor',
      chamberName: 'CMA Bourgogne-Franche-Comté',
      sentence:
        'Camille Martin (conseiller, CMA Bourgogne-Franche-Comté) a consulté votre fiche dans le dossier d’une étape du van le vendredi 1 mai 2026 à 10 h.',
    });
  });

  it('shows a member only their own log', async () => {
    const log = await as(context, cast.plumber).get('/api/me/access-log');
    expect(log.json()).toEqual({ entries: [] });
  });
});
