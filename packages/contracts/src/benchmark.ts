import { z } from 'zod';
import { ThemeKey, Timestamp } from './common.ts';

/** The comparison groups, from the most specific to everyone. */
export const benchmarkScopes = [
  'sector-band-departement',
  'sector-departement',
  'sector-chamber',
  'sector',
  'everyone',
] as const;
export const BenchmarkScope = z.enum(benchmarkScopes);
export type BenchmarkScope = z.infer<typeof BenchmarkScope>;

export const BenchmarkGroup = z
  .object({
    scope: BenchmarkScope,
    label: z
      .string()
      .describe(
        'Le groupe en français : « comparé à 37 artisans de l’alimentation de 1 à 2 salariés dans l’Yonne »',
      ),
    size: z.number().int().describe('Nombre d’artisans du groupe (jamais sous le minimum)'),
  })
  .meta({ id: 'BenchmarkGroup' });
export type BenchmarkGroup = z.infer<typeof BenchmarkGroup>;

/** Where one score stands in the group: no minimum, no maximum, nothing about one artisan. */
export const BenchmarkPosition = z
  .object({
    score: z.number().int().describe('Le score de l’autodiagnostic comparé'),
    percentile: z
      .number()
      .int()
      .min(0)
      .max(100)
      .describe(
        'Rang centile : part du groupe au score plus bas, les ex aequo comptant pour moitié',
      ),
    lowerQuartile: z.number().describe('Premier quartile du groupe'),
    median: z.number().describe('Médiane du groupe'),
    upperQuartile: z.number().describe('Troisième quartile du groupe'),
  })
  .meta({ id: 'BenchmarkPosition' });
export type BenchmarkPosition = z.infer<typeof BenchmarkPosition>;

export const BenchmarkComparison = z.object({
  group: BenchmarkGroup,
  overall: BenchmarkPosition,
  themes: z.array(BenchmarkPosition.extend({ key: ThemeKey })),
});
export type BenchmarkComparison = z.infer<typeof BenchmarkComparison>;

export const Benchmark = z
  .object({
    assessmentId: z.uuid(),
    minimumGroupSize: z.number().int(),
    since: Timestamp.describe(
      'Début de la période : les derniers autodiagnostics des 24 derniers mois',
    ),
    comparison: BenchmarkComparison.nullable().describe(
      'Absent tant qu’aucun groupe n’atteint le nombre minimum d’artisans',
    ),
  })
  .meta({ id: 'Benchmark' });
export type Benchmark = z.infer<typeof Benchmark>;

/** The percentile of each of the artisan's assessments, against today's group. */
export const BenchmarkHistory = z
  .object({
    minimumGroupSize: z.number().int(),
    since: Timestamp,
    group: BenchmarkGroup.nullable(),
    points: z
      .array(
        z.object({
          assessmentId: z.uuid(),
          submittedAt: Timestamp,
          overall: z.number().int().min(0).max(100),
          themes: z.record(ThemeKey, z.number().int().min(0).max(100)),
        }),
      )
      .describe('Du plus ancien au plus récent ; vide sans groupe assez grand'),
  })
  .meta({ id: 'BenchmarkHistory' });
export type BenchmarkHistory = z.infer<typeof BenchmarkHistory>;
