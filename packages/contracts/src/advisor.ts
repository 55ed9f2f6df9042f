import { z } from 'zod';
import { Assessment } from './assessment.ts';
import { Benchmark } from './benchmark.ts';
import { EmployeeBand, Role, Sector, ThemeKey, Timestamp } from './common.ts';
import { multiLine, oneLine } from './text.ts';
import { LocalDate, TourStopSummary } from './tour.ts';

// Advisors: the consenting members of their chamber and départements, a
// member's file and visit brief, notes, stop packs; the artisan's consent and
// the access log they read.

/** The version of the sharing text the artisan accepts (shown with the checkbox). */
export const CONSENT_TEXT_VERSION = '2026-01';

export const DepartementCode = z
  .string({ error: 'Indiquez un département.' })
  .regex(/^(\d{2}|2[AB]|97\d)$/, { error: 'Code de département invalide (exemple : 89).' });

export const memberSorts = ['name', 'score', 'last-assessment'] as const;
export const MEMBER_PAGE_SIZE = 20;

const booleanFlag = z
  .enum(['true', 'false'], { error: 'Indiquez true ou false.' })
  .transform((value) => value === 'true');

export const MemberListQuery = z.object({
  q: oneLine(z.string().trim().max(100, { error: 'Recherche trop longue (100 caractères).' }))
    .optional()
    .describe('Nom de l’entreprise, SIRET ou commune, même partiels, sans accents ni majuscules'),
  departement: DepartementCode.optional(),
  sector: Sector.optional(),
  employeeBand: EmployeeBand.optional(),
  level: z.coerce
    .number({ error: 'Niveau invalide.' })
    .int()
    .min(1, { error: 'Le niveau va de 1 à 4.' })
    .max(4, { error: 'Le niveau va de 1 à 4.' })
    .optional(),
  weakestTheme: ThemeKey.optional(),
  stopId: z.uuid({ error: 'Étape invalide.' }).optional(),
  withoutRecentAssessment: booleanFlag
    .optional()
    .describe('true : aucun autodiagnostic depuis 12 mois (ou jamais)'),
  sort: z
    .enum(memberSorts, { error: 'Tri inconnu : name, score ou last-assessment.' })
    .default('name'),
  page: z.coerce
    .number({ error: 'Page invalide.' })
    .int()
    .min(1, { error: 'Page invalide.' })
    .max(100_000, { error: 'Page invalide.' })
    .default(1),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;

export const MemberSummary = z
  .object({
    id: z.uuid().describe('Identifiant de l’artisan'),
    businessName: z.string(),
    trade: z.string(),
    sector: Sector,
    communeName: z.string(),
    departement: z.string(),
    employeeBand: EmployeeBand,
    latestAssessmentAt: Timestamp.nullable(),
    score: z.number().int().nullable(),
    level: z.number().int().min(1).max(4).nullable(),
    weakestTheme: ThemeKey.nullable(),
  })
  .meta({ id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof MemberSummary>;

export const MemberList = z
  .object({
    items: z.array(MemberSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'MemberList' });
export type MemberList = z.infer<typeof MemberList>;

export const MemberNote = z
  .object({
    id: z.uuid(),
    text: z.string(),
    authorName: z.string(),
    mine: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    editableUntil: Timestamp.nullable().describe('Fin des 24 h où l’auteur peut la modifier'),
  })
  .meta({ id: 'MemberNote' });
export type MemberNote = z.infer<typeof MemberNote>;

export const NoteBody = z.object({
  text: multiLine(
    z
      .string({ error: 'Écrivez la note.' })
      .trim()
      .min(1, { error: 'Écrivez la note.' })
      .max(4000, { error: 'Une note ne dépasse pas 4 000 caractères.' }),
  ),
});
export type NoteBody = z.infer<typeof NoteBody>;

export const MemberBooking = z.object({
  sessionId: z.uuid(),
  workshopTitle: z.string(),
  theme: ThemeKey,
  startsAt: Timestamp,
  endsAt: Timestamp,
  status: z.enum(['confirmed', 'waitlisted', 'attended', 'cancelled']),
  stop: z.object({ id: z.uuid(), communeName: z.string(), date: LocalDate }),
});
export type MemberBooking = z.infer<typeof MemberBooking>;

export const CoachingTopic = z.object({
  questionId: z.string(),
  theme: ThemeKey,
  question: z.string(),
  advice: z.string().nullable(),
});
export type CoachingTopic = z.infer<typeof CoachingTopic>;

export const MemberAnswer = z.object({
  questionId: z.string(),
  theme: ThemeKey,
  question: z.string(),
  answer: z.string().describe('Les réponses choisies, « Je ne sais pas » ou « Non concerné »'),
  unknown: z.boolean(),
});
export type MemberAnswer = z.infer<typeof MemberAnswer>;

export const MemberFile = z
  .object({
    member: MemberSummary.extend({
      siret: z.string(),
      website: z.string().nullable(),
      email: z.string(),
      sharingSince: Timestamp.nullable(),
    }),
    assessments: z.array(Assessment).describe('Du plus récent au plus ancien'),
    answers: z.array(MemberAnswer).describe('Les réponses du dernier autodiagnostic'),
    coachingTopics: z
      .array(CoachingTopic)
      .describe('Les réponses « Je ne sais pas » du dernier autodiagnostic'),
    bookings: z.array(MemberBooking),
    notes: z.array(MemberNote),
    plannedVisit: LocalDate.nullable(),
    benchmark: Benchmark.nullable().describe(
      'Où se situe le dernier autodiagnostic parmi des artisans comparables (absent sans autodiagnostic)',
    ),
  })
  .meta({ id: 'MemberFile' });
export type MemberFile = z.infer<typeof MemberFile>;

export const VisitBody = z.object({
  plannedOn: LocalDate.nullable(),
});

export const StopPack = z
  .object({
    stop: TourStopSummary,
    members: z.array(
      z.object({
        member: MemberSummary,
        sessions: z.array(
          z.object({
            sessionId: z.uuid(),
            workshopTitle: z.string(),
            theme: ThemeKey,
            startsAt: Timestamp,
            status: z.enum(['confirmed', 'waitlisted', 'attended']),
          }),
        ),
      }),
    ),
    briefs: z.array(MemberFile).describe('La fiche de chaque membre, dans l’ordre de la liste'),
  })
  .meta({ id: 'StopPack' });
export type StopPack = z.infer<typeof StopPack>;

// ---------------------------------------------------------------- the artisan's side

export const ConsentBody = z.object({
  shareWithAdvisor: z.boolean({ error: 'Indiquez true ou false.' }),
});

export const Consent = z
  .object({
    shareWithAdvisor: z.boolean(),
    textVersion: z.string(),
    history: z.array(z.object({ granted: z.boolean(), at: Timestamp, textVersion: z.string() })),
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof Consent>;

export const accessLogKinds = ['file', 'brief', 'stop-pack'] as const;

export const AccessLogEntry = z.object({
  id: z.uuid(),
  at: Timestamp,
  what: z.enum(accessLogKinds),
  viewerName: z.string(),
  viewerRole: Role,
  chamberName: z.string(),
  sentence: z.string().describe('La consultation, en une phrase'),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const AccessLog = z.object({ entries: z.array(AccessLogEntry) }).meta({ id: 'AccessLog' });
export type AccessLog = z.infer<typeof AccessLog>;

// ---------------------------------------------------------------- staff: the team

export const TeamMember = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: Role,
    displayName: z.string().nullable(),
    departements: z.array(z.string()).describe('Départements suivis (un conseiller) ; vide : tous'),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMember>;

export const Team = z
  .object({ members: z.array(TeamMember), chamberDepartements: z.array(z.string()) })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const ScopeBody = z.object({
  departements: z
    .array(DepartementCode)
    .max(20)
    .describe('Les départements suivis ; une liste vide : tous ceux de la chambre'),
});
