import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Volume for measuring: N artisans of one chamber and about M submitted
 * assessments, written with set-based INSERT … SELECT (no round trip per row).
 * Spreads are deterministic (hashtext) but uneven like real life: more
 * artisans in the big départements, more small businesses, assessments
 * over three years, and one artisan in ten attending a workshop of their
 * weakest theme, after which that theme's score rises.
 */
export async function generateLoad(
  db: Db,
  options: { chamberId: string; artisans: number; assessments: number; now: Date },
): Promise<void> {
  const { chamberId, artisans, now } = options;
  const perArtisan = Math.max(1, Math.round(options.assessments / Math.max(1, artisans)));
  const prefix = `load-${Date.now().toString(36)}`;
  await sql`
    insert into users (email, password_hash, role, chamber_id, email_confirmed_at)
    select ${prefix} || '-' || i || '@charge.capnum.test', 'non-connectable', 'artisan', ${chamberId}, ${now}
    from generate_series(1, ${artisans}) as i`.execute(db);
  // Départements weighted like the region: Côte-d'Or, Doubs and Saône-et-Loire the largest.
  await sql`
    insert into artisans (user_id, chamber_id, business_name, siret, trade, sector,
      commune_code, commune_name, departement, employee_band, share_with_advisor, consent_at)
    select u.id, ${chamberId},
      (array['Boulangerie','Menuiserie','Plomberie','Coiffure','Fleurs','Garage','Ébénisterie','Pâtisserie'])[1 + abs(hashtext(u.email || 'p')) % 8]
        || ' ' || (array['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau','Simon','Laurent'])[1 + abs(hashtext(u.email || 'f')) % 12],
      lpad((10000000000000 + abs(hashtext(u.email)))::text, 14, '0'),
      'Métier',
      (array['alimentation','batiment','batiment','fabrication','services','services'])[1 + abs(hashtext(u.email || 's')) % 6],
      d.commune_code, d.commune_name, d.departement,
      (array['0','0','0','1-2','1-2','3-9','10+'])[1 + abs(hashtext(u.email || 'b')) % 7],
      abs(hashtext(u.email || 'c')) % 3 <> 0,
      case when abs(hashtext(u.email || 'c')) % 3 <> 0 then ${now}::timestamptz end
    from (select id, email from users where email like ${`${prefix}-%`}) as u
    cross join lateral (
      select * from (values
        (0, '21231', 'Dijon', '21'), (1, '21231', 'Dijon', '21'), (2, '25056', 'Besançon', '25'),
        (3, '25056', 'Besançon', '25'), (4, '39300', 'Lons-le-Saunier', '39'), (5, '58194', 'Nevers', '58'),
        (6, '70550', 'Vesoul', '70'), (7, '71270', 'Chalon-sur-Saône', '71'), (8, '71270', 'Chalon-sur-Saône', '71'),
        (9, '89024', 'Auxerre', '89'), (10, '89024', 'Auxerre', '89'), (11, '90010', 'Belfort', '90')
      ) as c(slot, commune_code, commune_name, departement)
      where c.slot = abs(hashtext(u.email || 'd')) % 12
    ) as d`.execute(db);
  // Scores: a maturity per artisan, a little progress each round, more after a workshop.
  await sql`
    insert into assessments (artisan_id, chamber_id, status, questionnaire_version, scoring_version,
      profile, score_overall, score_visibility, score_referencing, score_content, score_social,
      level_overall, submitted_at, idempotency_key)
    select a.id, a.chamber_id, 'submitted', 1, '1.0.0', '{}'::jsonb,
      s.overall, s.v, s.r, s.c, s.so,
      case when s.overall >= 76 then 4 when s.overall >= 51 then 3 when s.overall >= 26 then 2 else 1 end,
      ${now}::timestamptz - ((1095 - round_no * (1000 / ${perArtisan})) - abs(hashtext(a.id::text)) % 60) * interval '1 day',
      'load-' || round_no
    from artisans as a
    cross join generate_series(1, ${perArtisan}) as round_no
    cross join lateral (select abs(hashtext(a.id::text || 'm')) % 70 as base) as m
    cross join lateral (
      select least(100, m.base + round_no * 2 + abs(hashtext(a.id::text || 'v')) % 20) as v,
             least(100, m.base + round_no * 3 + abs(hashtext(a.id::text || 'r')) % 15
               + case when abs(hashtext(a.id::text || 'w')) % 10 = 0 and round_no > ${perArtisan} / 2 then 12 else 0 end) as r,
             least(100, m.base + round_no + abs(hashtext(a.id::text || 'c')) % 25) as c,
             least(100, m.base + round_no * 2 + abs(hashtext(a.id::text || 's')) % 18) as so
    ) as t
    cross join lateral (select t.v, t.r, t.c, t.so, (t.v + t.r + t.c + t.so) / 4 as overall) as s
    join users as u on u.id = a.user_id and u.email like ${`${prefix}-%`}
    where a.chamber_id = ${chamberId}`.execute(db);
  // The workshop those artisans attended, half-way through their history.
  const middle = new Date(now.getTime() - 548 * 86_400_000);
  const day = middle.toISOString().slice(0, 10);
  const tour = await db
    .insertInto('tours')
    .values({ chamber_id: chamberId, name: `Tournée de charge ${prefix}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stop = await db
    .insertInto('stops')
    .values({
      tour_id: tour.id,
      chamber_id: chamberId,
      commune_code: '89024',
      commune_name: 'Auxerre',
      departement: '89',
      date: day,
      address: 'Place de l’Arquebuse',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const workshop = await db
    .insertInto('workshops')
    .values({
      chamber_id: chamberId,
      key: `${prefix}-referencing`,
      theme: 'referencing',
      level: 'decouverte',
      title: 'Être trouvé sur Google',
      description: 'Atelier de la génération de charge.',
      duration_minutes: 60,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await db
    .insertInto('sessions')
    .values({
      stop_id: stop.id,
      chamber_id: chamberId,
      workshop_id: workshop.id,
      starts_at: middle,
      ends_at: new Date(middle.getTime() + 3_600_000),
      capacity: artisans,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into registrations (session_id, artisan_id, chamber_id, status)
    select ${session.id}, a.id, a.chamber_id, 'attended'
    from artisans as a join users as u on u.id = a.user_id and u.email like ${`${prefix}-%`}
    where abs(hashtext(a.id::text || 'w')) % 10 = 0`.execute(db);
  await sql`analyze`.execute(db);
}
