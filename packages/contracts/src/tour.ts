import { workshopLevels } from '@capnum/scoring';
import { z } from 'zod';
import { CommuneCode } from './auth.ts';
import { ThemeKey, Timestamp } from './common.ts';
import { multiLine, oneLine } from './text.ts';

// The van tour: the workshop catalogue, tours → stops → sessions, and bookings.

export const WorkshopLevel = z.enum(workshopLevels, {
  error: 'Choisissez un niveau : découverte, approfondissement ou expert.',
});
export type WorkshopLevel = z.infer<typeof WorkshopLevel>;

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const;
export const RegistrationStatus = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** A calendar day, 'YYYY-MM-DD' (the van's day, in Europe/Paris). */
export const LocalDate = z.iso
  .date({ error: 'Date invalide : format attendu AAAA-MM-JJ.', abort: true })
  .refine((date) => date >= '2000-01-01' && date <= '2099-12-31', {
    error: 'Date hors de la période acceptée (2000 à 2099).',
  });

const Instant = z.iso
  .datetime({
    offset: true,
    error: 'Date et heure invalides : format ISO 8601 attendu (2026-05-26T09:00:00+02:00).',
    abort: true,
  })
  .refine((instant) => instant >= '2000' && instant < '2100', {
    error: 'Date hors de la période acceptée (2000 à 2099).',
  });

// ---------------------------------------------------------------- read side

export const Workshop = z
  .object({
    id: z.uuid(),
    key: z.string(),
    theme: ThemeKey,
    level: WorkshopLevel,
    title: z.string(),
    description: z.string(),
    durationMinutes: z.number().int(),
  })
  .meta({ id: 'Workshop' });
export type Workshop = z.infer<typeof Workshop>;

export const TourSession = z
  .object({
    id: z.uuid(),
    stopId: z.uuid(),
    workshop: Workshop,
    startsAt: Timestamp,
    endsAt: Timestamp,
    capacity: z.number().int(),
    seatsLeft: z.number().int().describe('Places confirmées encore libres (0 : liste d’attente)'),
    cancelled: z.boolean(),
  })
  .meta({ id: 'TourSession' });
export type TourSession = z.infer<typeof TourSession>;

export const TourStopSummary = z
  .object({
    id: z.uuid(),
    tourId: z.uuid(),
    communeCode: z.string(),
    communeName: z.string(),
    departement: z.string(),
    date: LocalDate,
    address: z.string(),
  })
  .meta({ id: 'TourStopSummary' });
export type TourStopSummary = z.infer<typeof TourStopSummary>;

export const TourStop = TourStopSummary.extend({
  sessions: z
    .array(TourSession)
    .describe('Par heure de début ; les séances annulées sont signalées'),
}).meta({ id: 'TourStop' });
export type TourStop = z.infer<typeof TourStop>;

export const TourStopList = z.object({ stops: z.array(TourStop) }).meta({ id: 'TourStopList' });
export type TourStopList = z.infer<typeof TourStopList>;

export const RecommendedSession = z
  .object({
    session: TourSession,
    workshop: Workshop,
    theme: ThemeKey,
    level: WorkshopLevel,
    reason: z.string().describe('Une phrase en français : pourquoi cette séance'),
    seatsLeft: z.number().int(),
    waitlist: z.boolean().describe('Séance complète : l’inscription place en liste d’attente'),
  })
  .meta({ id: 'RecommendedSession' });
export type RecommendedSession = z.infer<typeof RecommendedSession>;

export const Recommendations = z
  .object({
    stop: TourStopSummary.nullable(),
    best: z
      .array(RecommendedSession)
      .describe('Les 3 séances choisies pour l’artisan (à son niveau, sans chevauchement)'),
    sessions: z
      .array(RecommendedSession)
      .describe('Toutes les séances à venir de l’étape, classées'),
  })
  .meta({ id: 'Recommendations' });
export type Recommendations = z.infer<typeof Recommendations>;

// ---------------------------------------------------------------- bookings

const RegistrationFields = z.object({
  id: z.uuid(),
  waitlistPosition: z
    .number()
    .int()
    .nullable()
    .describe('Rang dans la liste d’attente (1 = prochain servi), null si confirmé'),
  registeredAt: Timestamp,
});

export const Registration = RegistrationFields.extend({
  sessionId: z.uuid(),
  status: z.enum(['confirmed', 'waitlisted']),
}).meta({ id: 'Registration' });
export type Registration = z.infer<typeof Registration>;

export const MyRegistration = RegistrationFields.extend({
  status: z.enum(['confirmed', 'waitlisted', 'attended']),
  session: TourSession,
  stop: TourStopSummary,
}).meta({ id: 'MyRegistration' });
export type MyRegistration = z.infer<typeof MyRegistration>;

export const MyRegistrationList = z
  .object({ registrations: z.array(MyRegistration) })
  .meta({ id: 'MyRegistrationList' });
export type MyRegistrationList = z.infer<typeof MyRegistrationList>;

// ---------------------------------------------------------------- staff management

const Title = oneLine(
  z
    .string({ error: 'Indiquez un intitulé.' })
    .trim()
    .min(3, { error: 'L’intitulé doit compter au moins 3 caractères.' })
    .max(120, { error: 'L’intitulé ne peut pas dépasser 120 caractères.' }),
);

const WorkshopKey = z
  .string({ error: 'Indiquez un identifiant.' })
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'L’identifiant ne contient que des minuscules sans accent, des chiffres et des tirets.',
  })
  .max(60, { error: 'L’identifiant ne peut pas dépasser 60 caractères.' });

