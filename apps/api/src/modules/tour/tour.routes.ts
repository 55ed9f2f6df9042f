import { ApiError, IdParam, Recommendations, TourStop, TourStopList } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { TourService } from './tour.service.ts';

const refusals = { 401: ApiError, 403: ApiError };

export const tourRoutes: FastifyPluginAsyncZod<{ tour: TourService }> = async (app, { tour }) => {
  app.addHook('onRequest', app.authenticate);
  const security = [{ bearerAuth: [] }];

  app.get(
    '/api/tour/stops',
    {
      schema: {
        tags: ['tournée'],
        summary: 'Les prochaines étapes du van de ma chambre, avec leurs séances',
        security,
        response: { 200: TourStopList, ...refusals },
      },
    },
    async (request) => tour.listUpcomingStops(request.user),
  );

  app.get(
    '/api/tour/stops/:id',
    {
      schema: {
        tags: ['tournée'],
        summary: 'Une étape du van et ses séances',
        security,
        params: IdParam,
        response: { 200: TourStop, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => tour.getStop(request.user, request.params.id),
  );

  app.get(
    '/api/assessments/:id/recommendations',
    {
      onRequest: [requireRole('artisan')],
      schema: {
        tags: ['tournée'],
        summary: 'Les séances conseillées à la prochaine étape près de chez moi',
        security,
        params: IdParam,
        response: { 200: Recommendations, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => tour.recommendations(request.user, request.params.id),
  );
};
