// The second yardstick: bare Fastify + pg sending exactly the statements the API sends
// for a submit and a profile read (copied from PostgreSQL's statement log), with none of
// our code around them: no authentication plugin, validation, scoring or serialiser.
// Who is asking comes in plain headers; the profile written is computed once, up front.
// Named statements, as the API sends them (src/db/prepared-statements.ts).
import { computeProfile, questionnaireV1 } from '@capnum/scoring';
import Fastify from 'fastify';
import pg from 'pg';
import { drawAnswers, seededRandom } from '../src/seed/demo-artisans.ts';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.BENCH_POOL_SIZE ?? 20),
});
const chamberId = process.env.CHAMBER_ID;
const profile = computeProfile(questionnaireV1, drawAnswers(seededRandom(7), questionnaireV1, 0.5));
const theme = (key: string) => profile.themes.find((entry) => entry.key === key)?.score ?? 0;
const profileJson = JSON.stringify(profile);

const app = Fastify({ logger: false });

app.post('/api/assessments/draft/submit', async (request, reply) => {
  const userId = request.headers['x-user'];
  const sessionId = request.headers['x-session'];
  const artisanId = request.headers['x-artisan'];
  // 1. The session check (first request of a token: not in the process's cache yet).
  await pool.query({
    name: 'session',
    text: `select users.id, wanted.session_id, users.role, users.chamber_id, users.session_version,
      users.deactivated_at, artisans.id as artisan_id,
      exists (
        select 1 from refresh_tokens
        where refresh_tokens.family_id = wanted.session_id
          and refresh_tokens.revoked_at is not null and refresh_tokens.replaced_by is null
      ) as session_ended
    from unnest($1::uuid[], $2::uuid[]) as wanted (user_id, session_id)
    join users on users.id = wanted.user_id
    left join artisans on artisans.user_id = users.id`,
    values: [[userId], [sessionId]],
  });
  // 2. The draft.
  const draft = await pool.query({
    name: 'draft',
    text: `select "id", "questionnaire_version", "answers", "updated_at", xmin::text as "row_version"
     from "assessments" where "artisan_id" = $1 and "chamber_id" = $2 and "status" = $3`,
    values: [artisanId, chamberId, 'draft'],
  });
  const row = draft.rows[0];
  if (!row) return reply.code(409).send({ code: 'NO_DRAFT' });
  // 3. The guarded update that makes it a submission.
  const now = new Date();
  const submitted = await pool.query({
    name: 'submit',
    text: `update "assessments" set "status" = $1, "idempotency_key" = $2, "scoring_version" = $3,
       "profile" = $4, "score_overall" = $5, "score_visibility" = $6, "score_referencing" = $7,
       "score_content" = $8, "score_social" = $9, "level_overall" = $10, "submitted_at" = $11,
       "updated_at" = $12
     where "id" = $13 and "artisan_id" = $14 and "chamber_id" = $15 and "status" = $16
       and xmin::text = $17
     returning "id", "submitted_at", "questionnaire_version", "scoring_version"`,
    values: [
      'submitted',
      request.headers['idempotency-key'],
      '1.0.0',
      profileJson,
      profile.overall.score,
      theme('visibility'),
      theme('referencing'),
      theme('content'),
      theme('social'),
      profile.overall.level,
      now,
      now,
      row.id,
      artisanId,
      chamberId,
      'draft',
      row.row_version,
    ],
  });
  return reply.code(201).send({ ...submitted.rows[0], profile });
});

app.get('/api/assessments/:id', async (request) => {
  const { id } = request.params as { id: string };
  // The session is cached by now: one statement.
  const found = await pool.query({
    name: 'profile',
    text: `select "id", "submitted_at", "questionnaire_version", "scoring_version", "profile"
     from "assessments" where "id" = $1 and "artisan_id" = $2 and "chamber_id" = $3 and "status" = $4`,
    values: [id, request.headers['x-artisan'], chamberId, 'submitted'],
  });
  return found.rows[0];
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