const WorkshopFields = z.object({
  key: WorkshopKey.optional().describe('Déduit de l’intitulé s’il est absent'),
  theme: z.enum(ThemeKey.options, {
    error: 'Choisissez un thème : visibility, referencing, content ou social.',
  }),
  level: WorkshopLevel,
  title: Title,
  description: multiLine(
    z
      .string({ error: 'Indiquez une description.' })
      .trim()
      .min(1, { error: 'Indiquez une description.' })
      .max(2000, { error: 'La description ne peut pas dépasser 2 000 caractères.' }),
  ),
  durationMinutes: z
    .number({ error: 'Indiquez une durée en minutes.' })
    .int({ error: 'La durée est un nombre entier de minutes.' })
    .min(15, { error: 'Un atelier dure au moins 15 minutes.' })
    .max(480, { error: 'Un atelier dure au plus 8 heures (480 minutes).' }),
});

const atLeastOneField = (value: Record<string, unknown>) =>
  Object.values(value).some((field) => field !== undefined);
const NOTHING_TO_CHANGE = { error: 'Indiquez au moins un champ à modifier.' };

export const WorkshopBody = WorkshopFields.meta({ id: 'WorkshopBody' });
export type WorkshopBody = z.input<typeof WorkshopBody>;

export const WorkshopPatch = WorkshopFields.omit({ key: true })
  .partial()
  .strict()
  .refine(atLeastOneField, NOTHING_TO_CHANGE)
  .meta({ id: 'WorkshopPatch' });
export type WorkshopPatch = z.input<typeof WorkshopPatch>;

export const WorkshopList = z.object({ workshops: z.array(Workshop) }).meta({ id: 'WorkshopList' });
export type WorkshopList = z.infer<typeof WorkshopList>;

