import type { Assessment, Draft, DraftPatchBody } from '@capnum/contracts';
import {
  type Answers,
  computeProfile,
  findQuestion,
  listQuestions,
  missingQuestionIds,
  type Profile,
  progress,
  type Questionnaire,
  SCORING_VERSION,
  validateAnswer,
} from '@capnum/scoring';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  AppError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  ValidationError,
} from '../../lib/errors.ts';
import { countOf } from '../../lib/french.ts';
import { type Owner, ownerOf } from '../../lib/owner.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import type { QuestionnaireService } from '../questionnaires/questionnaire.service.ts';
import * as repository from './assessment.repository.ts';

export interface AssessmentDependencies {
  db: Db;
  clock: Clock;
  questionnaires: QuestionnaireService;
}

type SubmittedRow = NonNullable<Awaited<ReturnType<typeof repository.findSubmitted>>>;

export function toAssessment(row: SubmittedRow): Assessment {
  return {
    id: row.id,
    submittedAt: (row.submitted_at as Date).toISOString(),
    questionnaireVersion: row.questionnaire_version,
    scoringVersion: row.scoring_version as string,
    profile: row.profile as Profile,
  };
}

/** Keeps only answers that are still valid for a questionnaire (when prefilling a new draft). */
function validAnswersFor(questionnaire: Questionnaire, answers: Record<string, unknown>): Answers {
  const kept: Answers = {};
  for (const question of listQuestions(questionnaire)) {
    const answer = answers[question.id];
    if (answer !== undefined && validateAnswer(question, answer) === null) {
      kept[question.id] = answer as Answers[string];
    }
  }
  return kept;
}

