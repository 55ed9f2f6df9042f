import {
  ApiError,
  Assessment,
  AssessmentList,
  Draft,
  DraftPatchBody,
  IdempotencyHeaders,
  IdParam,
  IncompleteSubmission,
  QuestionnaireResponse,
} from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { QuestionnaireService } from '../questionnaires/questionnaire.service.ts';
import type { AssessmentService } from './assessment.service.ts';

interface AssessmentRoutesOptions {
  assessments: AssessmentService;
  questionnaires: QuestionnaireService;
}

const refusals = { 401: ApiError, 403: ApiError };

export const assessmentRoutes: FastifyPluginAsyncZod<AssessmentRoutesOptions> = async (
  app,
  { assessments, questionnaires },
) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireRole('artisan'));
  const security = [{ bearerAuth: [] }];

  app.get(
    '/api/questionnaire',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary: 'Le questionnaire publié en vigueur',
        security,
        response: { 200: QuestionnaireResponse, 304: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      // A published version never changes: serialised once, revalidated by ETag.
      const { questionnaire, json, etag } = await questionnaires.currentSerialized();
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply.serializer(() => json).send(questionnaire);
    },
  );

  app.get(
    '/api/assessments/draft',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary: 'Mon questionnaire en cours (créé s’il n’existe pas)',
        security,
        response: { 200: Draft, ...refusals },
      },
    },
    async (request) => assessments.getDraft(request.user),
  );

  app.patch(
    '/api/assessments/draft',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary: 'Enregistrer des réponses (fusionnées ; null efface une réponse)',
        security,
        body: DraftPatchBody,
        response: { 200: Draft, 400: ApiError, 409: ApiError, ...refusals },
      },
    },
    async (request) => assessments.patchDraft(request.user, request.body),
  );

  app.post(
    '/api/assessments/draft/submit',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary: 'Envoyer le questionnaire et obtenir mon profil',
        security,
        headers: IdempotencyHeaders,
        response: {
          201: Assessment,
          400: ApiError,
          409: ApiError,
          422: IncompleteSubmission,
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const assessment = await assessments.submit(request.user, request.headers['idempotency-key']);
      return reply.status(201).send(assessment);
    },
  );

  app.get(
    '/api/assessments',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary: 'Mes autodiagnostics envoyés, du plus récent au plus ancien',
        security,
        response: { 200: AssessmentList, ...refusals },
      },
    },
    async (request) => ({ assessments: await assessments.list(request.user) }),
  );

  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary: 'Un de mes autodiagnostics',
        security,
        params: IdParam,
        response: { 200: Assessment, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => assessments.get(request.user, request.params.id),
  );
};
