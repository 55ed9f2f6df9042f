import { z } from 'zod';
import { levelFor, type MaturityLevel } from './levels.ts';
import {
  type Answer,
  type Answers,
  askedQuestions,
  type Question,
  type Questionnaire,
  type ThemeKey,
  ThemeKeySchema,
  themeKeys,
  validateAnswer,
} from './questionnaire.ts';

/** Stored with every assessment; bump it whenever a formula below changes. */
export const SCORING_VERSION = '1.0.0';

/** Expert starts at 76: themes below it are worth working on. */
const expertMinimumScore = 76;
const maximumActionsPerTheme = 3;

export interface ThemeProfile {
  key: ThemeKey;
  score: number;
  level: MaturityLevel;
  /** Questions answered with a real option ("Je ne sais pas" and "Non concerné" excluded). */
  answered: number;
  /** Questions answered "Je ne sais pas". */
  unknown: number;
}

export interface ProfileAction {
  theme: ThemeKey;
  text: string;
}

export interface Profile {
  overall: { score: number; level: MaturityLevel };
  themes: ThemeProfile[];
  /** Themes below Expert, largest gap first. */
  priorities: ThemeKey[];
  actions: ProfileAction[];
}

const ScoreSchema = z.number().int().min(0).max(100);
const MaturityLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** For reading a stored profile back (e.g. from a JSON column). */
export const ProfileSchema = z.strictObject({
  overall: z.strictObject({ score: ScoreSchema, level: MaturityLevelSchema }),
  themes: z.array(
    z.strictObject({
      key: ThemeKeySchema,
      score: ScoreSchema,
      level: MaturityLevelSchema,
      answered: z.number().int().min(0),
      unknown: z.number().int().min(0),
    }),
  ),
  priorities: z.array(ThemeKeySchema),
  actions: z.array(z.strictObject({ theme: ThemeKeySchema, text: z.string() })),
});

export interface AnswerProblem {
  questionId: string;
  /** French message; "Réponse manquante." when the question has no answer. */
  message: string;
}

/** Thrown when answers are missing or invalid: callers are expected to check completeness first. */
export class InvalidAnswersError extends Error {
  override readonly name = 'InvalidAnswersError';
  readonly problems: AnswerProblem[];

  constructor(problems: AnswerProblem[]) {
    super(
      `Réponses manquantes ou invalides : ${problems.map((problem) => problem.questionId).join(', ')}`,
    );
    this.problems = problems;
  }

  get questionIds(): string[] {
    return this.problems.map((problem) => problem.questionId);
  }
}

/** Points that give a question its full score. */
export function questionMaxPoints(question: Question): number {
  if (question.type === 'single') {
    return Math.max(...question.options.map((option) => option.points));
  }
  return question.max ?? question.options.reduce((total, option) => total + option.points, 0);
}

function pointsOf(question: Question, optionId: string): number {
  return question.options.find((option) => option.id === optionId)?.points ?? 0;
}

/**
 * Score of one answer in [0, 1]; null for "Non concerné", which leaves the question
 * out of its theme. Throws InvalidAnswersError for an answer the question does not accept.
 */
export function questionScore(question: Question, answer: Answer): number | null {
  const problem = validateAnswer(question, answer);
  if (problem !== null) {
    throw new InvalidAnswersError([{ questionId: question.id, message: problem }]);
  }
  if ('notApplicable' in answer) {
    return null;
  }
  if ('unknown' in answer) {
    return 0;
  }
  const max = questionMaxPoints(question);
  if ('choice' in answer) {
    return pointsOf(question, answer.choice) / max;
  }
  const ticked = answer.choices.reduce((total, choice) => total + pointsOf(question, choice), 0);
  return Math.min(ticked, max) / max;
}

/**
 * Rounds half up after removing floating-point noise, so that an exact 62.5
 * computed as 62.49999999999999 still gives 63.
 */
function roundScore(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

interface ScoredQuestion {
  question: Question;
  answer: Answer;
  /** null when the question is "Non concerné". */
  score: number | null;
  order: number;
}

function themeScore(scored: ScoredQuestion[]): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const { question, score } of scored) {
    if (score === null) continue;
    weighted += question.weight * score;
    totalWeight += question.weight;
  }
  return totalWeight === 0 ? 0 : roundScore((100 * weighted) / totalWeight);
}

