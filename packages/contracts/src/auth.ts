import { z } from 'zod';
import { EmployeeBand, Role, Sector, Timestamp } from './common.ts';
import { passwordProblem } from './rules.ts';
import { isValidSiret, normaliseSiret, SIRET_KEY_PROBLEM } from './siret.ts';
import { oneLine } from './text.ts';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './rules.ts';

export const Email = oneLine(
  z
    .string({ error: 'Indiquez une adresse e-mail.' })
    .trim()
    .toLowerCase()
    .max(254, { error: 'Adresse e-mail trop longue.' }),
).pipe(z.email({ error: 'Adresse e-mail invalide.' }));

export const NewPassword = z
  .string({ error: 'Indiquez un mot de passe.' })
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const Siret = z
  .string({ error: 'Indiquez le numéro SIRET.' })
  .transform(normaliseSiret)
  .refine((value) => /^\d{14}$/.test(value), {
    error: 'Le SIRET compte exactement 14 chiffres.',
  })
  .refine(isValidSiret, { error: SIRET_KEY_PROBLEM });

export const CommuneCode = z
  .string({ error: 'Choisissez votre commune.' })
  .trim()
  .toUpperCase()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code commune INSEE invalide.' });

export const Website = oneLine(
  z.string().trim().max(300, { error: 'Adresse du site trop longue.' }),
)
  .transform((value) => (value && !/^https?:\/\//i.test(value) ? `https://${value}` : value))
  .refine((value) => value === '' || URL.canParse(value), {
    error: 'Adresse de site internet invalide.',
  });

export const SignupBody = z
  .object({
    email: Email,
    password: NewPassword,
    businessName: oneLine(
      z
        .string({ error: 'Indiquez le nom de l’entreprise.' })
        .trim()
        .min(2, { error: 'Le nom de l’entreprise est trop court.' })
        .max(120, { error: 'Le nom de l’entreprise ne peut pas dépasser 120 caractères.' }),
    ),
    siret: Siret,
    trade: oneLine(
      z
        .string({ error: 'Indiquez votre métier.' })
        .trim()
        .min(2, { error: 'Indiquez votre métier.' })
        .max(80, { error: 'Le métier ne peut pas dépasser 80 caractères.' }),
    ),
    sector: Sector,
    communeCode: CommuneCode,
    employeeBand: EmployeeBand,
    website: Website.optional(),
    shareWithAdvisor: z.boolean().optional(),
  })
  .meta({ id: 'SignupBody' });
export type SignupBody = z.input<typeof SignupBody>;

export const LoginBody = z
  .object({
    email: oneLine(
      z.string({ error: 'Indiquez une adresse e-mail.' }).trim().toLowerCase().max(254),
    ),
    password: z.string({ error: 'Indiquez un mot de passe.' }).max(200),
  })
  .meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof LoginBody>;

export const ChamberSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  departements: z.array(z.string()),
});
export type ChamberSummary = z.infer<typeof ChamberSummary>;

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: Role,
    chamber: ChamberSummary,
    /** Whether the person followed the link sent to their address. */
    emailConfirmed: z.boolean(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const ArtisanProfile = z
  .object({
    id: z.uuid(),
    businessName: z.string(),
    siret: z.string(),
    trade: z.string(),
    sector: Sector,
    communeCode: z.string(),
    communeName: z.string(),
    departement: z.string(),
    employeeBand: EmployeeBand,
    website: z.string().nullable(),
    shareWithAdvisor: z.boolean(),
    consentAt: Timestamp.nullable(),
  })
  .meta({ id: 'ArtisanProfile' });
export type ArtisanProfile = z.infer<typeof ArtisanProfile>;

export const AuthResponse = z
  .object({ user: User, accessToken: z.string() })
  .meta({ id: 'AuthResponse' });
export type AuthResponse = z.infer<typeof AuthResponse>;

/** Sign-up answers the same whether the address was new or not: check your inbox. */
export const SignupAccepted = z
  .object({ status: z.literal('confirmation-sent'), email: z.string() })
  .meta({ id: 'SignupAccepted' });
export type SignupAccepted = z.infer<typeof SignupAccepted>;

export const OneTimeTokenBody = z.object({
  token: z
    .string({ error: 'Le lien est incomplet : ouvrez-le tel quel depuis l’e-mail reçu.' })
    .trim()
    .min(20, { error: 'Le lien est incomplet : ouvrez-le tel quel depuis l’e-mail reçu.' })
    .max(200, { error: 'Ce lien n’est pas valide.' })
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'Ce lien n’est pas valide.' }),
});

export const EmailConfirmed = z
  .object({ status: z.literal('confirmed'), email: z.string() })
  .meta({ id: 'EmailConfirmed' });
export type EmailConfirmed = z.infer<typeof EmailConfirmed>;

export const Me = User.extend({ artisan: ArtisanProfile.optional() }).meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const Commune = z.object({
  code: z.string(),
  name: z.string(),
  departement: z.string(),
  postcodes: z.array(z.string()),
});
export type Commune = z.infer<typeof Commune>;

export const CommuneSearchQuery = z.object({
  q: oneLine(
    z
      .string({ error: 'Indiquez un nom de commune ou un code postal.' })
      .trim()
      .min(2, { error: 'Tapez au moins 2 caractères.' })
      .max(80),
  ),
});
export const CommuneSearchResponse = z.object({ communes: z.array(Commune) });
export type CommuneSearchResponse = z.infer<typeof CommuneSearchResponse>;

export const PasswordResetBody = z.object({ email: Email }).meta({ id: 'PasswordResetBody' });
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

export const PasswordResetAccepted = z
  .object({ status: z.literal('reset-sent'), email: z.string() })
  .meta({ id: 'PasswordResetAccepted' });
export type PasswordResetAccepted = z.infer<typeof PasswordResetAccepted>;

export const PasswordResetConfirmBody = OneTimeTokenBody.extend({ password: NewPassword }).meta({
  id: 'PasswordResetConfirmBody',
});
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBody>;

export const PasswordChanged = z
  .object({ status: z.literal('password-changed'), email: z.string() })
  .meta({ id: 'PasswordChanged' });
export type PasswordChanged = z.infer<typeof PasswordChanged>;
