import type {
  CoachingTopic,
  MemberAnswer,
  MemberFile,
  MemberList,
  MemberListQuery,
  MemberNote,
  MemberSummary,
  StopPack,
} from '@capnum/contracts';
import { MEMBER_PAGE_SIZE } from '@capnum/contracts';
import { type Answer, listQuestions } from '@capnum/scoring';
import type { Db, Executor } from '../../db/database.ts';
import type { AccessLogWhat } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import type { Owner } from '../../lib/owner.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import * as assessments from '../assessments/assessment.repository.ts';
import { toAssessment } from '../assessments/assessment.service.ts';
import type { BenchmarkService } from '../benchmark/benchmark.service.ts';
import { recordAccess } from '../privacy/privacy.repository.ts';
import type { QuestionnaireService } from '../questionnaires/questionnaire.service.ts';
import { toStopSummary } from '../tour/tour.mappers.ts';
import * as repository from './advisor.repository.ts';

/** An author may change or delete their note for this long. */
export const NOTE_EDIT_WINDOW_MS = 24 * 3_600_000;

const memberNotFound = () =>
  new NotFoundError(
    'Ce membre n’existe pas, ne partage pas son diagnostic ou n’est pas dans vos départements.',
    'MEMBER_NOT_FOUND',
  );

function toSummary(row: repository.MemberRow): MemberSummary {
  return {
    id: row.id,
    businessName: row.business_name,
    trade: row.trade,
    sector: row.sector,
    communeName: row.commune_name,
    departement: row.departement,
    employeeBand: row.employee_band,
    latestAssessmentAt: row.latest_assessment_at?.toISOString() ?? null,
    score: row.latest_score,
    level: row.latest_level,
    weakestTheme: row.weakest_theme,
  };
}

const viewerOf = (claims: AccessClaims): repository.Viewer => ({
  userId: claims.sub,
  chamberId: claims.chamberId,
});

