import { MEMBER_PAGE_SIZE, type MemberListQuery } from '@capnum/contracts';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Owner } from '../../lib/owner.ts';

/** Who reads: an advisor (limited to their départements, if any) or a staff member. */
export interface Viewer {
  userId: string;
  chamberId: string;
}

/**
 * The members a viewer may read, as a condition on `artisans`: their chamber,
 * consenting, and in one of the viewer's départements when they have a scope.
 * Every advisor query starts from it, so the rule lives in one place, in SQL.
 */
function readableBy(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database, 'artisans'>) => {
    const scopes = eb
      .selectFrom('advisor_scopes')
      .select('advisor_scopes.departement')
      .where('advisor_scopes.advisor_id', '=', viewer.userId)
      .where('advisor_scopes.chamber_id', '=', viewer.chamberId);
    return eb.and([
      eb('artisans.chamber_id', '=', viewer.chamberId),
      eb('artisans.share_with_advisor', '=', true),
      eb.or([
        eb.not(eb.exists(scopes)),
        eb.exists(scopes.whereRef('advisor_scopes.departement', '=', 'artisans.departement')),
      ]),
    ]);
  };
}

const summaryColumns = [
  'artisans.id',
  'artisans.business_name',
  'artisans.trade',
  'artisans.sector',
  'artisans.commune_name',
  'artisans.departement',
  'artisans.employee_band',
  'artisans.latest_assessment_at',
  'artisans.latest_score',
  'artisans.latest_level',
  'artisans.weakest_theme',
] as const;

/** `%` and `_` typed by someone are letters, not wildcards. */
const likeLiteral = (word: string) => word.replace(/[\\%_]/g, (match) => `\\${match}`);

const BOOKED_STATUSES = ['confirmed', 'waitlisted', 'attended'] as const;

function filtered(db: Executor, viewer: Viewer, query: MemberListQuery, now: Date) {
  let members = db.selectFrom('artisans').where(readableBy(viewer));
  for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
    members = members.where(
      sql<boolean>`artisans.search_text like '%' || search_form(${likeLiteral(word)}) || '%'`,
    );
  }
  if (query.departement) members = members.where('artisans.departement', '=', query.departement);
  if (query.sector) members = members.where('artisans.sector', '=', query.sector);
  if (query.employeeBand) {
    members = members.where('artisans.employee_band', '=', query.employeeBand);
  }
  if (query.level) members = members.where('artisans.latest_level', '=', query.level);
  if (query.weakestTheme) {
    members = members.where('artisans.weakest_theme', '=', query.weakestTheme);
  }
  if (query.stopId) {
    const stopId = query.stopId;
    members = members.where((eb) =>
      eb.exists(
        eb
          .selectFrom('registrations')
          .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
          .select('registrations.id')
          .whereRef('registrations.artisan_id', '=', 'artisans.id')
          .where('registrations.chamber_id', '=', viewer.chamberId)
          .where('sessions.stop_id', '=', stopId)
          .where('registrations.status', 'in', BOOKED_STATUSES),
      ),
    );
  }
  if (query.withoutRecentAssessment !== undefined) {
    const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
    members = members.where((eb) =>
      query.withoutRecentAssessment
        ? eb.or([
            eb('artisans.latest_assessment_at', 'is', null),
            eb('artisans.latest_assessment_at', '<', yearAgo),
          ])
        : eb('artisans.latest_assessment_at', '>=', yearAgo),
    );
  }
  return members;
}

