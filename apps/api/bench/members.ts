/**
 * pnpm bench:members — DESIGN.md / issue 9 target: with 100 000 artisans in a
 * chamber, a search or filter of the advisor's member list answers in under
 * 100 ms on PostgreSQL. Loads the artisans (two thirds consenting, 1.5
 * assessments each on average) into a throw-away database, then times each
 * typical query through the repository the API uses (the page and its count).
 * BENCH_ARTISANS changes the size.
 */
import { MemberListQuery } from '@capnum/contracts';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { listMembers } from '../src/modules/advisor/advisor.repository.ts';
import { ensureReferenceData } from '../src/seed/reference-data.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { createBenchDatabase } from './bench-database.ts';

const ARTISANS = Number(process.env.BENCH_ARTISANS ?? 100_000);
const RUNS = 30;

const bench = await createBenchDatabase('capnum_bench_members');
const { db } = createDatabase({ url: bench.url, poolSize: 4 });
try {
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const { bfc } = await seedChambers(db);

  let started = Date.now();
  await sql`
    insert into users (email, password_hash, role, chamber_id, email_confirmed_at)
    select 'bench-' || i || '@bench.test', 'x', 'artisan', ${bfc}, now()
    from generate_series(1, ${ARTISANS}) as i`.execute(db);
  await sql`
    insert into artisans (user_id, chamber_id, business_name, siret, trade, sector,
      commune_code, commune_name, departement, employee_band, share_with_advisor, consent_at)
    select u.id, ${bfc},
      (array['Boulangerie','Menuiserie','Plomberie','Coiffure','Fleurs','Garage','Ébénisterie','Pâtisserie'])[1 + abs(hashtext(i || 'p')) % 8]
        || ' ' || (array['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau','Simon','Laurent'])[1 + abs(hashtext(i || 'f')) % 12]
        || ' ' || i,
      lpad((73282932000000 + i * 7)::text, 14, '0'),
      'Métier',
      (array['alimentation','batiment','fabrication','services'])[1 + abs(hashtext(i || 's')) % 4],
      (array['21231','25056','39300','58194','70550','71270','89024','90010'])[1 + abs(hashtext(i || 'd')) % 8],
      (array['Dijon','Besançon','Lons-le-Saunier','Nevers','Vesoul','Chalon-sur-Saône','Auxerre','Belfort'])[1 + abs(hashtext(i || 'd')) % 8],
      (array['21','25','39','58','70','71','89','90'])[1 + abs(hashtext(i || 'd')) % 8],
      (array['0','1-2','3-9','10+'])[1 + abs(hashtext(i || 'b')) % 4],
      abs(hashtext(i || 'c')) % 3 <> 0,
      case when abs(hashtext(i || 'c')) % 3 <> 0 then now() end
    from (select id, row_number() over (order by email) as i from users where email like 'bench-%') as u`.execute(
    db,
  );
  console.log(`${ARTISANS} artisans : ${((Date.now() - started) / 1000).toFixed(1)} s`);

  started = Date.now();
  // One or two submitted assessments each; scores spread over the four levels.
  await sql`
    insert into assessments (artisan_id, chamber_id, status, questionnaire_version, scoring_version,
      profile, score_overall, score_visibility, score_referencing, score_content, score_social,
      level_overall, submitted_at, idempotency_key)
    select a.id, a.chamber_id, 'submitted', 1, '1.0.0', '{}'::jsonb,
      s.overall, s.v, s.r, s.c, s.so,
      case when s.overall >= 76 then 4 when s.overall >= 51 then 3 when s.overall >= 26 then 2 else 1 end,
      now() - ((a.n * 37 + round_no * 90) % 700) * interval '1 day',
      'bench-' || round_no
    from (select id, chamber_id, row_number() over (order by id) as n from artisans) as a
    cross join generate_series(1, 2) as round_no
    cross join lateral (
      select (a.n * 13 + round_no * 7) % 101 as v, (a.n * 29) % 101 as r,
             (a.n * 31 + round_no) % 101 as c, (a.n * 43) % 101 as so
    ) as t
    cross join lateral (select t.v, t.r, t.c, t.so, (t.v + t.r + t.c + t.so) / 4 as overall) as s
    where round_no = 1 or a.n % 2 = 0`.execute(db);
  await sql`analyze`.execute(db);
  console.log(`assessments : ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const tour = await db
    .insertInto('tours')
    .values({ chamber_id: bfc, name: 'Tournée de mesure' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stop = await db
    .insertInto('stops')
    .values({
      tour_id: tour.id,
      chamber_id: bfc,
      commune_code: '89024',
      commune_name: 'Auxerre',
      departement: '89',
      date: '2027-01-12',
      address: 'Place de l’Arquebuse',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into workshops (chamber_id, key, theme, level, title, description, duration_minutes)
    values (${bfc}, 'bench', 'visibility', 'decouverte', 'Atelier', 'Mesure', 60)`.execute(db);
  await sql`
    insert into sessions (stop_id, chamber_id, workshop_id, starts_at, ends_at, capacity)
    select ${stop.id}, ${bfc}, id, '2027-01-12T09:00:00Z', '2027-01-12T10:00:00Z', 400
    from workshops where key = 'bench'`.execute(db);
  await sql`
    insert into registrations (session_id, artisan_id, chamber_id, status)
    select s.id, a.id, ${bfc}, 'confirmed'
    from sessions as s, (select id from artisans where departement = '89' order by id limit 300) as a`.execute(
    db,
  );
  const advisor = await db
    .insertInto('users')
    .values({
      email: 'conseiller@bench.test',
      password_hash: 'x',
      role: 'advisor',
      chamber_id: bfc,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scoped = await db
    .insertInto('users')
    .values({ email: 'scope@bench.test', password_hash: 'x', role: 'advisor', chamber_id: bfc })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('advisor_scopes')
    .values([
      { advisor_id: scoped.id, chamber_id: bfc, departement: '89' },
      { advisor_id: scoped.id, chamber_id: bfc, departement: '58' },
    ])
    .execute();

  const cases: [string, string, Record<string, string>][] = [
    ['liste complète, par nom', advisor.id, {}],
    ['recherche « boul »', advisor.id, { q: 'boul' }],
    ['recherche « ebenisterie dur »', advisor.id, { q: 'ebenisterie dur' }],
    ['recherche d’un SIRET partiel', advisor.id, { q: '29320004' }],
    ['département 89 + niveau 2', advisor.id, { departement: '89', level: '2' }],
    [
      'secteur + effectif, tri par score',
      advisor.id,
      { sector: 'batiment', employeeBand: '3-9', sort: 'score' },
    ],
    [
      'thème le plus faible, tri par date',
      advisor.id,
      { weakestTheme: 'social', sort: 'last-assessment' },
    ],
    ['inscrits à une étape', advisor.id, { stopId: stop.id }],
    ['sans autodiagnostic depuis 12 mois', advisor.id, { withoutRecentAssessment: 'true' }],
    ['page 500', advisor.id, { page: '500' }],
    ['conseiller limité à 2 départements, recherche', scoped.id, { q: 'garage' }],
  ];
  console.log(`\nListe des membres, ${ARTISANS} artisans (PostgreSQL), ${RUNS} requêtes par cas :`);
  console.log(
    `${'cas'.padEnd(48)} ${'total'.padStart(7)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}`,
  );
  let worst = 0;
  for (const [label, viewerId, params] of cases) {
    const query = MemberListQuery.parse(params);
    const viewer = { userId: viewerId, chamberId: bfc };
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS + 3; run += 1) {
      const t0 = performance.now();
      total = (await listMembers(db, viewer, query, new Date())).total;
      if (run >= 3) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length * 0.5)] ?? 0;
    const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
    worst = Math.max(worst, p95);
    console.log(
      `${label.padEnd(48)} ${String(total).padStart(7)} ${`${p50.toFixed(1)} ms`.padStart(8)} ${`${p95.toFixed(1)} ms`.padStart(8)}`,
    );
  }
  console.log(
    `\nObjectif : < 100 ms → pire p95 ${worst.toFixed(1)} ms ${worst < 100 ? 'OK' : 'NON ATTEINT'}`,
  );
} finally {
  await db.destroy();
  await bench.drop();
}