export function createAdvisorService({
  db,
  clock,
  questionnaires,
  benchmarks,
}: {
  db: Db;
  clock: Clock;
  questionnaires: QuestionnaireService;
  benchmarks: BenchmarkService;
}) {
  function toNote(row: repository.NoteRow, viewer: repository.Viewer): MemberNote {
    const editableUntil = new Date(row.created_at.getTime() + NOTE_EDIT_WINDOW_MS);
    const mine = row.author_id === viewer.userId;
    return {
      id: row.id,
      text: row.text,
      authorName: row.author_name,
      mine,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      editableUntil: mine && editableUntil > clock.now() ? editableUntil.toISOString() : null,
    };
  }

  /** The latest answers in words, and the "Je ne sais pas" ones as topics to coach. */
  async function latestAnswers(
    owner: Owner,
  ): Promise<{ answers: MemberAnswer[]; coachingTopics: CoachingTopic[] }> {
    const latest = await assessments.findLatestSubmittedAnswers(db, owner);
    if (!latest) return { answers: [], coachingTopics: [] };
    const questionnaire = await questionnaires.version(latest.questionnaire_version);
    const given = latest.answers as Record<string, Answer | undefined>;
    const answers: MemberAnswer[] = [];
    const coachingTopics: CoachingTopic[] = [];
    for (const question of listQuestions(questionnaire)) {
      const answer = given[question.id];
      if (!answer) continue;
      const label = (id: string) =>
        question.options.find((option) => option.id === id)?.label ?? id;
      const unknown = 'unknown' in answer;
      answers.push({
        questionId: question.id,
        theme: question.theme,
        question: question.label,
        answer: unknown
          ? 'Je ne sais pas'
          : 'notApplicable' in answer
            ? 'Non concerné'
            : 'choice' in answer
              ? label(answer.choice)
              : answer.choices.map(label).join(' ; '),
        unknown,
      });
      if (unknown) {
        coachingTopics.push({
          questionId: question.id,
          theme: question.theme,
          question: question.label,
          advice: question.unknownAdvice ?? null,
        });
      }
    }
    return { answers, coachingTopics };
  }

  /** Everything about one member the viewer may read, without logging the read. */
  async function fileOf(viewer: repository.Viewer, row: repository.MemberDetailRow) {
    const owner = { artisanId: row.id, chamberId: viewer.chamberId };
    const [submitted, latestAnswersOf, bookings, notes, visit] = await Promise.all([
      assessments.listSubmitted(db, owner),
      latestAnswers(owner),
      repository.bookingsOf(db, owner),
      repository.notesOf(db, owner),
      repository.plannedVisitOf(db, owner),
    ]);
    // The member's latest assessment against their peers (the owner filter is in its SQL).
    const latest = submitted[0];
    const benchmark = latest ? await benchmarks.ofOwnAssessment(owner, latest.id) : undefined;
    const file: MemberFile = {
      member: {
        ...toSummary(row),
        siret: row.siret,
        website: row.website,
        email: row.email,
        sharingSince: row.consent_at?.toISOString() ?? null,
      },
      assessments: submitted.map(toAssessment),
      answers: latestAnswersOf.answers,
      coachingTopics: latestAnswersOf.coachingTopics,
      bookings: bookings.map((booking) => ({
        sessionId: booking.session_id,
        workshopTitle: booking.title,
        theme: booking.theme,
        startsAt: booking.starts_at.toISOString(),
        endsAt: booking.ends_at.toISOString(),
        status: booking.status,
        stop: { id: booking.stop_id, communeName: booking.commune_name, date: booking.date },
      })),
      notes: notes.map((note) => toNote(note, viewer)),
      plannedVisit: visit?.planned_on ?? null,
      benchmark: benchmark ?? null,
    };
    return file;
  }

  async function readMember(
    claims: AccessClaims,
    artisanId: string,
    what: AccessLogWhat,
  ): Promise<MemberFile> {
    const viewer = viewerOf(claims);
    const row = await repository.findMember(db, viewer, artisanId);
    if (!row) throw memberNotFound();
    const file = await fileOf(viewer, row);
    await recordAccess(db, viewer, [row.id], what, clock.now());
    return file;
  }

  /** A note the caller wrote less than 24 hours ago, locked for the change. */
  async function ownNote(trx: Executor, claims: AccessClaims, noteId: string) {
    const note = await repository.findNote(trx, viewerOf(claims), noteId);
    if (!note) throw new NotFoundError('Cette note n’existe pas.', 'NOTE_NOT_FOUND');
    if (note.author_id !== claims.sub) {
      throw new ForbiddenError('Seul l’auteur d’une note peut la modifier.', 'NOTE_LOCKED');
    }
    if (clock.now().getTime() - note.created_at.getTime() > NOTE_EDIT_WINDOW_MS) {
      throw new ForbiddenError(
        'Une note ne se modifie plus après 24 heures : ajoutez-en une nouvelle.',
        'NOTE_LOCKED',
      );
    }
    return note;
  }

  return {
    async list(claims: AccessClaims, query: MemberListQuery): Promise<MemberList> {
      const { rows, total } = await repository.listMembers(
        db,
        viewerOf(claims),
        query,
        clock.now(),
      );
      return { items: rows.map(toSummary), total, page: query.page, pageSize: MEMBER_PAGE_SIZE };
    },

    file: (claims: AccessClaims, artisanId: string) => readMember(claims, artisanId, 'file'),
    brief: (claims: AccessClaims, artisanId: string) => readMember(claims, artisanId, 'brief'),

    async stopPack(claims: AccessClaims, stopId: string): Promise<StopPack> {
      const viewer = viewerOf(claims);
      const stop = await repository.findStop(db, viewer.chamberId, stopId);
      if (!stop) throw new NotFoundError('Cette étape n’existe pas.', 'STOP_NOT_FOUND');
      const rows = await repository.bookedAtStop(db, viewer, stopId);
      const members: StopPack['members'] = [];
      for (const row of rows) {
        let entry = members.at(-1);
        if (entry?.member.id !== row.id) {
          entry = { member: toSummary(row), sessions: [] };
          members.push(entry);
        }
        entry.sessions.push({
          sessionId: row.session_id,
          workshopTitle: row.workshop_title,
          theme: row.workshop_theme,
          startsAt: row.starts_at.toISOString(),
          status: row.status as 'confirmed' | 'waitlisted' | 'attended',
        });
      }
      const briefs: MemberFile[] = [];
      for (const { member } of members) {
        const detail = await repository.findMember(db, viewer, member.id);
        if (detail) briefs.push(await fileOf(viewer, detail));
      }
      await recordAccess(
        db,
        viewer,
        briefs.map((brief) => brief.member.id),
        'stop-pack',
        clock.now(),
      );
      return {
        stop: toStopSummary(stop),
        members: members.filter(({ member }) => briefs.some((b) => b.member.id === member.id)),
        briefs,
      };
    },

    async addNote(claims: AccessClaims, artisanId: string, text: string): Promise<MemberNote> {
      const viewer = viewerOf(claims);
      return db.transaction().execute(async (trx) => {
        const member = await repository.findMember(trx, viewer, artisanId);
        if (!member) throw memberNotFound();
        const row = await repository.insertNote(
          trx,
          { artisanId, chamberId: viewer.chamberId },
          { authorId: claims.sub, text, at: clock.now() },
        );
        return toNote(row, viewer);
      });
    },

    async editNote(claims: AccessClaims, noteId: string, text: string): Promise<MemberNote> {
      return db.transaction().execute(async (trx) => {
        await ownNote(trx, claims, noteId);
        const row = await repository.updateNote(trx, noteId, claims.chamberId, text, clock.now());
        return toNote(row, viewerOf(claims));
      });
    },

    async deleteNote(claims: AccessClaims, noteId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await ownNote(trx, claims, noteId);
        await repository.deleteNote(trx, noteId, claims.chamberId);
      });
    },

    async planVisit(
      claims: AccessClaims,
      artisanId: string,
      plannedOn: string | null,
    ): Promise<{ plannedVisit: string | null }> {
      const viewer = viewerOf(claims);
      await db.transaction().execute(async (trx) => {
        const member = await repository.findMember(trx, viewer, artisanId);
        if (!member) throw memberNotFound();
        await repository.setPlannedVisit(
          trx,
          { artisanId, chamberId: viewer.chamberId },
          { plannedOn, by: claims.sub, at: clock.now() },
        );
      });
      return { plannedVisit: plannedOn };
    },
  };
}

export type AdvisorService = ReturnType<typeof createAdvisorService>;
