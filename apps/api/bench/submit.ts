/**
 * pnpm bench:submit — DESIGN.md and issue 13 targets, in one invocation, each
 * server in its own process, one after the other:
 * - a bare Fastify + pg endpoint doing one insert and one select (the trivial
 *   yardstick): the API's submit + profile read must reach ≥ 60 % of it;
 * - bare Fastify + pg sending exactly the API's statements for a submit and a
 *   profile read (the same-SQL yardstick): the API must reach ≥ 80 % of it;
 *   its ratio to the trivial one is the database's share;
 * - the API, with p99 < 100 ms.
 * At 50 connections (the targets), then at 200 (where it saturates).
 * BENCH_DURATION=seconds changes the length of each run; BENCH_POOL_SIZE the pool of
 * all three servers (20); BENCH_PROFILE=api (or bare, same-sql) writes a V8 CPU
 * profile of that server to /tmp/prof.
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

const LOADS = [50, 200];
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
/** Drafts each submitting run may consume (one per cycle), and how many runs submit. */
const DRAFTS_PER_RUN = 30_000;
const ARTISANS = DRAFTS_PER_RUN * LOADS.length * 2;
type Result = autocannon.Result;
const run = (options: autocannon.Options) =>
  new Promise<Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );

interface Artisan {
  id: string;
  user_id: string;
}

/** Each cycle is a new artisan whose draft is complete: submit, then read the profile. */
async function submitAndRead(
  port: number,
  connections: number,
  drafts: readonly Artisan[],
  headersOf: (artisan: Artisan) => Record<string, string>,
): Promise<{ result: Result; refused: number; cycles: number }> {
  let next = 0;
  let refused = 0;
  type Context = { headers?: Record<string, string>; assessmentId?: string };
  const result = await run({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/assessments/draft/submit',
        setupRequest: (request, context: Context) => {
          context.headers = headersOf(drafts[next++ % drafts.length] as Artisan);
          return {
            ...request,
            headers: { ...context.headers, 'idempotency-key': randomUUID() },
          };
        },
        onResponse: (status, body, context: Context) => {
          if (status !== 201) refused += 1;
          else context.assessmentId = (JSON.parse(body) as { id: string }).id;
        },
      },
      {
        method: 'GET',
        setupRequest: (request, context: Context) => ({
          ...request,
          path: `/api/assessments/${context.assessmentId}`,
          headers: context.headers ?? {},
        }),
      },
    ],
  });
  if (next > drafts.length) console.warn('Attention : plus de cycles que d’artisans préparés.');
  return { result, refused, cycles: next };
}

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

  let slice = 0;
  const nextDrafts = () => artisans.slice(DRAFTS_PER_RUN * slice, DRAFTS_PER_RUN * ++slice);
  const line = (label: string, result: Result, errors: number) =>
    [
      label.padEnd(40),
      result.requests.average.toFixed(0).padStart(12),
      String(result.latency.p50).padStart(10),
      String(result.latency.p99).padStart(10),
      String(errors).padStart(9),
    ].join('');

  for (const connections of LOADS) {
    // 1. The trivial yardstick.
    const bare = await startServer('./bare-server.ts', {
      DATABASE_URL: database.url,
      PORT: '3901',
    });
    const bareResult = await run({
      url: 'http://127.0.0.1:3901',
      connections,
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

    // 2. The same statements as the API, nothing around them.
    const sameSql = await startServer('./same-sql-server.ts', {
      DATABASE_URL: database.url,
      PORT: '3904',
      CHAMBER_ID: chambers.bfc,
    });
    const same = await submitAndRead(3904, connections, nextDrafts(), (artisan) => ({
      'x-user': artisan.user_id,
      'x-artisan': artisan.id,
      'x-session': randomUUID(),
    }));
    await stopServer(sameSql);

    // 3. The API: each connection is one artisan submitting, then reading the profile.
    const api = await startServer('./api-server.ts', {
      DATABASE_URL: database.url,
      PORT: '3902',
      JWT_SECRET: BENCH_JWT_SECRET,
      AUTH_RATE_LIMIT: '1000',
    });
    // The claims the auth service signs at login (one session per artisan).
    const measured = await submitAndRead(3902, connections, nextDrafts(), (artisan) => ({
      authorization: `Bearer ${signAccessToken(
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
      )}`,
    }));
    await stopServer(api);

    const apiResult = measured.result;
    const toBare = apiResult.requests.average / bareResult.requests.average;
    const toSame = apiResult.requests.average / same.result.requests.average;
    const databaseShare = same.result.requests.average / bareResult.requests.average;
    console.log(`\n${connections} connexions, ${DURATION_SECONDS} s chacun`);
    console.log(
      `${''.padEnd(40)}${'requêtes/s'.padStart(12)}${'p50 (ms)'.padStart(10)}${'p99 (ms)'.padStart(10)}${'erreurs'.padStart(9)}`,
    );
    console.log(
      line('Fastify + pg nu (insert + select)', bareResult, bareResult.errors + bareResult.non2xx),
    );
    console.log(
      line(
        'Fastify + pg, mêmes requêtes SQL',
        same.result,
        same.result.errors + same.result.non2xx + same.refused,
      ),
    );
    console.log(
      line(
        'API : envoi + lecture du profil',
        apiResult,
        apiResult.errors + apiResult.non2xx + measured.refused,
      ),
    );
    const verdict = (ok: boolean) => (ok ? 'OK' : 'NON ATTEINT');
    console.log(
      `API / mêmes requêtes SQL : ${toSame.toFixed(2)}${connections === 50 ? ` (objectif ≥ 0,80) ${verdict(toSame >= 0.8)}` : ''}`,
    );
    console.log(
      `API / nu : ${toBare.toFixed(2)}${connections === 50 ? ` (objectif ≥ 0,60) ${verdict(toBare >= 0.6)}` : ''}`,
    );
    console.log(`Mêmes requêtes SQL / nu (la part de la base) : ${databaseShare.toFixed(2)}`);
    if (connections === 50)
      console.log(
        `p99 API : ${apiResult.latency.p99} ms (objectif < 100 ms) ${verdict(apiResult.latency.p99 < 100)}`,
      );
    console.log(
      `Envois de l’API pendant le test : ${measured.cycles}, refusés : ${measured.refused}`,
    );
  }
} finally {
  await database.drop();
}
