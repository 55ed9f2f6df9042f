import type { Answers, Profile } from '@capnum/scoring';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Owner } from '../../lib/owner.ts';

const submittedColumns = [
  'id',
  'submitted_at',
  'questionnaire_version',
  'scoring_version',
  'profile',
] as const;

export function findDraft(db: Executor, owner: Owner) {
  return (
    db
      .selectFrom('assessments')
      // xmin changes with every write: submitDraft uses it to detect a save in between.
      .select([
        'id',
        'questionnaire_version',
        'answers',
        'updated_at',
        sql<string>`xmin::text`.as('row_version'),
      ])
      .where('artisan_id', '=', owner.artisanId)
      .where('chamber_id', '=', owner.chamberId)
      .where('status', '=', 'draft')
      .executeTakeFirst()
  );
}

/**
 * Creates the draft, prefilled in the same statement with the answers of the
 * latest submission on the same questionnaire version. Two first reads racing
 * both try; the partial unique index keeps one (then nothing is returned).
 */
export async function insertDraftIfAbsent(
  db: Executor,
  owner: Owner,
  draft: { questionnaireVersion: number; now: Date },
) {
  const result = await sql<{
    id: string;
    questionnaire_version: number;
    answers: Record<string, unknown>;
    updated_at: Date;
    row_version: string;
  }>`
    insert into assessments (artisan_id, chamber_id, status, questionnaire_version, answers, created_at, updated_at)
    select ${owner.artisanId}, ${owner.chamberId}, 'draft', ${draft.questionnaireVersion},
      coalesce(
        (select previous.answers from assessments previous
          where previous.artisan_id = ${owner.artisanId} and previous.chamber_id = ${owner.chamberId}
            and previous.status = 'submitted' and previous.questionnaire_version = ${draft.questionnaireVersion}
          order by previous.submitted_at desc limit 1),
        '{}'::jsonb),
      ${draft.now}, ${draft.now}
    on conflict (artisan_id) where status = 'draft' do nothing
    returning id, questionnaire_version, answers, updated_at, xmin::text as row_version`.execute(
    db,
  );
  return result.rows[0];
}

/** Replaces a draft's answers (prefill from an older questionnaire version, filtered). */
export function replaceDraftAnswers(
  db: Executor,
  owner: Owner,
  draftId: string,
  answers: Record<string, unknown>,
) {
  return db
    .updateTable('assessments')
    .set({ answers: JSON.stringify(answers) })
    .where('id', '=', draftId)
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'draft')
    .returning(['id', 'questionnaire_version', 'answers', 'updated_at'])
    .executeTakeFirst();
}

export function findLatestSubmittedAnswers(db: Executor, owner: Owner) {
  return db
    .selectFrom('assessments')
    .select(['answers', 'questionnaire_version'])
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'submitted')
    .orderBy('submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Merges answers in one statement, so saves from two tabs never overwrite each other. */
export function mergeDraftAnswers(
  db: Executor,
  owner: Owner,
  change: { set: Record<string, unknown>; remove: string[]; now: Date },
) {
  const withoutRemoved = change.remove.reduce<RawBuilder<unknown>>(
    (expression, questionId) => sql`(${expression} - ${questionId}::text)`,
    sql`answers`,
  );
  return db
    .updateTable('assessments')
    .set({
      answers: sql`${withoutRemoved} || ${JSON.stringify(change.set)}::jsonb`,
      updated_at: change.now,
    })
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'draft')
    .returning(['id', 'questionnaire_version', 'answers', 'updated_at'])
    .executeTakeFirst();
}

export function findSubmittedByIdempotencyKey(db: Executor, owner: Owner, key: string) {
  return db
    .selectFrom('assessments')
    .select(submittedColumns)
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('idempotency_key', '=', key)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
}

/** The profile's scores as the columns the aggregates read. */
export function scoreColumnsOf(profile: Profile) {
  const theme = (key: string) => profile.themes.find((entry) => entry.key === key)?.score ?? 0;
  return {
    score_overall: profile.overall.score,
    score_visibility: theme('visibility'),
    score_referencing: theme('referencing'),
    score_content: theme('content'),
    score_social: theme('social'),
    level_overall: profile.overall.level,
  };
}

/**
 * Turns the draft into a submission in one statement, only if it is still
 * the draft that was scored (same row version): a concurrent save or submit
 * makes it return nothing, and the caller decides.
 */
export function submitDraft(
  db: Executor,
  owner: Owner,
  draft: { id: string; row_version: string },
  submission: { idempotencyKey: string; scoringVersion: string; profile: Profile; now: Date },
) {
  return db
    .updateTable('assessments')
    .set({
      status: 'submitted',
      idempotency_key: submission.idempotencyKey,
      scoring_version: submission.scoringVersion,
      profile: JSON.stringify(submission.profile),
      ...scoreColumnsOf(submission.profile),
      submitted_at: submission.now,
      updated_at: submission.now,
    })
    .where('id', '=', draft.id)
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'draft')
    .where(sql<boolean>`xmin::text = ${draft.row_version}`)
    .returning(['id', 'submitted_at', 'questionnaire_version', 'scoring_version'])
    .executeTakeFirst();
}

/** A submission written directly (demo data, benchmarks): no draft before it. */
export function insertSubmittedAssessment(
  db: Executor,
  owner: Owner,
  submission: {
    questionnaireVersion: number;
    answers: Answers;
    profile: Profile;
    scoringVersion: string;
    idempotencyKey: string;
    submittedAt: Date;
  },
) {
  return db
    .insertInto('assessments')
    .values({
      artisan_id: owner.artisanId,
      chamber_id: owner.chamberId,
      status: 'submitted',
      questionnaire_version: submission.questionnaireVersion,
      answers: JSON.stringify(submission.answers),
      idempotency_key: submission.idempotencyKey,
      scoring_version: submission.scoringVersion,
      profile: JSON.stringify(submission.profile),
      ...scoreColumnsOf(submission.profile),
      created_at: submission.submittedAt,
      updated_at: submission.submittedAt,
      submitted_at: submission.submittedAt,
    })
    .execute();
}

export function listSubmitted(db: Executor, owner: Owner) {
  return db
    .selectFrom('assessments')
    .select(submittedColumns)
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'submitted')
    .orderBy('submitted_at', 'desc')
    .execute();
}

export function findSubmitted(db: Executor, owner: Owner, assessmentId: string) {
  return db
    .selectFrom('assessments')
    .select(submittedColumns)
    .where('id', '=', assessmentId)
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
}
