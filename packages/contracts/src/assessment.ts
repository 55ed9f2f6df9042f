import { AnswerSchema, AnswersSchema, ProfileSchema, QuestionnaireSchema } from '@capnum/scoring';
import { z } from 'zod';
import { Timestamp } from './common.ts';
import { oneLine } from './text.ts';

export const QuestionnaireResponse = QuestionnaireSchema.meta({ id: 'Questionnaire' });

export const DraftProgress = z.object({
  answered: z.number().int(),
  total: z.number().int(),
  firstUnansweredId: z.string().nullable(),
});

export const Draft = z
  .object({
    id: z.uuid(),
    questionnaireVersion: z.number().int(),
    answers: AnswersSchema,
    progress: DraftProgress,
    updatedAt: Timestamp,
    previousAnswers: AnswersSchema.nullable()
      .optional()
      .describe(
        'Les réponses du dernier autodiagnostic envoyé (pour les signaler « de la dernière fois ») ; à la lecture du brouillon seulement, pas après chaque enregistrement',
      ),
  })
  .meta({ id: 'Draft' });
export type Draft = z.infer<typeof Draft>;

const MAX_ANSWERS_PER_PATCH = 200;

export const DraftPatchBody = z
  .object({
    answers: z
      .record(
        oneLine(z.string().max(100, { error: 'Identifiant de question trop long.' })),
        // null clears an answer.
        AnswerSchema.nullable(),
        { error: 'Les réponses doivent être un objet { idQuestion: réponse }.' },
      )
      .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS_PER_PATCH, {
        error: `Au plus ${MAX_ANSWERS_PER_PATCH} réponses par envoi.`,
      }),
  })
  .meta({ id: 'DraftPatchBody' });
export type DraftPatchBody = z.infer<typeof DraftPatchBody>;

export const IdempotencyHeaders = z.object({
  'idempotency-key': oneLine(
    z
      .string({ error: 'L’en-tête Idempotency-Key est obligatoire pour envoyer le questionnaire.' })
      .trim()
      .min(8, { error: 'L’en-tête Idempotency-Key doit compter au moins 8 caractères.' })
      .max(200, { error: 'L’en-tête Idempotency-Key ne peut pas dépasser 200 caractères.' }),
  ),
});

export const Assessment = z
  .object({
    id: z.uuid(),
    submittedAt: Timestamp,
    questionnaireVersion: z.number().int(),
    scoringVersion: z.string(),
    profile: ProfileSchema,
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentList = z
  .object({ assessments: z.array(Assessment) })
  .meta({ id: 'AssessmentList' });
export type AssessmentList = z.infer<typeof AssessmentList>;

export const IncompleteSubmission = z
  .object({
    statusCode: z.literal(422),
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    missingQuestionIds: z.array(z.string()),
  })
  .meta({ id: 'IncompleteSubmission' });
