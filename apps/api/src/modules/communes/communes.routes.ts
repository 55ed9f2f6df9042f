import { ApiError, CommuneSearchQuery, CommuneSearchResponse } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchCommunes } from './commune-directory.ts';

export const communesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/communes',
    {
      // A public search: generous for a person typing, a wall for a scraper.
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['communes'],
        summary: 'Rechercher une commune par nom ou code postal',
        querystring: CommuneSearchQuery,
        response: { 200: CommuneSearchResponse, 400: ApiError, 429: ApiError },
      },
    },
    async (request) => ({ communes: searchCommunes(request.query.q) }),
  );
};
