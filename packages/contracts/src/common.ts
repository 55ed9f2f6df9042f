import { z } from 'zod';
import { ErrorCode } from './errors.ts';

export const themeKeys = ['visibility', 'referencing', 'content', 'social'] as const;
export const ThemeKey = z.enum(themeKeys);
export type ThemeKey = z.infer<typeof ThemeKey>;

export const roles = ['artisan', 'advisor', 'staff'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const sectors = ['alimentation', 'batiment', 'fabrication', 'services'] as const;
export const Sector = z.enum(sectors, {
  error: 'Choisissez un secteur : alimentation, bâtiment, fabrication ou services.',
});
export type Sector = z.infer<typeof Sector>;

export const employeeBands = ['0', '1-2', '3-9', '10+'] as const;
export const EmployeeBand = z.enum(employeeBands, {
  error: 'Choisissez une tranche d’effectif : 0, 1-2, 3-9 ou 10+.',
});
export type EmployeeBand = z.infer<typeof EmployeeBand>;

/** The error body every endpoint answers with. */
export const ApiError = z
  .object({
    statusCode: z.number().int(),
    code: ErrorCode,
    message: z.string(),
    fields: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('Champs en erreur (erreurs de validation)'),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiError>;

/** An instant as the API sends it: ISO 8601 with its UTC offset. */
export const Timestamp = z.iso.datetime({ offset: true });

export const IdParam = z.object({
  id: z.uuid({ error: 'Identifiant invalide.' }),
});
