/**
 * pnpm bench:aggregates — issue 10 targets: the staff dashboard's queries at
 * 100 000 artisans and 1 000 000 assessments under 300 ms (goal 100 ms), next
 * to a plain GROUP BY over the same rows. Loads the volume with the same
 * generator as `pnpm seed:load` into a throw-away database on the local
 * PostgreSQL, then times each query through the API's own services.
 * BENCH_ARTISANS and BENCH_ASSESSMENTS change the volume.
 */
import { AggregatesQuery } from '@capnum/contracts';
import { addDays, parisDate } from '@capnum/contracts/paris-time';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemClock } from '../src/lib/clock.ts';
import { createProgrammeService } from '../src/modules/staff/statistics/programme.service.ts';
import { createStatisticsService } from '../src/modules/staff/statistics/statistics.service.ts';
import type { AccessClaims } from '../src/plugins/authentication.ts';
import { generateLoad } from '../src/seed/load-data.ts';
import { ensureReferenceData } from '../src/seed/reference-data.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { createBenchDatabase } from './bench-database.ts';

const ARTISANS = Number(process.env.BENCH_ARTISANS ?? 100_000);
const ASSESSMENTS = Number(process.env.BENCH_ASSESSMENTS ?? 1_000_000);
const RUNS = 15;

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let index = 0; index < RUNS + 2; index += 1) {
    const started = performance.now();
    await run();
    if (index >= 2) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length * 0.5)] ?? 0,
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0,
  };
}

const bench = await createBenchDatabase('capnum_bench_aggregates');
const { db } = createDatabase({ url: bench.url, poolSize: 4 });
try {
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const { bfc } = await seedChambers(db);
  const loadStarted = Date.now();
  await generateLoad(db, {
    chamberId: bfc,
    artisans: ARTISANS,
    assessments: ASSESSMENTS,
    now: new Date(),
  });
  const { count } = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  console.log(
    `${ARTISANS} artisans, ${count} autodiagnostics chargés en ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`,
  );

  const claims = { sub: bfc, role: 'staff', chamberId: bfc, sid: 'bench', sv: 0 } as AccessClaims;
  const statistics = createStatisticsService({ db, clock: systemClock, k: 5 });
  const programme = createProgrammeService({ db, clock: systemClock, k: 5 });
  const to = parisDate(new Date());
  const from = addDays(to, -364);
  const window = sql`a.submitted_at >= ${`${from}T00:00:00+01:00`} and a.chamber_id = ${bfc} and a.status = 'submitted'`;

  const cases: { label: string; api: () => Promise<unknown>; plain: () => Promise<unknown> }[] = [
    {
      label: 'département × niveau, 12 mois',
      api: () =>
        statistics.aggregates(claims, AggregatesQuery.parse({ groupBy: 'departement,level' })),
      plain: () =>
        sql`select ar.departement, a.level_overall, count(*), avg(a.score_overall)
            from assessments as a join artisans as ar on ar.id = a.artisan_id
            where ${window} group by 1, 2`.execute(db),
    },
    {
      label: 'par mois, 12 mois',
      api: () => statistics.aggregates(claims, AggregatesQuery.parse({ groupBy: 'month' })),
      plain: () =>
        sql`select to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-MM'), count(*), avg(a.score_overall)
            from assessments as a where ${window} group by 1`.execute(db),
    },
    {
      label: 'secteur × effectif, 12 mois',
      api: () =>
        statistics.aggregates(claims, AggregatesQuery.parse({ groupBy: 'sector,employeeBand' })),
      plain: () =>
        sql`select ar.sector, ar.employee_band, count(*), avg(a.score_overall)
            from assessments as a join artisans as ar on ar.id = a.artisan_id
            where ${window} group by 1, 2`.execute(db),
    },
    {
      label: 'effet des ateliers (3 ans)',
      api: () => programme.impact(claims, { from: addDays(to, -1095) }),
      plain: () =>
        sql`select w.theme, count(*) from registrations as r
            join sessions as s on s.id = r.session_id join workshops as w on w.id = s.workshop_id
            where r.chamber_id = ${bfc} and r.status = 'attended' group by 1`.execute(db),
    },
  ];

  console.log(`\nTableau de bord de l’équipe, ${RUNS} requêtes par cas (PostgreSQL) :`);
  console.log(
    `${'requête'.padEnd(32)} ${'API p50'.padStart(9)} ${'API p95'.padStart(9)} ${'GROUP BY p50'.padStart(13)} ${'GROUP BY p95'.padStart(13)}`,
  );
  let worst = 0;
  for (const { label, api, plain } of cases) {
    const measured = await timed(api);
    const baseline = await timed(plain);
    worst = Math.max(worst, measured.p95);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(
      `${label.padEnd(32)} ${ms(measured.p50).padStart(9)} ${ms(measured.p95).padStart(9)} ${ms(baseline.p50).padStart(13)} ${ms(baseline.p95).padStart(13)}`,
    );
  }
  console.log(
    `\nObjectif : < 300 ms (but : < 100 ms) → pire p95 ${worst.toFixed(0)} ms ${worst < 300 ? 'OK' : 'NON ATTEINT'}`,
  );
} finally {
  await db.destroy();
  await bench.drop();
}
