/**
 * pnpm bench:submit — DESIGN.md target: submit + read profile under 50
 * concurrent clients reaches ≥ 60% of the throughput of a bare Fastify + pg
 * endpoint doing one insert and one select, with p99 < 100 ms. Both run in
 * this one invocation, one after the other, each server in its own process.
 * BENCH_DURATION=seconds changes the length of each run; BENCH_PROFILE=api (or
 * bare) writes a V8 CPU profile of that server to /tmp/prof.
 */
import { randomUUID } from 'node:crypto';
import { questionnaireV1 } from '@capnum/scoring';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { accessClaimsOf } from '../src/modules/auth/auth.service.ts';
import { drawAnswers, seededRandom } from '../src/seed/demo-artisans.ts';
import { ensureReferenceData } from '../src/seed/reference-data.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { createBenchDatabase } from './bench-database.ts';
import { BENCH_JWT_SECRET, signAccessToken, startServer, stopServer } from './bench-process.ts';

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const ARTISANS = 40_000;
type Result = autocannon.Result;
const run = (options: autocannon.Options) =>
  new Promise<Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );

const database = await createBenchDatabase('capnum_bench');
console.log(`Base de benchmark : ${database.url}`);
try {
  const { db } = createDatabase({ url: database.url });
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const chambers = await seedChambers(db);
  // Enough artisans with a complete draft that no connection runs out during the run.
  const answers = JSON.stringify(drawAnswers(seededRandom(7), questionnaireV1, 0.5));
  await sql`
    with created_users as (
      insert into users (email, password_hash, role, chamber_id)
      select 'bench-' || n || '@exemple.fr', 'not-a-hash', 'artisan', ${chambers.bfc}
      from generate_series(1, ${ARTISANS}) as n
      returning id, email
    ), created_artisans as (
      insert into artisans (user_id, chamber_id, business_name, siret, trade, sector, commune_code, commune_name, departement, employee_band)
      select id, ${chambers.bfc}, 'Atelier ' || email, lpad((row_number() over ())::text, 14, '0'), 'Menuisier', 'batiment', '89024', 'Auxerre', '89', '1-2'
      from created_users
      returning id, user_id
    )
    insert into assessments (artisan_id, chamber_id, status, questionnaire_version, answers)
    select id, ${chambers.bfc}, 'draft', 1, ${answers}::jsonb from created_artisans`.execute(db);
  const artisans = await db
    .selectFrom('artisans')
    .select(['id', 'user_id'])
    .where('chamber_id', '=', chambers.bfc)
    .where('user_id', 'is not', null)
    .$narrowType<{ user_id: string }>()
    .execute();
  await db.destroy();

  // 1. The yardstick.
  const bare = await startServer('./bare-server.ts', { DATABASE_URL: database.url, PORT: '3901' });
  const bareResult = await run({
    url: 'http://127.0.0.1:3901',
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/bare',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ owner: 'bench' }),
      },
    ],
  });
  await stopServer(bare);

  // 2. The API: each connection is one artisan reading their draft, submitting, reading the profile.
  const api = await startServer('./api-server.ts', {
    DATABASE_URL: database.url,
    PORT: '3902',
    JWT_SECRET: BENCH_JWT_SECRET,
    AUTH_RATE_LIMIT: '1000',
  });
  // The claims the auth service signs at login (one session per artisan).
  const tokens = artisans.map((artisan) =>
    signAccessToken(
      accessClaimsOf(
        {
          id: artisan.user_id,
          role: 'artisan',
          chamber_id: chambers.bfc,
          artisan_id: artisan.id,
          session_version: 1,
        },
        randomUUID(),
      ),
    ),
  );
  let nextToken = 0;
  let errors = 0;
  type Context = { token?: string; assessmentId?: string };
  const apiResult = await run({
    url: 'http://127.0.0.1:3902',
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/assessments/draft/submit',
        // Each cycle is a new artisan whose draft is complete: submit, then read the profile.
        setupRequest: (request, context: Context) => {
          context.token = tokens[nextToken++ % tokens.length];
          return {
            ...request,
            headers: { authorization: `Bearer ${context.token}`, 'idempotency-key': randomUUID() },
          };
        },
        onResponse: (status, body, context: Context) => {
          if (status !== 201) errors += 1;
          else context.assessmentId = (JSON.parse(body) as { id: string }).id;
        },
      },
      {
        method: 'GET',
        setupRequest: (request, context: Context) => ({
          ...request,
          path: `/api/assessments/${context.assessmentId}`,
          headers: { authorization: `Bearer ${context.token}` },
        }),
      },
    ],
  });
  if (nextToken > tokens.length)
    console.warn('Attention : plus de cycles que d’artisans préparés.');
  await stopServer(api);

  const ratio = apiResult.requests.average / bareResult.requests.average;
  const rows = [
    ['', 'requêtes/s', 'p50 (ms)', 'p99 (ms)', 'erreurs'],
    [
      'Fastify + pg nu (insert + select)',
      bareResult.requests.average.toFixed(0),
      String(bareResult.latency.p50),
      String(bareResult.latency.p99),
      String(bareResult.errors + bareResult.non2xx),
    ],
    [
      'API : envoi + lecture du profil',
      apiResult.requests.average.toFixed(0),
      String(apiResult.latency.p50),
      String(apiResult.latency.p99),
      String(apiResult.errors + apiResult.non2xx + errors),
    ],
  ];
  console.log(`\n${CONNECTIONS} connexions, ${DURATION_SECONDS} s chacun`);
  for (const row of rows)
    console.log(
      row.map((cell, index) => (index === 0 ? cell.padEnd(36) : cell.padStart(12))).join(''),
    );
  console.log(
    `\nRapport de débit API / nu : ${ratio.toFixed(2)} (objectif ≥ 0,60) ${ratio >= 0.6 ? 'OK' : 'NON ATTEINT'}`,
  );
  console.log(
    `p99 API : ${apiResult.latency.p99} ms (objectif < 100 ms) ${apiResult.latency.p99 < 100 ? 'OK' : 'NON ATTEINT'}`,
  );
  console.log(`Envois pendant le test : ${nextToken}, refusés : ${errors}`);
} finally {
  await database.drop();
}
