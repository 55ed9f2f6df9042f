import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => value || undefined);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Only this machine, unless the operator says otherwise (Docker sets 0.0.0.0).
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: optionalText,
    DATA_DIR: z.string().default('./data'),
    JWT_SECRET: optionalText,
    /** Demo accounts and data: in development, or when asked for explicitly. */
    DEMO_DATA: z
      .enum(['0', '1', 'false', 'true'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === '1' || value === 'true')),
    /** The OpenAPI document and its viewer at /api/docs. */
    API_DOCS: z
      .enum(['on', 'off'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'on')),
    AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    /**
     * The reverse proxy in front of the API, so that limits apply to the client's address:
     * absent (trust nothing), `true`, a hop count, or comma-separated addresses / CIDR ranges.
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value): boolean | number | string[] => {
        const text = value?.trim() ?? '';
        if (text === '' || text === 'false') return false;
        if (text === 'true') return true;
        if (/^\d+$/.test(text)) return Number(text);
        return text
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean);
      }),
    SMTP_URL: optionalText,
    /** Shared by several API instances: rate-limit and failed-login counters. Absent: in memory. */
    REDIS_URL: optionalText,
    K_ANONYMITY: z.coerce
      .number()
      .int()
      .min(5, { error: 'K_ANONYMITY ne peut pas être inférieur à 5.' })
      .default(5),
    /** The smallest group of artisans a peer comparison may use (never below K_ANONYMITY). */
    BENCHMARK_MIN_GROUP: z.coerce
      .number()
      .int()
      .min(5, { error: 'BENCHMARK_MIN_GROUP ne peut pas être inférieur à 5.' })
      .optional(),
    /** Artisans inactive this long are anonymised (warned by e-mail a month before). */
    RETENTION_MONTHS: z.coerce
      .number()
      .int()
      .min(2, { error: 'RETENTION_MONTHS doit valoir au moins 2 (mois).' })
      .max(120)
      .default(36),
    PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, context) => {
    // A comparison group is an aggregate: never smaller than the cells the statistics hide.
    if (env.BENCHMARK_MIN_GROUP !== undefined && env.BENCHMARK_MIN_GROUP < env.K_ANONYMITY) {
      context.addIssue({
        code: 'custom',
        path: ['BENCHMARK_MIN_GROUP'],
        message: `BENCHMARK_MIN_GROUP (${env.BENCHMARK_MIN_GROUP}) ne peut pas être inférieur à K_ANONYMITY (${env.K_ANONYMITY}).`,
      });
    }
    // Outside development and test, a missing or weak secret stops the start (epic-stack env.server.ts).
    if (
      env.NODE_ENV !== 'development' &&
      env.NODE_ENV !== 'test' &&
      !isStrongSecret(env.JWT_SECRET)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message:
          'JWT_SECRET doit être défini hors développement, avec au moins 32 caractères aléatoires (par exemple : openssl rand -base64 48).',
      });
    }
  });

/** Long and varied enough to be random: a repeated or dictionary-like value is refused. */
export function isStrongSecret(secret: string | undefined): secret is string {
  return secret !== undefined && secret.length >= 32 && new Set(secret).size >= 16;
}

type ParsedEnv = z.infer<typeof EnvSchema>;
export type Config = Omit<
  ParsedEnv,
  'JWT_SECRET' | 'DEMO_DATA' | 'API_DOCS' | 'BENCHMARK_MIN_GROUP'
> & {
  JWT_SECRET: string;
  BENCHMARK_MIN_GROUP: number;
  DEMO_DATA: boolean;
  API_DOCS: boolean;
};

export const DEFAULT_BENCHMARK_MIN_GROUP = 15;

export const DEVELOPMENT_SECRET_FILE = 'jwt-secret';

/**
 * The development signing secret: random, made at the first start and kept in
 * the data folder, so nobody who reads the repository can forge a token.
 */
export function developmentSecret(dataDir: string): string {
  const file = resolve(dataDir, DEVELOPMENT_SECRET_FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (isStrongSecret(kept)) return kept;
  }
  mkdirSync(resolve(dataDir), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** Parses the environment once; throws with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`Configuration invalide :\n${details}`);
  }
  const parsed = result.data;
  const development = parsed.NODE_ENV === 'development';
  return {
    ...parsed,
    JWT_SECRET:
      parsed.JWT_SECRET ??
      (development ? developmentSecret(parsed.DATA_DIR) : randomBytes(48).toString('base64url')),
    DEMO_DATA: parsed.DEMO_DATA ?? development,
    // 15 by default, and never smaller than the statistics' own threshold.
    BENCHMARK_MIN_GROUP:
      parsed.BENCHMARK_MIN_GROUP ?? Math.max(DEFAULT_BENCHMARK_MIN_GROUP, parsed.K_ANONYMITY),
    API_DOCS: parsed.API_DOCS ?? true,
  };
}

/** A configuration for tests and scripts, with overrides; its secret is random per process. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}
