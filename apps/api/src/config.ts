import { z } from 'zod';

const DEFAULT_DEV_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    DATA_DIR: z.string().default('./data'),
    JWT_SECRET: z.string().default(DEFAULT_DEV_SECRET),
    AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    SMTP_URL: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    K_ANONYMITY: z.coerce
      .number()
      .int()
      .min(5, { error: 'K_ANONYMITY ne peut pas être inférieur à 5.' })
      .default(5),
    PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, context) => {
    // Production refuses a missing, default or weak secret (epic-stack env.server.ts).
    if (env.NODE_ENV === 'production') {
      if (env.JWT_SECRET === DEFAULT_DEV_SECRET || env.JWT_SECRET.length < 32) {
        context.addIssue({
          code: 'custom',
          path: ['JWT_SECRET'],
          message:
            'JWT_SECRET doit être défini en production, avec au moins 32 caractères aléatoires.',
        });
      }
    }
  });

export type Config = z.infer<typeof EnvSchema>;

/** Parses the environment once; throws with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`Configuration invalide :\n${details}`);
  }
  return result.data;
}

/** A configuration for tests and scripts, with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}
