import { z } from 'zod';
import { DepartementCode } from './advisor.ts';
import { Sector, ThemeKey } from './common.ts';
import { LocalDate } from './tour.ts';

// Staff statistics: grouped counts and scores of the chamber's latest
// assessments, with small groups hidden (DESIGN.md, "Aggregates and privacy").

export const aggregateDimensions = [
  'departement',
  'sector',
  'employeeBand',
  'level',
  'month',
  'quarter',
] as const;
export type AggregateDimension = (typeof aggregateDimensions)[number];

const dimensionList = z.string().transform((value, context) => {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter(
    (name) => !(aggregateDimensions as readonly string[]).includes(name),
  );
  if (unknown.length > 0) {
    context.addIssue({
      code: 'custom',
      message: `Regroupement inconnu : ${unknown.join(', ')}. Choisissez parmi ${aggregateDimensions.join(', ')}.`,
    });
    return z.NEVER;
  }
  if (new Set(names).size !== names.length) {
    context.addIssue({ code: 'custom', message: 'Un regroupement est répété.' });
    return z.NEVER;
  }
  if (names.includes('month') && names.includes('quarter')) {
    context.addIssue({
      code: 'custom',
      message: 'Choisissez le mois ou le trimestre, pas les deux.',
    });
    return z.NEVER;
  }
  if (names.length > 3) {
    context.addIssue({ code: 'custom', message: 'Trois regroupements au plus.' });
    return z.NEVER;
  }
  return names as AggregateDimension[];
});

export const AggregatesQuery = z
  .object({
    groupBy: dimensionList
      .optional()
      .describe(
        'Regroupements séparés par des virgules : departement, sector, employeeBand, level, month, quarter',
      ),
    from: LocalDate.optional().describe(
      'Premier jour inclus (AAAA-MM-JJ) ; par défaut il y a 12 mois',
    ),
    to: LocalDate.optional().describe('Dernier jour inclus (AAAA-MM-JJ) ; par défaut aujourd’hui'),
    departement: DepartementCode.optional(),
    sector: Sector.optional(),
    theme: ThemeKey.optional().describe('Ne donner les moyennes et médianes que de ce thème'),
    questionnaireVersion: z.coerce
      .number({ error: 'Version de questionnaire invalide.' })
      .int()
      .min(1, { error: 'Version de questionnaire invalide.' })
      .optional(),
  })
  .strict();
export type AggregatesQuery = z.infer<typeof AggregatesQuery>;

const Measure = z.object({ mean: z.number(), median: z.number() });

export const AggregateRow = z
  .object({
    keys: z
      .partialRecord(z.enum(aggregateDimensions), z.string())
      .describe('Les valeurs des regroupements ; un total n’a pas celles qu’il additionne'),
    total: z.boolean().describe('Ligne de total (un ou plusieurs regroupements additionnés)'),
    suppressed: z
      .boolean()
      .describe('Moins de k artisans, ou masquée pour protéger une autre : aucun chiffre'),
    n: z.number().int().nullable(),
    overall: Measure.nullable(),
    themes: z.partialRecord(ThemeKey, Measure).nullable(),
    levels: z
      .object({
        1: z.number().int().nullable(),
        2: z.number().int().nullable(),
        3: z.number().int().nullable(),
        4: z.number().int().nullable(),
      })
      .nullable()
      .describe('Artisans par niveau global ; null : nombre masqué'),
  })
  .meta({ id: 'AggregateRow' });
export type AggregateRow = z.infer<typeof AggregateRow>;

export const Aggregates = z
  .object({
    k: z.number().int(),
    groupBy: z.array(z.enum(aggregateDimensions)),
    from: LocalDate,
    to: LocalDate,
    rows: z.array(AggregateRow),
    totals: z.array(AggregateRow),
  })
  .meta({ id: 'Aggregates' });
export type Aggregates = z.infer<typeof Aggregates>;

export const ImpactQuery = z
  .object({
    from: LocalDate.optional().describe('Ateliers suivis à partir de ce jour'),
    to: LocalDate.optional().describe('Ateliers suivis jusqu’à ce jour inclus'),
  })
  .strict();
export type ImpactQuery = z.infer<typeof ImpactQuery>;

const ImpactGroup = z.object({
  n: z.number().int().nullable().describe('Artisans comptés ; null : moins de k, masqué'),
  meanChange: z.number().nullable().describe('Points gagnés en moyenne sur ce thème'),
});

export const Impact = z
  .object({
    k: z.number().int(),
    themes: z.array(
      z.object({
        theme: ThemeKey,
        attended: ImpactGroup.describe(
          'Passés par un atelier du thème : autodiagnostic d’avant l’atelier → premier d’après',
        ),
        others: ImpactGroup.describe(
          'Jamais passés par un atelier du thème : leurs deux derniers autodiagnostics',
        ),
      }),
    ),
  })
  .meta({ id: 'Impact' });
export type Impact = z.infer<typeof Impact>;

export const VanActivity = z
  .object({
    k: z.number().int(),
    stops: z.array(
      z.object({
        id: z.uuid(),
        communeName: z.string(),
        date: LocalDate,
        attendees: z.number().int(),
        reassessedShare: z
          .number()
          .nullable()
          .describe(
            'Part des présents qui ont refait leur autodiagnostic dans les 6 mois ; null : moins de k présents',
          ),
        sessions: z.array(
          z.object({
            id: z.uuid(),
            workshopTitle: z.string(),
            startsAt: z.iso.datetime({ offset: true }),
            capacity: z.number().int(),
            registered: z.number().int(),
            waitlisted: z.number().int(),
            attended: z.number().int(),
            noShows: z
              .number()
              .int()
              .nullable()
              .describe('Inscrits non venus ; null avant la fin de la séance'),
            attendanceRate: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'VanActivity' });
export type VanActivity = z.infer<typeof VanActivity>;
