/**
 * pnpm bench:aggregates — issue 10 targets: the staff dashboard's queries at
 * 100 000 artisans and 1 000 000 assessments under 300 ms (goal 100 ms), next
 * to a plain GROUP BY over the same rows. Loads the volume with the same
 * generator as `pnpm seed:load` into a throw-away database on the local
 * PostgreSQL, then times each query through the API's own services.
 * Then the heaviest export (by month and département over three years: every
 * assessment read) through the real API over HTTP, against `psql \copy` of
 * the same statement, with the API process's peak RSS.
 * BENCH_ARTISANS and BENCH_ASSESSMENTS change the volume.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { AggregatesQuery } from '@capnum/contracts';
import { addDays, parisDate } from '@capnum/contracts/paris-time';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemClock } from '../src/lib/clock.ts';
import { accessClaimsOf } from '../src/modules/auth/auth.service.ts';
import { createProgrammeService } from '../src/modules/staff/statistics/programme.service.ts';
import { histogramSql } from '../src/modules/staff/statistics/statistics.repository.ts';
import {
  createStatisticsService,
  periodOf,
} from '../src/modules/staff/statistics/statistics.service.ts';
import type { AccessClaims } from '../src/plugins/authentication.ts';
import { generateLoad } from '../src/seed/load-data.ts';
import { ensureReferenceData } from '../src/seed/reference-data.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { createBenchDatabase } from './bench-database.ts';
import {
  BENCH_JWT_SECRET,
  peakRssMb,
  signAccessToken,
  startServer,
  stopServer,
} from './bench-process.ts';

const ARTISANS = Number(process.env.BENCH_ARTISANS ?? 100_000);
const ASSESSMENTS = Number(process.env.BENCH_ASSESSMENTS ?? 1_000_000);
const RUNS = 15;
const EXPORT_RUNS = 3;

/** A compiled statement with its parameters written in, for psql. */
function inlined({ sql: text, parameters }: { sql: string; parameters: readonly unknown[] }) {
  return text.replace(/\$(\d+)/g, (_, index: string) => {
    const value = parameters[Number(index) - 1];
    const literal = value instanceof Date ? value.toISOString() : String(value);
    return `'${literal.replaceAll("'", "''")}'`;
  });
}

/** Runs `psql \copy (statement) to stdout` and counts what comes out. */
function psqlCopy(url: string, statement: string): Promise<{ ms: number; lines: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [url, '-X', '-q', '-c', `\\copy (${statement}) to stdout csv`]);
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines += 1;
    });
    child.stderr.pipe(process.stderr);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - started, lines })
        : reject(new Error(`psql exited with ${code}`)),
    );
  });
}

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

  // The heaviest export a staff member can ask for, through the real API.
  const staff = await sql<{ id: string; session_version: number }>`
    insert into users (email, password_hash, role, chamber_id, email_confirmed_at)
    values ('equipe-bench@charge.capnum.test', 'non-connectable', 'staff', ${bfc}, now())
    returning id, session_version`.execute(db);
  const staffRow = staff.rows[0];
  if (!staffRow) throw new Error('no staff row');
  const token = signAccessToken(
    accessClaimsOf({ ...staffRow, role: 'staff', chamber_id: bfc, artisan_id: null }, randomUUID()),
  );
  const exportQuery = { groupBy: 'month,departement', from: addDays(to, -1095), to };
  const parsed = AggregatesQuery.parse(exportQuery);
  const statement = inlined(
    histogramSql(
      bfc,
      parsed,
      periodOf(parsed, new Date()),
      [...(parsed.groupBy ?? []), 'level'],
      new Date(),
    ).compile(db),
  );
  const read = await sql<{ n: number }>`
    select count(*)::int as n from assessments
    where chamber_id = ${bfc} and status = 'submitted'
      and submitted_at >= ${`${exportQuery.from}T00:00:00+01:00`}`.execute(db);
  const assessmentsRead = read.rows[0]?.n ?? 0;
  const api = await startServer('./api-server.ts', {
    DATABASE_URL: bench.url,
    PORT: '3903',
    JWT_SECRET: BENCH_JWT_SECRET,
  });
  const exportTimes: number[] = [];
  const copyTimes: number[] = [];
  let csvLines = 0;
  let copyLines = 0;
  let peak = 0;
  try {
    const address = `http://127.0.0.1:3903/api/staff/aggregates.csv?${new URLSearchParams(exportQuery)}`;
    for (let index = 0; index < EXPORT_RUNS; index += 1) {
      const started = performance.now();
      const response = await fetch(address, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`export: ${response.status} ${await response.text()}`);
      csvLines = (await response.text()).split('\r\n').length - 1;
      exportTimes.push(performance.now() - started);
      const copied = await psqlCopy(bench.url, statement);
      copyTimes.push(copied.ms);
      copyLines = copied.lines;
    }
    peak = peakRssMb(api.pid ?? 0);
  } finally {
    await stopServer(api);
  }
  const best = (times: number[]) => Math.min(...times);
  const perSecond = (ms: number) =>
    `${Math.round(assessmentsRead / (ms / 1000)).toLocaleString('fr-FR')} autodiagnostics/s`;
  console.log(
    `\nExport CSV par mois × département sur 3 ans (${assessmentsRead.toLocaleString('fr-FR')} autodiagnostics lus), meilleur de ${EXPORT_RUNS} :`,
  );
  console.log(
    `  API (HTTP, secret statistique compris) ${best(exportTimes).toFixed(0)} ms, ${csvLines} lignes CSV → ${perSecond(best(exportTimes))}`,
  );
  console.log(
    `  psql \\copy de la même requête       ${best(copyTimes).toFixed(0)} ms, ${copyLines} lignes brutes → ${perSecond(best(copyTimes))}`,
  );
  const ratio = best(copyTimes) / best(exportTimes);
  console.log(
    `  débit de l’API / psql : ${ratio.toFixed(2)} (objectif ≥ 0,5) ${ratio >= 0.5 ? 'OK' : 'NON ATTEINT'} ; RSS maximale du processus de l’API : ${peak.toFixed(0)} Mo (objectif < 200 Mo) ${peak < 200 ? 'OK' : 'NON ATTEINT'}`,
  );
} finally {
  await db.destroy();
  await bench.drop();
}