export const Tour = z
  .object({
    id: z.uuid(),
    name: z.string(),
    stopCount: z.number().int(),
    firstDate: LocalDate.nullable(),
    lastDate: LocalDate.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Tour' });
export type Tour = z.infer<typeof Tour>;

export const TourBody = z
  .object({
    name: oneLine(
      z
        .string({ error: 'Indiquez le nom de la tournée.' })
        .trim()
        .min(3, { error: 'Le nom de la tournée doit compter au moins 3 caractères.' })
        .max(120, { error: 'Le nom de la tournée ne peut pas dépasser 120 caractères.' }),
    ),
  })
  .meta({ id: 'TourBody' });
export type TourBody = z.input<typeof TourBody>;

export const TourPatch = TourBody.strict().meta({ id: 'TourPatch' });
export type TourPatch = z.input<typeof TourPatch>;

export const TourList = z.object({ tours: z.array(Tour) }).meta({ id: 'TourList' });
export type TourList = z.infer<typeof TourList>;

const StopFields = z.object({
  tourId: z.uuid({ error: 'Choisissez une tournée.' }),
  communeCode: CommuneCode,
  date: LocalDate,
  address: oneLine(
    z
      .string({ error: 'Indiquez l’adresse où stationne le van.' })
      .trim()
      .min(3, { error: 'L’adresse est trop courte.' })
      .max(200, { error: 'L’adresse ne peut pas dépasser 200 caractères.' }),
  ),
});

export const StopBody = StopFields.meta({ id: 'StopBody' });
export type StopBody = z.input<typeof StopBody>;

export const StopPatch = StopFields.partial()
  .strict()
  .refine(atLeastOneField, NOTHING_TO_CHANGE)
  .meta({ id: 'StopPatch' });
export type StopPatch = z.input<typeof StopPatch>;

export const StaffStop = TourStopSummary.extend({
  sessionCount: z.number().int(),
  createdAt: Timestamp,
}).meta({ id: 'StaffStop' });
export type StaffStop = z.infer<typeof StaffStop>;

export const StaffStopList = z.object({ stops: z.array(StaffStop) }).meta({ id: 'StaffStopList' });
export type StaffStopList = z.infer<typeof StaffStopList>;

export const StaffStopQuery = z.object({
  tourId: z.uuid({ error: 'Identifiant de tournée invalide.' }).optional(),
});

const Capacity = z
  .number({ error: 'Indiquez un nombre de places.' })
  .int({ error: 'Le nombre de places est un nombre entier.' })
  .min(1, { error: 'Une séance compte au moins 1 place.' })
  .max(500, { error: 'Une séance compte au plus 500 places.' });

export const SessionBody = z
  .object({
    stopId: z.uuid({ error: 'Choisissez une étape.' }),
    workshopId: z.uuid({ error: 'Choisissez un atelier.' }),
    startsAt: Instant,
    endsAt: Instant,
    capacity: Capacity,
  })
  .meta({ id: 'SessionBody' });
export type SessionBody = z.input<typeof SessionBody>;

export const SessionPatch = z
  .object({
    workshopId: z.uuid({ error: 'Choisissez un atelier.' }).optional(),
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    capacity: Capacity.optional(),
    cancelled: z
      .literal(true, {
        error: 'Une séance annulée ne peut pas être rétablie : seule la valeur true est acceptée.',
      })
      .optional()
      .describe('Annule la séance (définitif) et prévient les inscrits par e-mail'),
  })
  .strict()
  .refine(atLeastOneField, NOTHING_TO_CHANGE)
  .meta({ id: 'SessionPatch' });
export type SessionPatch = z.input<typeof SessionPatch>;

export const StaffSession = TourSession.extend({
  confirmedCount: z.number().int().describe('Places occupées (confirmés et présents)'),
  waitlistedCount: z.number().int(),
  attendedCount: z.number().int(),
  cancelledAt: Timestamp.nullable(),
}).meta({ id: 'StaffSession' });
export type StaffSession = z.infer<typeof StaffSession>;

export const StaffSessionList = z
  .object({ sessions: z.array(StaffSession) })
  .meta({ id: 'StaffSessionList' });
export type StaffSessionList = z.infer<typeof StaffSessionList>;

export const StaffSessionQuery = z.object({
  stopId: z.uuid({ error: 'Identifiant d’étape invalide.' }).optional(),
});

export const Registrant = z
  .object({
    id: z.uuid(),
    artisanId: z.uuid(),
    businessName: z.string(),
    email: z.string(),
    communeName: z.string(),
    status: RegistrationStatus,
    arrival: z.number().int().describe('Ordre d’arrivée des inscriptions (croissant)'),
    waitlistPosition: z.number().int().nullable(),
    registeredAt: Timestamp,
  })
  .meta({ id: 'Registrant' });
export type Registrant = z.infer<typeof Registrant>;

export const RegistrantList = z
  .object({ registrations: z.array(Registrant) })
  .meta({ id: 'RegistrantList' });
export type RegistrantList = z.infer<typeof RegistrantList>;

export const AttendanceBody = z
  .object({
    attended: z.boolean({ error: 'Indiquez attended : true (présent) ou false (absent).' }),
  })
  .strict()
  .meta({ id: 'AttendanceBody' });
export type AttendanceBody = z.infer<typeof AttendanceBody>;
