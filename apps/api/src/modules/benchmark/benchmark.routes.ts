import { ApiError, Benchmark, BenchmarkHistory, IdParam } from '@capnum/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/authentication.ts';
import type { BenchmarkService } from './benchmark.service.ts';

const refusals = { 401: ApiError, 403: ApiError };

/** « Comment je me situe » : the artisan's own assessments against comparable artisans. */
export const benchmarkRoutes: FastifyPluginAsyncZod<{ benchmarks: BenchmarkService }> = async (
  app,
  { benchmarks },
) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireRole('artisan'));
  const security = [{ bearerAuth: [] }];

  app.get(
    '/api/assessments/benchmark',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary:
          'Mon rang centile à chaque autodiagnostic, face au groupe comparable d’aujourd’hui',
        security,
        response: { 200: BenchmarkHistory, 404: ApiError, ...refusals },
      },
    },
    async (request) => benchmarks.history(request.user),
  );

  app.get(
    '/api/assessments/:id/benchmark',
    {
      schema: {
        tags: ['autodiagnostic'],
        summary:
          'Comment je me situe : rang centile, médiane et quartiles d’un groupe d’artisans comparables',
        security,
        params: IdParam,
        response: { 200: Benchmark, 400: ApiError, 404: ApiError, ...refusals },
      },
    },
    async (request) => benchmarks.forArtisan(request.user, request.params.id),
  );
};