/** Advice lines for a question: its chosen options' advice, or the coaching line for "Je ne sais pas". */
function adviceOf({ question, answer }: ScoredQuestion): string[] {
  if ('unknown' in answer) {
    return question.unknownAdvice ? [question.unknownAdvice] : [];
  }
  const chosen = 'choice' in answer ? [answer.choice] : 'choices' in answer ? answer.choices : [];
  // Keep the questionnaire's option order so the result does not depend on tick order.
  return question.options
    .filter((option) => chosen.includes(option.id) && option.advice !== undefined)
    .map((option) => option.advice as string);
}

function themeActions(theme: ThemeKey, scored: ScoredQuestion[]): ProfileAction[] {
  const ranked = scored
    .filter((entry) => entry.score !== null)
    // Snapped like scores so that equal losses tie exactly and fall back to questionnaire order.
    .map((entry) => ({
      entry,
      lost: Math.round(entry.question.weight * (1 - (entry.score ?? 0)) * 1e9) / 1e9,
    }))
    .sort((left, right) => right.lost - left.lost || left.entry.order - right.entry.order);
  const texts: string[] = [];
  for (const { entry } of ranked) {
    for (const text of adviceOf(entry)) {
      if (texts.length < maximumActionsPerTheme && !texts.includes(text)) {
        texts.push(text);
      }
    }
  }
  return texts.map((text) => ({ theme, text }));
}

/**
 * The artisan's profile: theme scores (weighted mean of question scores), overall
 * score (plain mean of the four themes), priorities and up to three actions per
 * priority theme. Every question asked must have a valid answer; a question not asked
 * (its condition unmet) counts as "Non concerné"; answers to ids the questionnaire does
 * not contain are ignored.
 */
export function computeProfile(questionnaire: Questionnaire, answers: Answers): Profile {
  const problems: AnswerProblem[] = [];
  const scoredByTheme = new Map<ThemeKey, ScoredQuestion[]>(themeKeys.map((key) => [key, []]));
  let order = 0;
  // Worked out once: which questions the answers lead to (conditions read earlier answers).
  const asked = new Set(askedQuestions(questionnaire, answers).map((question) => question.id));
  for (const theme of questionnaire.themes) {
    for (const question of theme.questions) {
      // A question not asked (its condition unmet) counts as "Non concerné", whatever was stored.
      if (!asked.has(question.id)) {
        scoredByTheme
          .get(theme.key)
          ?.push({ question, answer: { notApplicable: true }, score: null, order: order++ });
        continue;
      }
      const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      if (answer === undefined) {
        problems.push({ questionId: question.id, message: 'Réponse manquante.' });
        continue;
      }
      const problem = validateAnswer(question, answer);
      if (problem !== null) {
        problems.push({ questionId: question.id, message: problem });
        continue;
      }
      scoredByTheme
        .get(theme.key)
        ?.push({ question, answer, score: questionScore(question, answer), order: order++ });
    }
  }
  if (problems.length > 0) {
    throw new InvalidAnswersError(problems);
  }

  const themes: ThemeProfile[] = themeKeys.map((key) => {
    const scored = scoredByTheme.get(key) ?? [];
    const score = themeScore(scored);
    return {
      key,
      score,
      level: levelFor(score).level,
      answered: scored.filter(({ answer }) => 'choice' in answer || 'choices' in answer).length,
      unknown: scored.filter(({ answer }) => 'unknown' in answer).length,
    };
  });

  const overallScore = roundScore(
    themes.reduce((total, theme) => total + theme.score, 0) / themes.length,
  );

  const priorities = themes
    .filter((theme) => theme.score < expertMinimumScore)
    // Array.prototype.sort is stable, so ties keep the fixed theme order.
    .sort((left, right) => left.score - right.score)
    .map((theme) => theme.key);

  const actions = priorities.flatMap((key) => themeActions(key, scoredByTheme.get(key) ?? []));

  return {
    overall: { score: overallScore, level: levelFor(overallScore).level },
    themes,
    priorities,
    actions,
  };
}
