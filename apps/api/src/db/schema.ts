import type {
  EmployeeBand,
  RegistrationStatus,
  Role,
  Sector,
  ThemeKey,
  WorkshopLevel,
} from '@capnum/contracts';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Row types for every table, in one place (kysely example `user.table.ts`). */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ChamberTable {
  id: Generated<string>;
  name: string;
  departements: string[];
  /** Made by the demo seed: never merged with a real chamber of the same name. */
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  role: Role;
  chamber_id: string;
  /** Bumped to end every session of the account (password change, deactivation). */
  session_version: Generated<number>;
  deactivated_at: Timestamp | null;
  /** Set when the person followed the link sent to the address; nothing e-mails them before. */
  email_confirmed_at: Timestamp | null;
  /** Advisors and staff: the name artisans read in their access log. */
  display_name: string | null;
  /** Last sign-in or session refresh: what the retention run reads. */
  last_seen_at: Generated<Date>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ArtisanTable {
  id: Generated<string>;
  /** Null once erased: the row is then anonymous, kept only for the aggregates. */
  user_id: string | null;
  chamber_id: string;
  business_name: string;
  siret: string;
  trade: string;
  sector: Sector;
  commune_code: string;
  commune_name: string;
  departement: string;
  employee_band: EmployeeBand;
  website: string | null;
  share_with_advisor: Generated<boolean>;
  consent_at: Timestamp | null;
  consent_version: string | null;
  /** Another business already claimed this SIRET: the chamber reviews it. */
  siret_conflict_at: Timestamp | null;
  siret_reviewed_at: Timestamp | null;
  siret_reviewed_by: string | null;
  /** Erased (by the artisan or the retention run): every identifier is blank. */
  erased_at: Timestamp | null;
  /** When the retention run warned the artisan that their account would be anonymised. */
  retention_warned_at: Timestamp | null;
  created_at: CreatedAt;
  /** The latest submitted assessment, kept by a trigger for the member list. */
  latest_assessment_id: ColumnType<string | null, never, never>;
  latest_assessment_at: ColumnType<Date | null, never, never>;
  latest_score: ColumnType<number | null, never, never>;
  latest_level: ColumnType<number | null, never, never>;
  latest_visibility: ColumnType<number | null, never, never>;
  latest_referencing: ColumnType<number | null, never, never>;
  latest_content: ColumnType<number | null, never, never>;
  latest_social: ColumnType<number | null, never, never>;
  /** The assessment before the latest one: its date and theme scores. */
  previous_assessment_at: ColumnType<Date | null, never, never>;
  previous_visibility: ColumnType<number | null, never, never>;
  previous_referencing: ColumnType<number | null, never, never>;
  previous_content: ColumnType<number | null, never, never>;
  previous_social: ColumnType<number | null, never, never>;
  weakest_theme: ColumnType<ThemeKey | null, never, never>;
  /** Lower-case, accent-free name, SIRET and commune (generated). */
  search_text: ColumnType<string, never, never>;
}

export interface RefreshTokenTable {
  id: Generated<string>;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  replaced_by: string | null;
  race_answered_at: Timestamp | null;
  created_at: CreatedAt;
}

export type OneTimeTokenPurpose = 'email-confirmation' | 'invitation' | 'password-reset';

export interface OneTimeTokenTable {
  id: Generated<string>;
  purpose: OneTimeTokenPurpose;
  email: string;
  user_id: string | null;
  chamber_id: string | null;
  token_hash: string;
  payload: unknown | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

/** Written by triggers when an account changes in a way that makes its tokens stale. */
export interface AccountEventTable {
  id: Generated<number>;
  user_id: string;
  created_at: CreatedAt;
}

export interface OutboxTable {
  id: Generated<string>;
  chamber_id: string | null;
  to_email: string;
  subject: string;
  body: string;
  html: string | null;
  /** [{ filename, content, contentType }] */
  attachments: ColumnType<unknown, string | null | undefined, string | null>;
  sent_at: Timestamp | null;
  /** Failed deliveries so far; the next try waits longer each time. */
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  last_error: string | null;
  /** A sender's lease on the row while it delivers it (several instances may run). */
  claimed_until: Timestamp | null;
  created_at: CreatedAt;
}

export interface AuditEventTable {
  id: Generated<string>;
  chamber_id: string | null;
  actor_id: string | null;
  action: string;
  details: ColumnType<unknown, string | undefined, string>;
  created_at: CreatedAt;
}

export interface AdvisorScopeTable {
  advisor_id: string;
  chamber_id: string;
  departement: string;
}

export interface ConsentEventTable {
  id: Generated<string>;
  artisan_id: string;
  chamber_id: string;
  granted: boolean;
  text_version: string;
  at: Timestamp;
}

export interface MemberNoteTable {
  id: Generated<string>;
  chamber_id: string;
  artisan_id: string;
  author_id: string | null;
  author_name: string;
  text: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MemberVisitTable {
  artisan_id: string;
  chamber_id: string;
  planned_on: string;
  planned_by: string | null;
  updated_at: Timestamp;
}

export type AccessLogWhat = 'file' | 'brief' | 'stop-pack';

export interface AccessLogTable {
  id: Generated<string>;
  chamber_id: string;
  artisan_id: string;
  viewer_id: string | null;
  viewer_name: string;
  viewer_role: string;
  what: AccessLogWhat;
  at: Timestamp;
}

export interface InvitationTable {
  id: Generated<string>;
  chamber_id: string;
  email: string;
  role: 'advisor' | 'staff';
  display_name: string;
  departements: string[];
  invited_by: string | null;
  sent_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface Database {
  invitations: InvitationTable;
  chambers: ChamberTable;
  advisor_scopes: AdvisorScopeTable;
  consent_events: ConsentEventTable;
  member_notes: MemberNoteTable;
  member_visits: MemberVisitTable;
  access_log: AccessLogTable;
  users: UserTable;
  artisans: ArtisanTable;
  refresh_tokens: RefreshTokenTable;
  account_events: AccountEventTable;
  one_time_tokens: OneTimeTokenTable;
  outbox: OutboxTable;
  audit_events: AuditEventTable;
  questionnaires: QuestionnaireTable;
  assessments: AssessmentTable;
  workshops: WorkshopTable;
  tours: TourTable;
  stops: StopTable;
  sessions: SessionTable;
  registrations: RegistrationTable;
}

export type Chamber = Selectable<ChamberTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type ArtisanRow = Selectable<ArtisanTable>;
export type NewArtisan = Insertable<ArtisanTable>;
export type ArtisanUpdate = Updateable<ArtisanTable>;
export type RefreshTokenRow = Selectable<RefreshTokenTable>;

export interface QuestionnaireTable {
  version: number;
  content: ColumnType<unknown, string, never>;
  published_at: CreatedAt;
}

export interface AssessmentTable {
  id: Generated<string>;
  artisan_id: string;
  chamber_id: string;
  status: 'draft' | 'submitted';
  questionnaire_version: number;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  idempotency_key: string | null;
  scoring_version: string | null;
  profile: ColumnType<unknown, string | null | undefined, string | null>;
  score_overall: number | null;
  score_visibility: number | null;
  score_referencing: number | null;
  score_content: number | null;
  score_social: number | null;
  level_overall: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  submitted_at: Timestamp | null;
}

export interface WorkshopTable {
  id: Generated<string>;
  chamber_id: string;
  key: string;
  theme: ThemeKey;
  level: WorkshopLevel;
  title: string;
  description: string;
  duration_minutes: number;
  created_at: CreatedAt;
}

export interface TourTable {
  id: Generated<string>;
  chamber_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface StopTable {
  id: Generated<string>;
  tour_id: string;
  chamber_id: string;
  commune_code: string;
  commune_name: string;
  departement: string;
  /** 'YYYY-MM-DD', the calendar day in Europe/Paris (the drivers are told not to parse it). */
  date: string;
  address: string;
  created_at: CreatedAt;
}

export interface SessionTable {
  id: Generated<string>;
  stop_id: string;
  chamber_id: string;
  workshop_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  capacity: number;
  cancelled_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RegistrationTable {
  id: Generated<string>;
  session_id: string;
  artisan_id: string;
  chamber_id: string;
  status: RegistrationStatus;
  /** Identity column: arrival order, never written by the application. */
  arrival: ColumnType<number, never, never>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  cancelled_at: Timestamp | null;
}
