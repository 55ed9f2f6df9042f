/**
 * pnpm bench:benchmark — issue 14 target: « Comment je me situe »
 * (GET /api/assessments/:id/benchmark) under 30 ms p95 at 100 000 artisans and
 * 1 000 000 assessments, next to the same figures computed by a plain query over
 * the raw assessment rows. Loads the volume with the same generator as
 * `pnpm seed:load` into a throw-away database on the local PostgreSQL, then times
 * the API's own service. BENCH_ARTISANS and BENCH_ASSESSMENTS change the volume.
 */
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemClock } from '../src/lib/clock.ts';
import type { Owner } from '../src/lib/owner.ts';
import { findOwnAssessment } from '../src/modules/benchmark/benchmark.repository.ts';
import { createBenchmarkService, windowStart } from '../src/modules/benchmark/benchmark.service.ts';
import { flat, submitScores } from '../src/modules/benchmark/benchmark-test-support.ts';
import { rawComparison } from '../src/modules/benchmark/raw-comparison.ts';
import type { AccessClaims } from '../src/plugins/authentication.ts';
import { generateLoad } from '../src/seed/load-data.ts';
import { ensureReferenceData } from '../src/seed/reference-data.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { createBenchDatabase } from './bench-database.ts';

const ARTISANS = Number(process.env.BENCH_ARTISANS ?? 100_000);
const ASSESSMENTS = Number(process.env.BENCH_ASSESSMENTS ?? 1_000_000);
const RUNS = 200;

function percentiles(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor(sorted.length * 0.5)] ?? 0,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
  };
}

/** Each call once to warm up, then every call of the list timed once, in turn. */
async function timed(calls: (() => Promise<unknown>)[]): Promise<{ p50: number; p95: number }> {
  for (const call of calls.slice(0, 3)) await call();
  const times: number[] = [];
  for (const call of calls) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return percentiles(times);
}