export async function listMembers(db: Executor, viewer: Viewer, query: MemberListQuery, now: Date) {
  const base = filtered(db, viewer, query, now);
  const order =
    query.sort === 'score'
      ? sql`artisans.latest_score desc nulls last, artisans.business_name, artisans.id`
      : query.sort === 'last-assessment'
        ? sql`artisans.latest_assessment_at desc nulls last, artisans.business_name, artisans.id`
        : sql`artisans.business_name, artisans.id`;
  const [rows, count] = await Promise.all([
    base
      .select(summaryColumns)
      .orderBy(order)
      .limit(MEMBER_PAGE_SIZE)
      .offset((query.page - 1) * MEMBER_PAGE_SIZE)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>['rows'][number];

/** One member the viewer may read, with contact details; undefined otherwise. */
export function findMember(db: Executor, viewer: Viewer, artisanId: string) {
  return db
    .selectFrom('artisans')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select([
      ...summaryColumns,
      'artisans.siret',
      'artisans.website',
      'artisans.consent_at',
      'users.email',
    ])
    .where('artisans.id', '=', artisanId)
    .where(readableBy(viewer))
    .executeTakeFirst();
}

export type MemberDetailRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

/** The members of a stop pack: readable, booked on one of the stop's sessions. */
export function bookedAtStop(db: Executor, viewer: Viewer, stopId: string) {
  return db
    .selectFrom('registrations')
    .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
    .innerJoin('workshops', 'workshops.id', 'sessions.workshop_id')
    .innerJoin('artisans', 'artisans.id', 'registrations.artisan_id')
    .select([
      ...summaryColumns,
      'sessions.id as session_id',
      'sessions.starts_at',
      'workshops.title as workshop_title',
      'workshops.theme as workshop_theme',
      'registrations.status',
    ])
    .where('sessions.stop_id', '=', stopId)
    .where('sessions.chamber_id', '=', viewer.chamberId)
    .where('registrations.chamber_id', '=', viewer.chamberId)
    .where('registrations.status', 'in', BOOKED_STATUSES)
    .where(readableBy(viewer))
    .orderBy('artisans.business_name')
    .orderBy('artisans.id')
    .orderBy('sessions.starts_at')
    .execute();
}

export function findStop(db: Executor, chamberId: string, stopId: string) {
  return db
    .selectFrom('stops')
    .selectAll()
    .where('id', '=', stopId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** A member's bookings, past and upcoming, cancelled ones included. */
export function bookingsOf(db: Executor, owner: Owner) {
  return db
    .selectFrom('registrations')
    .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
    .innerJoin('workshops', 'workshops.id', 'sessions.workshop_id')
    .innerJoin('stops', 'stops.id', 'sessions.stop_id')
    .select([
      'sessions.id as session_id',
      'sessions.starts_at',
      'sessions.ends_at',
      'workshops.title',
      'workshops.theme',
      'registrations.status',
      'stops.id as stop_id',
      'stops.commune_name',
      'stops.date',
    ])
    .where('registrations.artisan_id', '=', owner.artisanId)
    .where('registrations.chamber_id', '=', owner.chamberId)
    .orderBy('sessions.starts_at', 'desc')
    .execute();
}

export function notesOf(db: Executor, owner: Owner) {
  return db
    .selectFrom('member_notes')
    .selectAll()
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export type NoteRow = Awaited<ReturnType<typeof notesOf>>[number];

export function plannedVisitOf(db: Executor, owner: Owner) {
  return db
    .selectFrom('member_visits')
    .select('planned_on')
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .executeTakeFirst();
}

export async function insertNote(
  db: Executor,
  owner: Owner,
  note: { authorId: string; text: string; at: Date },
) {
  const author = await db
    .selectFrom('users')
    .select(['display_name', 'email'])
    .where('id', '=', note.authorId)
    .where('chamber_id', '=', owner.chamberId)
    .executeTakeFirstOrThrow();
  return db
    .insertInto('member_notes')
    .values({
      chamber_id: owner.chamberId,
      artisan_id: owner.artisanId,
      author_id: note.authorId,
      author_name: author.display_name ?? author.email,
      text: note.text,
      created_at: note.at,
      updated_at: note.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A note of the chamber by its id, about a member the viewer may read. */
export function findNote(db: Executor, viewer: Viewer, noteId: string) {
  return db
    .selectFrom('member_notes')
    .innerJoin('artisans', 'artisans.id', 'member_notes.artisan_id')
    .selectAll('member_notes')
    .where('member_notes.id', '=', noteId)
    .where('member_notes.chamber_id', '=', viewer.chamberId)
    .where(readableBy(viewer))
    .forUpdate()
    .executeTakeFirst();
}

export function updateNote(
  db: Executor,
  noteId: string,
  chamberId: string,
  text: string,
  at: Date,
) {
  return db
    .updateTable('member_notes')
    .set({ text, updated_at: at })
    .where('id', '=', noteId)
    .where('chamber_id', '=', chamberId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteNote(db: Executor, noteId: string, chamberId: string) {
  return db
    .deleteFrom('member_notes')
    .where('id', '=', noteId)
    .where('chamber_id', '=', chamberId)
    .execute();
}

export async function setPlannedVisit(
  db: Executor,
  owner: Owner,
  visit: { plannedOn: string | null; by: string; at: Date },
): Promise<void> {
  if (visit.plannedOn === null) {
    await db
      .deleteFrom('member_visits')
      .where('artisan_id', '=', owner.artisanId)
      .where('chamber_id', '=', owner.chamberId)
      .execute();
    return;
  }
  await db
    .insertInto('member_visits')
    .values({
      artisan_id: owner.artisanId,
      chamber_id: owner.chamberId,
      planned_on: visit.plannedOn,
      planned_by: visit.by,
      updated_at: visit.at,
    })
    .onConflict((oc) =>
      oc.column('artisan_id').doUpdateSet({
        planned_on: visit.plannedOn as string,
        planned_by: visit.by,
        updated_at: visit.at,
      }),
    )
    .execute();
}
