import { z } from 'zod';
import { DepartementCode } from './advisor.ts';
import { ArtisanProfile, Email, NewPassword, OneTimeTokenBody, SignupBody } from './auth.ts';
import { EmployeeBand, Role, Timestamp } from './common.ts';
import { oneLine } from './text.ts';

// Accounts the chamber runs itself (invitations, the team), and the artisan's RGPD rights.

export const DisplayName = oneLine(
  z
    .string({ error: 'Indiquez le prénom et le nom.' })
    .trim()
    .min(2, { error: 'Indiquez le prénom et le nom.' })
    .max(80, { error: 'Le nom ne peut pas dépasser 80 caractères.' }),
);

export const teamRoles = ['advisor', 'staff'] as const;
export const TeamRole = z.enum(teamRoles, {
  error: 'Choisissez le rôle : conseiller ou équipe de la chambre.',
});
export type TeamRole = z.infer<typeof TeamRole>;

export const InvitationBody = z
  .object({
    email: Email,
    role: TeamRole,
    displayName: DisplayName,
    departements: z
      .array(DepartementCode)
      .max(20)
      .default([])
      .describe('Pour un conseiller : les départements suivis ; vide : tous'),
  })
  .meta({ id: 'InvitationBody' });
export type InvitationBody = z.input<typeof InvitationBody>;

export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const InvitationStatus = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const Invitation = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: TeamRole,
    displayName: z.string(),
    departements: z.array(z.string()),
    status: InvitationStatus,
    sentAt: Timestamp,
    expiresAt: Timestamp,
    acceptedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const Invitations = z
  .object({ invitations: z.array(Invitation) })
  .meta({ id: 'Invitations' });
export type Invitations = z.infer<typeof Invitations>;

export const InvitationAcceptBody = OneTimeTokenBody.extend({ password: NewPassword }).meta({
  id: 'InvitationAcceptBody',
});
export type InvitationAcceptBody = z.infer<typeof InvitationAcceptBody>;

/** What an artisan edits in "Mon compte"; the SIRET and the commune go through the chamber. */
export const BusinessDetailsBody = SignupBody.pick({
  businessName: true,
  trade: true,
  sector: true,
  employeeBand: true,
  website: true,
}).meta({ id: 'BusinessDetailsBody' });
export type BusinessDetailsBody = z.input<typeof BusinessDetailsBody>;

export const DisplayNameBody = z.object({ displayName: DisplayName });

export const PasswordChangeBody = z
  .object({
    currentPassword: z.string({ error: 'Indiquez votre mot de passe actuel.' }).max(200),
    newPassword: NewPassword,
  })
  .meta({ id: 'PasswordChangeBody' });
export type PasswordChangeBody = z.infer<typeof PasswordChangeBody>;

export const ErasureBody = z
  .object({
    password: z
      .string({ error: 'Indiquez votre mot de passe pour confirmer.' })
      .min(1, { error: 'Indiquez votre mot de passe pour confirmer.' })
      .max(200),
  })
  .meta({ id: 'ErasureBody' });
export type ErasureBody = z.infer<typeof ErasureBody>;

export const AccountErased = z
  .object({ status: z.literal('erased') })
  .meta({ id: 'AccountErased' });
export type AccountErased = z.infer<typeof AccountErased>;

// ------------------------------------------------------------- the outbox, outside production

export const SentEmail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  attachments: z.array(z.string()).describe('Noms des fichiers joints'),
});
export type SentEmail = z.infer<typeof SentEmail>;

export const SentEmails = z.object({ emails: z.array(SentEmail) }).meta({ id: 'SentEmails' });
export type SentEmails = z.infer<typeof SentEmails>;

// ------------------------------------------------------------- the artisan's data, to take away

const Scores = z.object({
  overall: z.number().nullable(),
  visibility: z.number().nullable(),
  referencing: z.number().nullable(),
  content: z.number().nullable(),
  social: z.number().nullable(),
});

export const MyData = z
  .object({
    exportedAt: Timestamp,
    account: z.object({
      email: z.string(),
      role: Role,
      createdAt: Timestamp,
      emailConfirmedAt: Timestamp.nullable(),
      lastSeenAt: Timestamp,
      chamber: z.string(),
    }),
    business: ArtisanProfile.extend({ employeeBand: EmployeeBand }),
    assessments: z.array(
      z.object({
        id: z.uuid(),
        status: z.enum(['draft', 'submitted']),
        questionnaireVersion: z.number().int(),
        createdAt: Timestamp,
        submittedAt: Timestamp.nullable(),
        level: z.number().int().nullable(),
        scores: Scores,
        answers: z.record(z.string(), z.unknown()),
        profile: z.unknown(),
      }),
    ),
    bookings: z.array(
      z.object({
        id: z.uuid(),
        status: z.string(),
        bookedAt: Timestamp,
        cancelledAt: Timestamp.nullable(),
        workshop: z.string(),
        startsAt: Timestamp,
        stop: z.string(),
      }),
    ),
    consentHistory: z.array(
      z.object({ granted: z.boolean(), at: Timestamp, textVersion: z.string() }),
    ),
    accessLog: z.array(z.object({ at: Timestamp, sentence: z.string() })),
    advisorNotes: z
      .array(z.object({ at: Timestamp, author: z.string(), text: z.string() }))
      .describe('Les notes des conseillers de la chambre sur mon entreprise'),
  })
  .meta({ id: 'MyData' });
export type MyData = z.infer<typeof MyData>;
