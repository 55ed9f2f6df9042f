import { z } from 'zod';
import { type ShowIf, shownQuestions } from './conditions.ts';
import { type ThemeKey, themeKeys } from './labels.ts';

export { isShown, type ShowIf, shownQuestions } from './conditions.ts';

export { type ThemeKey, themeKeys, themeLabels } from './labels.ts';

export interface Option {
  id: string;
  label: string;
  points: number;
  /** Concrete next step shown when this option is chosen; the best option needs none. */
  advice?: string;
  /** A "none of these" option of a multi question: it cannot be ticked with another one. */
  exclusive?: boolean;
}

export interface Question {
  id: string;
  theme: ThemeKey;
  type: 'single' | 'multi';
  label: string;
  /** Plain-words explanation of any term an artisan might not know. */
  help?: string;
  weight: number;
  /** Multi questions only: points needed for a full score (defaults to the sum of option points). */
  max?: number;
  allowNotApplicable: boolean;
  options: Option[];
  /** Coaching line used when the artisan answers "Je ne sais pas". */
  unknownAdvice?: string;
  /** Asked only after a given answer to an earlier question (no website, no website questions). */
  showIf?: ShowIf;
}

export interface QuestionnaireTheme {
  key: ThemeKey;
  label: string;
  intro: string;
  questions: Question[];
}

export interface Questionnaire {
  version: number;
  title: string;
  themes: QuestionnaireTheme[];
}

export type Answer =
  | { choice: string }
  | { choices: string[] }
  | { unknown: true }
  | { notApplicable: true };

export type Answers = Record<string, Answer>;

const nonEmptyText = z.string().trim().min(1);

export const ThemeKeySchema = z.enum(themeKeys);

export const OptionSchema = z.strictObject({
  id: nonEmptyText,
  label: nonEmptyText,
  points: z.number().finite().min(0),
  advice: nonEmptyText.optional(),
  exclusive: z.boolean().optional(),
});

export const QuestionSchema = z
  .strictObject({
    id: nonEmptyText,
    theme: ThemeKeySchema,
    type: z.enum(['single', 'multi']),
    label: nonEmptyText,
    help: nonEmptyText.optional(),
    weight: z.number().finite().positive().default(1),
    max: z.number().finite().positive().optional(),
    allowNotApplicable: z.boolean().default(false),
    options: z.array(OptionSchema).min(1),
    unknownAdvice: nonEmptyText.optional(),
    showIf: z
      .strictObject({ question: nonEmptyText, anyOf: z.array(nonEmptyText).min(1) })
      .optional(),
  })
  .superRefine((question, context) => {
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'id'],
          message: `Identifiant de réponse en double : ${option.id}`,
        });
      }
      seen.add(option.id);
      if (option.exclusive && question.type !== 'multi') {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'exclusive'],
          message: 'Seule une question à choix multiples peut avoir une réponse exclusive.',
        });
      }
    });
    if (question.type === 'single' && question.options.length < 2) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Une question à choix unique doit proposer au moins deux réponses.',
      });
    }
    if (!question.options.some((option) => option.points > 0)) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Au moins une réponse doit rapporter des points.',
      });
    }
    if (question.max !== undefined) {
      const sum = question.options.reduce((total, option) => total + option.points, 0);
      if (question.type !== 'multi') {
        context.addIssue({
          code: 'custom',
          path: ['max'],
          message: 'Un plafond de points ne s’applique qu’aux questions à choix multiples.',
        });
      } else if (question.max > sum) {
        // A cap above the reachable total would make a full score impossible.
        context.addIssue({
          code: 'custom',
          path: ['max'],
          message: 'Le plafond dépasse le total des points des réponses.',
        });
      }
    }
  });

export const QuestionnaireThemeSchema = z
  .strictObject({
    key: ThemeKeySchema,
    label: nonEmptyText,
    intro: nonEmptyText,
    questions: z.array(QuestionSchema).min(1),
  })
  .superRefine((theme, context) => {
    theme.questions.forEach((question, index) => {
      if (question.theme !== theme.key) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'theme'],
          message: `La question ${question.id} est rangée dans le thème ${theme.key}.`,
        });
      }
    });
    // Without one mandatory question a theme could be emptied by "Non concerné" answers
    // (a question that may not be asked counts as one).
    if (!theme.questions.some((question) => !question.allowNotApplicable && !question.showIf)) {
      context.addIssue({
        code: 'custom',
        path: ['questions'],
        message:
          'Chaque thème doit avoir au moins une question toujours posée et sans « Non concerné ».',
      });
    }
  });

