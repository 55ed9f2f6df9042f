import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

const submittedColumns = [
  'id',
  'submitted_at',
  'questionnaire_version',
  'scoring_version',
  'profile',
] as const;

/** The artisan behind a signed-in user, within the chamber of the token. */
export function findArtisanOfUser(db: Executor, userId: string, chamberId: string) {
  return db
    .selectFrom('artisans')
    .select(['id', 'chamber_id', 'departement'])
    .where('user_id', '=', userId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

export interface Owner {
  artisanId: string;
  chamberId: string;
}

export function findDraft(db: Executor, owner: Owner) {
  return db
    .selectFrom('assessments')
    .select(['id', 'questionnaire_version', 'answers', 'updated_at'])
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

/** Two first reads racing both try to create the draft; the partial unique index keeps one. */
export function insertDraftIfAbsent(
  db: Executor,
  owner: Owner,
  draft: { questionnaireVersion: number; answers: Record<string, unknown>; now: Date },
) {
  return db
    .insertInto('assessments')
    .values({
      artisan_id: owner.artisanId,
      chamber_id: owner.chamberId,
      status: 'draft',
      questionnaire_version: draft.questionnaireVersion,
      answers: JSON.stringify(draft.answers),
      created_at: draft.now,
      updated_at: draft.now,
    })
    .onConflict((conflict) =>
      conflict.column('artisan_id').where('status', '=', 'draft').doNothing(),
    )
    .execute();
}

export function findLatestSubmittedAnswers(db: Executor, owner: Owner) {
  return db
    .selectFrom('assessments')
    .select(['answers'])
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

/** Locks the draft for submission: a concurrent submit waits, then sees it submitted. */
export function lockDraft(db: Executor, owner: Owner) {
  return db
    .selectFrom('assessments')
    .select(['id', 'questionnaire_version', 'answers'])
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'draft')
    .forUpdate()
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

export function markSubmitted(
  db: Executor,
  draftId: string,
  submission: {
    idempotencyKey: string;
    scoringVersion: string;
    profile: unknown;
    scores: {
      overall: number;
      visibility: number;
      referencing: number;
      content: number;
      social: number;
    };
    overallLevel: number;
    now: Date;
  },
) {
  return db
    .updateTable('assessments')
    .set({
      status: 'submitted',
      idempotency_key: submission.idempotencyKey,
      scoring_version: submission.scoringVersion,
      profile: JSON.stringify(submission.profile),
      score_overall: submission.scores.overall,
      score_visibility: submission.scores.visibility,
      score_referencing: submission.scores.referencing,
      score_content: submission.scores.content,
      score_social: submission.scores.social,
      level_overall: submission.overallLevel,
      submitted_at: submission.now,
      updated_at: submission.now,
    })
    .where('id', '=', draftId)
    .where('status', '=', 'draft')
    .returning(submittedColumns)
    .executeTakeFirstOrThrow();
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
