import { ApiError, IdParam, SiretConflictList } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refusals, security } from '../staff-schemas.ts';
import type { SiretReviewService } from './siret-review.service.ts';

const tags = ['équipe : membres'];

export const siretReviewRoutes: FastifyPluginAsyncZod<{ siretReview: SiretReviewService }> = async (
  app,
  { siretReview },
) => {
  app.get(
    '/siret-conflicts',
    {
      schema: {
        tags,
        summary: 'Les SIRET déclarés par plusieurs comptes, à vérifier',
        security,
        response: { 200: SiretConflictList, ...refusals },
      },
    },
    async (request) => ({ conflicts: await siretReview.list(request.user) }),
  );

  app.post(
    '/siret-conflicts/:id/review',
    {
      schema: {
        tags,
        summary: 'Marquer comme vérifié le SIRET d’un compte (identifiant de l’artisan)',
        security,
        params: IdParam,
        response: { 204: z.null(), 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request, reply) => {
      await siretReview.markReviewed(request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