const bench = await createBenchDatabase('capnum_bench_benchmark');
const { db } = createDatabase({ url: bench.url, poolSize: 4 });
try {
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const { bfc, grandEst } = await seedChambers(db);
  const loadStarted = Date.now();
  const now = new Date();
  await generateLoad(db, { chamberId: bfc, artisans: ARTISANS, assessments: ASSESSMENTS, now });
  // A few businesses of the second chamber: too few in their own chamber, so that
  // their comparison falls back to their sector in every chamber.
  const lonely: Owner[] = [];
  for (const [index, sector] of (['services', 'batiment', 'alimentation'] as const).entries()) {
    const user = await db
      .insertInto('users')
      .values({
        email: `banc-${index}@charge.capnum.test`,
        password_hash: 'non-connectable',
        role: 'artisan',
        chamber_id: grandEst,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const artisan = await db
      .insertInto('artisans')
      .values({
        user_id: user.id,
        chamber_id: grandEst,
        business_name: `Banc ${index}`,
        siret: `9900000000000${index}`,
        trade: 'Métier',
        sector,
        commune_code: '67482',
        commune_name: 'Strasbourg',
        departement: '67',
        employee_band: '1-2',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const owner = { artisanId: artisan.id, chamberId: grandEst };
    await submitScores({ db }, owner, flat(30 + 10 * index), now);
    lonely.push(owner);
  }
  // The load rewrote each artisan row once per assessment (the trigger): vacuum as
  // autovacuum would have done long before 1 000 000 assessments, to time the steady state.
  await sql`vacuum (analyze) artisans`.execute(db);
  await sql`analyze`.execute(db);
  const { count } = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  console.log(
    `${ARTISANS} artisans, ${count} autodiagnostics chargés en ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`,
  );

  // Artisans drawn evenly through the chamber, each with their latest assessment.
  const sample = await sql<{ artisan_id: string; assessment_id: string; user_id: string }>`
    select ar.id as artisan_id, ar.latest_assessment_id as assessment_id, ar.user_id
    from artisans as ar
    where ar.chamber_id = ${bfc} and ar.latest_assessment_id is not null
    order by md5(ar.id::text) limit ${RUNS}`.execute(db);
  const claimsOf = (owner: Owner, userId = owner.artisanId) =>
    ({
      sub: userId,
      role: 'artisan',
      chamberId: owner.chamberId,
      artisanId: owner.artisanId,
      sid: 'bench',
      sv: 0,
    }) as AccessClaims;
  const service = createBenchmarkService({ db, clock: systemClock, minimumGroupSize: 15 });
  // The worst case: a minimum so high that only everyone is enough (every artisan read).
  const everyone = createBenchmarkService({
    db,
    clock: systemClock,
    minimumGroupSize: Math.max(15, Math.round(ARTISANS / 2)),
  });
  const since = windowStart(new Date());

  /** The service's answer, then the same figures from the raw rows (the scope it chose). */
  async function casesFor(
    owners: { owner: Owner; assessmentId: string }[],
    benchmarks: typeof service,
  ) {
    const api = owners.map(
      ({ owner, assessmentId }) =>
        () =>
          benchmarks.forArtisan(claimsOf(owner), assessmentId),
    );
    const plain = await Promise.all(
      owners.map(async ({ owner, assessmentId }) => {
        const answer = await benchmarks.forArtisan(claimsOf(owner), assessmentId);
        const own = await findOwnAssessment(db, owner, assessmentId);
        if (!answer.comparison || !own) throw new Error('no comparison');
        const scope = answer.comparison.group.scope;
        // Checked once here: the fast read and the plain query agree.
        const raw = await rawComparison(db, scope, own.peer, since, own.scores);
        if (raw.size !== answer.comparison.group.size) {
          throw new Error(`sizes differ: ${raw.size} ≠ ${answer.comparison.group.size}`);
        }
        if (JSON.stringify(raw.positions.overall) !== JSON.stringify(answer.comparison.overall)) {
          throw new Error('figures differ from the raw rows');
        }
        return {
          label: answer.comparison.group.label,
          call: () => rawComparison(db, scope, own.peer, since, own.scores),
        };
      }),
    );
    return { api, plain: plain.map((entry) => entry.call), example: plain[0]?.label ?? '' };
  }

  const chamberCases = await casesFor(
    sample.rows.map((row) => ({
      owner: { artisanId: row.artisan_id, chamberId: bfc },
      assessmentId: row.assessment_id,
    })),
    service,
  );
  const lonelyAssessments = await Promise.all(
    lonely.map(async (owner) => {
      const row = await db
        .selectFrom('artisans')
        .select('latest_assessment_id')
        .where('id', '=', owner.artisanId)
        .executeTakeFirstOrThrow();
      return { owner, assessmentId: row.latest_assessment_id as string };
    }),
  );
  const sectorCases = await casesFor(lonelyAssessments, service);
  const everyoneCases = await casesFor(lonelyAssessments.slice(0, 1), everyone);
  const repeat = <T>(list: T[], times: number) =>
    Array.from({ length: times }, (_, index) => list[index % list.length] as T);

  const cases = [
    {
      label: `${RUNS} artisans au hasard`,
      ...chamberCases,
      target: true,
    },
    {
      label: 'repli : secteur, toutes chambres',
      example: sectorCases.example,
      api: repeat(sectorCases.api, 30),
      plain: repeat(sectorCases.plain, 30),
      target: false,
    },
    {
      label: 'pire cas : tout le monde',
      example: everyoneCases.example,
      api: repeat(everyoneCases.api, 20),
      plain: repeat(everyoneCases.plain, 20),
      target: false,
    },
  ];

  console.log(
    `\nComment je me situe, PostgreSQL (service de l’API, puis requête directe sur les lignes brutes) :`,
  );
  console.log(
    `${'cas'.padEnd(36)} ${'API p50'.padStart(9)} ${'API p95'.padStart(9)} ${'brut p50'.padStart(10)} ${'brut p95'.padStart(10)}`,
  );
  let worst = 0;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  for (const { label, example, api, plain, target } of cases) {
    const measured = await timed(api);
    const baseline = await timed(plain);
    if (target) worst = Math.max(worst, measured.p95);
    console.log(
      `${label.padEnd(36)} ${ms(measured.p50).padStart(9)} ${ms(measured.p95).padStart(9)} ${ms(baseline.p50).padStart(10)} ${ms(baseline.p95).padStart(10)}`,
    );
    console.log(`  par exemple : ${example}`);
  }
  console.log(
    `\nObjectif : < 30 ms p95 pour les artisans de la charge → p95 ${worst.toFixed(1)} ms ${worst < 30 ? 'OK' : 'NON ATTEINT'}.\nLes replis sur un secteur entier (une petite chambre) ou sur tout le monde sont donnés pour information : ils lisent des dizaines de milliers de lignes d’artisans.`,
  );
} finally {
  await db.destroy();
  await bench.drop();
}