export function createAssessmentService({ db, clock, questionnaires }: AssessmentDependencies) {
  /**
   * The draft as the API shows it. The answers of last time come with a read (the page
   * marks them once, on load), not after each autosave, which stays one query lighter.
   */
  async function toDraft(
    owner: Owner,
    row: {
      id: string;
      questionnaire_version: number;
      answers: Record<string, unknown>;
      updated_at: Date;
    },
    withPrevious: boolean,
  ): Promise<Draft> {
    const [questionnaire, previous] = await Promise.all([
      questionnaires.version(row.questionnaire_version),
      withPrevious ? repository.findLatestSubmittedAnswers(db, owner) : undefined,
    ]);
    return {
      id: row.id,
      questionnaireVersion: row.questionnaire_version,
      answers: row.answers as Answers,
      progress: progress(questionnaire, row.answers),
      updatedAt: row.updated_at.toISOString(),
      ...(withPrevious && { previousAnswers: previous ? (previous.answers as Answers) : null }),
    };
  }

  /** The current draft, created on first read and prefilled from the last submission. */
  async function ensureDraft(owner: Owner) {
    const existing = await repository.findDraft(db, owner);
    if (existing) return existing;
    const questionnaire = await questionnaires.current();
    const created = await repository.insertDraftIfAbsent(db, owner, {
      questionnaireVersion: questionnaire.version,
      now: clock.now(),
    });
    if (!created) {
      // Another request created it first.
      const raced = await repository.findDraft(db, owner);
      if (!raced) throw new Error('draft vanished after creation');
      return raced;
    }
    if (Object.keys(created.answers).length > 0) return created;
    // Last submitted on an older version: keep the answers that still fit.
    const previous = await repository.findLatestSubmittedAnswers(db, owner);
    if (!previous || previous.questionnaire_version === questionnaire.version) return created;
    const carried = validAnswersFor(questionnaire, previous.answers);
    return (await repository.replaceDraftAnswers(db, owner, created.id, carried)) ?? created;
  }

  return {
    async getDraft(claims: AccessClaims): Promise<Draft> {
      const owner = ownerOf(claims);
      return toDraft(owner, await ensureDraft(owner), true);
    },

    async patchDraft(claims: AccessClaims, body: DraftPatchBody): Promise<Draft> {
      const owner = ownerOf(claims);
      const draft = await ensureDraft(owner);
      const questionnaire = await questionnaires.version(draft.questionnaire_version);
      const problems: { field: string; message: string }[] = [];
      const set: Answers = {};
      const remove: string[] = [];
      for (const [questionId, answer] of Object.entries(body.answers)) {
        const question = findQuestion(questionnaire, questionId);
        if (!question) {
          problems.push({ field: `answers.${questionId}`, message: 'Question inconnue.' });
          continue;
        }
        if (answer === null) {
          remove.push(questionId);
          continue;
        }
        const problem = validateAnswer(question, answer);
        if (problem) problems.push({ field: `answers.${questionId}`, message: problem });
        else set[questionId] = answer;
      }
      if (problems.length > 0) {
        throw new ValidationError(
          `Certaines réponses sont invalides : ${problems.map((problem) => problem.field).join(', ')}.`,
          problems,
        );
      }
      const updated = await repository.mergeDraftAnswers(db, owner, {
        set,
        remove,
        now: clock.now(),
      });
      // Submitted in between (another tab): the next read opens a new draft.
      if (!updated) {
        throw new ConflictError(
          'Ce questionnaire vient d’être envoyé. Rechargez la page pour en commencer un nouveau.',
          'DRAFT_SUBMITTED',
        );
      }
      return toDraft(owner, updated, false);
    },

    /** Submits once per Idempotency-Key: a replay or a concurrent double submit gives the same assessment. */
    async submit(claims: AccessClaims, idempotencyKey: string): Promise<Assessment> {
      const owner = ownerOf(claims);
      const replayOf = () => repository.findSubmittedByIdempotencyKey(db, owner, idempotencyKey);
      // A concurrent save changes the answers under us: score again (a few times at most).
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const draft = await repository.findDraft(db, owner);
        if (!draft) {
          const replay = await replayOf();
          if (replay) return toAssessment(replay);
          throw new ConflictError(
            'Aucun questionnaire en cours : il a déjà été envoyé. Ouvrez le questionnaire pour en commencer un nouveau.',
            'NO_DRAFT',
          );
        }
        const questionnaire = await questionnaires.version(draft.questionnaire_version);
        const missing = missingQuestionIds(questionnaire, draft.answers);
        if (missing.length > 0) {
          const replay = await replayOf();
          if (replay) return toAssessment(replay);
          throw new AppError(
            422,
            'ASSESSMENT_INCOMPLETE',
            `Il reste ${countOf(missing.length, 'question')} sans réponse.`,
            missing.map((questionId) => ({
              field: `answers.${questionId}`,
              message: 'Réponse manquante.',
            })),
            { missingQuestionIds: missing },
          );
        }
        const profile = computeProfile(questionnaire, draft.answers as Answers);
        let submitted: Awaited<ReturnType<typeof repository.submitDraft>>;
        try {
          submitted = await repository.submitDraft(db, owner, draft, {
            idempotencyKey,
            scoringVersion: SCORING_VERSION,
            profile,
            now: clock.now(),
          });
        } catch (error) {
          // The key already names a submission (a retry after success): answer with it.
          if (!isUniqueViolation(error)) throw error;
          submitted = undefined;
        }
        if (submitted) return toAssessment({ ...submitted, profile });
        const replay = await replayOf();
        if (replay) return toAssessment(replay);
      }
      throw new ConflictError(
        'Vos réponses changent pendant l’envoi. Réessayez dans un instant.',
        'DRAFT_CHANGING',
      );
    },

    async list(claims: AccessClaims): Promise<Assessment[]> {
      const rows = await repository.listSubmitted(db, ownerOf(claims));
      return rows.map(toAssessment);
    },

    async get(claims: AccessClaims, assessmentId: string): Promise<Assessment> {
      const row = await repository.findSubmitted(db, ownerOf(claims), assessmentId);
      if (!row) throw new NotFoundError('Autodiagnostic introuvable.', 'ASSESSMENT_NOT_FOUND');
      return toAssessment(row);
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