export const QuestionnaireSchema = z
  .strictObject({
    version: z.number().int().positive(),
    title: nonEmptyText,
    themes: z.array(QuestionnaireThemeSchema),
  })
  .superRefine((questionnaire, context) => {
    const keys = questionnaire.themes.map((theme) => theme.key);
    if (keys.length !== themeKeys.length || keys.some((key, index) => key !== themeKeys[index])) {
      context.addIssue({
        code: 'custom',
        path: ['themes'],
        message: `Les thèmes doivent être exactement, dans cet ordre : ${themeKeys.join(', ')}.`,
      });
    }
    const seen = new Map<string, z.output<typeof QuestionSchema>>();
    questionnaire.themes.forEach((theme, themeIndex) => {
      theme.questions.forEach((question, questionIndex) => {
        const path = ['themes', themeIndex, 'questions', questionIndex];
        if (seen.has(question.id)) {
          context.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `Identifiant de question en double : ${question.id}`,
          });
        }
        // A condition names an earlier question (asked before this one) and its options.
        if (question.showIf) {
          const earlier = seen.get(question.showIf.question);
          const unknown = question.showIf.anyOf.filter(
            (id) => !earlier?.options.some((option) => option.id === id),
          );
          if (!earlier || unknown.length > 0) {
            context.addIssue({
              code: 'custom',
              path: [...path, 'showIf'],
              message: earlier
                ? `Réponses inconnues de ${earlier.id} : ${unknown.join(', ')}`
                : `La condition doit porter sur une question posée avant : ${question.showIf.question}`,
            });
          }
        }
        seen.set(question.id, question);
      });
    });
  });

/** What an author writes: `weight` and `allowNotApplicable` may be left to their defaults. */
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;

// The hand-written interfaces above are the documented API; keep the schema in step with them.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const questionnaireTypesMatch: Exact<z.output<typeof QuestionnaireSchema>, Questionnaire> = true;
void questionnaireTypesMatch;

export const AnswerSchema = z.union([
  z.strictObject({ choice: nonEmptyText }),
  z.strictObject({
    choices: z
      .array(nonEmptyText)
      .min(1)
      .refine((choices) => new Set(choices).size === choices.length, {
        message: 'Une réponse ne peut pas être cochée deux fois.',
      }),
  }),
  z.strictObject({ unknown: z.literal(true) }),
  z.strictObject({ notApplicable: z.literal(true) }),
]);

export const AnswersSchema = z.record(z.string(), AnswerSchema);

const answerTypesMatch: Exact<z.output<typeof AnswerSchema>, Answer> = true;
void answerTypesMatch;

/** All questions, in questionnaire order. */
export function listQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.themes.flatMap((theme) => theme.questions);
}

export function findQuestion(
  questionnaire: Questionnaire,
  questionId: string,
): Question | undefined {
  return listQuestions(questionnaire).find((question) => question.id === questionId);
}

/**
 * Checks one answer against its question. Accepts any value (e.g. a request body)
 * and returns a French message for the artisan, or null when the answer is valid.
 */
export function validateAnswer(question: Question, answer: unknown): string | null {
  const parsed = AnswerSchema.safeParse(answer);
  if (!parsed.success) {
    return 'Cette réponse n’a pas un format reconnu.';
  }
  const value = parsed.data;
  if ('unknown' in value) {
    return null;
  }
  if ('notApplicable' in value) {
    return question.allowNotApplicable
      ? null
      : 'La réponse « Non concerné » n’est pas possible pour cette question.';
  }
  if (question.type === 'single') {
    if (!('choice' in value)) {
      return 'Choisissez une seule réponse pour cette question.';
    }
    return question.options.some((option) => option.id === value.choice)
      ? null
      : `La réponse « ${value.choice} » n’existe pas pour cette question.`;
  }
  if (!('choices' in value)) {
    return 'Cochez une ou plusieurs réponses pour cette question.';
  }
  for (const choice of value.choices) {
    const option = question.options.find((candidate) => candidate.id === choice);
    if (!option) {
      return `La réponse « ${choice} » n’existe pas pour cette question.`;
    }
    if (option.exclusive && value.choices.length > 1) {
      return `La réponse « ${option.label} » ne peut pas être cochée avec une autre.`;
    }
  }
  return null;
}

/** The questions asked given the answers so far, in questionnaire order. */
export function askedQuestions(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): Question[] {
  return shownQuestions(listQuestions(questionnaire), answersForConditions(questionnaire, answers));
}

/**
 * Only well-formed answers drive conditions; anything else counts as no answer. Only the
 * answers some condition reads are checked (this runs on every draft read and submit).
 */
function answersForConditions(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): Answers {
  const valid: Answers = {};
  for (const question of listQuestions(questionnaire)) {
    const controlling = question.showIf?.question;
    if (!controlling || valid[controlling] || !Object.hasOwn(answers, controlling)) continue;
    const parsed = AnswerSchema.safeParse(answers[controlling]);
    if (parsed.success) valid[controlling] = parsed.data;
  }
  return valid;
}

/** Ids of the questions asked and still lacking a valid answer, in questionnaire order. */
export function missingQuestionIds(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): string[] {
  return askedQuestions(questionnaire, answers)
    .filter((question) => {
      const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      return answer === undefined || validateAnswer(question, answer) !== null;
    })
    .map((question) => question.id);
}

export interface Progress {
  answered: number;
  total: number;
  firstUnansweredId: string | null;
}

export function progress(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): Progress {
  const total = askedQuestions(questionnaire, answers).length;
  const missing = missingQuestionIds(questionnaire, answers);
  return { answered: total - missing.length, total, firstUnansweredId: missing[0] ?? null };
}
