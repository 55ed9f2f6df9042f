import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { migrationsApplied } from '../../db/migrate.ts';

const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.enum(['ok', 'failed'])).optional(),
});

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/health/live',
    { schema: { tags: ['santé'], summary: 'Le processus répond', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['santé'],
        summary: 'Base joignable et migrations appliquées',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const checks: Record<string, 'ok' | 'failed'> = { database: 'failed', migrations: 'failed' };
      try {
        await sql`select 1`.execute(db);
        checks.database = 'ok';
        checks.migrations = (await migrationsApplied(db)) ? 'ok' : 'failed';
      } catch (error) {
        app.log.warn({ err: error }, 'readiness check failed');
      }
      const ready = checks.database === 'ok' && checks.migrations === 'ok';
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
    },
  );
};
