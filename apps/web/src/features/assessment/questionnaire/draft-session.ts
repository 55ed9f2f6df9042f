import type { Assessment } from '@capnum/contracts';
import type { Answers, Questionnaire } from '@capnum/scoring';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { text } from '../../../lib/i18n/index.ts';
import { type AnswerChange, assessmentApi } from '../api/assessment-api.ts';

/** Ticks closer together than this go out in one request. */
const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'refused';

export interface DraftView {
  load: 'loading' | 'failed' | 'ready';
  loadError: string;
  questionnaire: Questionnaire | null;
  /** The answers of the last assessment sent, to mark the ones kept from last time. */
  previousAnswers: Answers;
  /** What the person chose, saved or not yet: the page always shows this. */
  answers: Answers;
  save: SaveState;
  /** The API's sentence when it refused the answers for good (draft sent from another tab…). */
  saveError: string;
  /** "Réessayer" was pressed and the retry is on its way. */
  retrying: boolean;
  /** Questions whose latest answer the server has not confirmed yet. */
  unsaved: number;
}

export type SubmitOutcome =
  | { kind: 'submitted'; assessment: Assessment }
  | { kind: 'incomplete'; missingQuestionIds: string[] }
  | { kind: 'not-saved' }
  | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : text.errors.unexpected;
}

/** Worth trying again later: no network, a server error, or a session being renewed. */
function isTemporary(error: unknown): boolean {
  if (!(error instanceof ApiRequestError)) return true;
  return (
    error.isNetworkFailure || error.statusCode >= 500 || [401, 408, 429].includes(error.statusCode)
  );
}

function newIdempotencyKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * The questionnaire being filled in, for one signed-in artisan. It lives outside
 * React because the layout re-mounts the page at every step's address, and an
 * answer chosen offline must survive that: every change is queued, coalesced
 * per question, and sent in order, one request at a time, until the server has it.
 */
export class DraftSession {
  private view: DraftView = {
    load: 'loading',
    loadError: '',
    questionnaire: null,
    previousAnswers: {},
    answers: {},
    save: 'idle',
    saveError: '',
    retrying: false,
    unsaved: 0,
  };
  private readonly listeners = new Set<() => void>();
  /** The answers as the server last returned them. */
  private confirmed: Answers = {};
  /** Changes not sent yet, newest value per question. */
  private pending = new Map<string, AnswerChange>();
  /** Changes of the request on its way. */
  private sending: Map<string, AnswerChange> | null = null;
  private sendingDone: Promise<void> | null = null;
  private loading = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Kept across retries of one submission, so that a retry cannot submit twice. */
  private idempotencyKey: string | null = null;

  constructor(readonly userId: string) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftView => this.view;

  hasUnsavedChanges(): boolean {
    return this.pending.size > 0 || this.sending !== null;
  }

  private publish(change: Partial<DraftView>): void {
    const answers = { ...this.confirmed };
    for (const changes of [this.sending, this.pending]) {
      for (const [questionId, answer] of changes ?? []) {
        if (answer) answers[questionId] = answer;
        else delete answers[questionId];
      }
    }
    const unsaved = new Set([...(this.sending?.keys() ?? []), ...this.pending.keys()]).size;
    this.view = { ...this.view, ...change, answers, unsaved };
    for (const listener of this.listeners) listener();
  }

  /** Loads the questionnaire and the draft once; again only after a failure. */
  load(): void {
    if (this.loading || this.view.load === 'ready') return;
    this.loading = true;
    this.publish({ load: 'loading', loadError: '' });
    Promise.all([assessmentApi.questionnaire(), assessmentApi.draft()])
      .then(([questionnaire, draft]) => {
        this.confirmed = draft.answers;
        this.publish({
          load: 'ready',
          questionnaire,
          previousAnswers: draft.previousAnswers ?? {},
        });
      })
      .catch((error: unknown) => this.publish({ load: 'failed', loadError: messageOf(error) }))
      .finally(() => {
        this.loading = false;
      });
  }

  setAnswer(questionId: string, answer: AnswerChange): void {
    this.pending.set(questionId, answer);
    // A failure stays on screen until a save goes through.
    const keep = this.view.save === 'failed' || this.view.save === 'refused';
    this.publish(keep ? {} : { save: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), SAVE_DELAY_MS);
  }

  /** Sends the pending changes now (leaving a step, "Réessayer", back online). */
  send(): Promise<void> {
    clearTimeout(this.timer);
    // The request on its way sends what is pending when it is done.
    if (this.sendingDone) return this.sendingDone;
    if (this.pending.size === 0 || this.view.save === 'refused') return Promise.resolve();
    const batch = this.pending;
    this.pending = new Map();
    this.sending = batch;
    this.sendingDone = this.sendBatch(batch).finally(() => {
      this.sendingDone = null;
      // What changed while the request was on its way goes next, once this one is done.
      if (this.pending.size > 0 && this.view.save === 'saving') void this.send();
    });
    return this.sendingDone;
  }

  private async sendBatch(batch: Map<string, AnswerChange>): Promise<void> {
    try {
      const draft = await assessmentApi.saveAnswers(Object.fromEntries(batch));
      this.confirmed = draft.answers;
      this.sending = null;
      this.publish({ save: this.pending.size > 0 ? 'saving' : 'saved', retrying: false });
    } catch (error) {
      this.sending = null;
      // Back in the queue, unless the person changed the same question meanwhile.
      this.pending = new Map([...batch, ...this.pending]);
      if (isTemporary(error)) this.publish({ save: 'failed', retrying: false });
      else this.publish({ save: 'refused', saveError: messageOf(error), retrying: false });
    }
  }

  retry(): Promise<void> {
    this.publish({ retrying: true });
    return this.send();
  }

  /** Sends until nothing is pending; false when a save fails. */
  async saveAll(): Promise<boolean> {
    while (this.hasUnsavedChanges()) {
      await this.send();
      if (this.view.save === 'failed' || this.view.save === 'refused') return false;
    }
    return true;
  }

  async submit(): Promise<SubmitOutcome> {
    if (!(await this.saveAll())) return { kind: 'not-saved' };
    this.idempotencyKey ??= newIdempotencyKey();
    try {
      const assessment = await assessmentApi.submit(this.idempotencyKey);
      forget(this);
      return { kind: 'submitted', assessment };
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'ASSESSMENT_INCOMPLETE') {
        const missingQuestionIds = (error.fields ?? []).map(({ field }) =>
          field.replace(/^answers\./, ''),
        );
        return { kind: 'incomplete', missingQuestionIds };
      }
      // Already sent (another tab): the next visit starts from a new draft.
      if (error instanceof ApiRequestError && error.code === 'NO_DRAFT') forget(this);
      return { kind: 'failed', message: messageOf(error) };
    }
  }
}

let current: DraftSession | null = null;

function forget(session: DraftSession): void {
  if (current === session) current = null;
}

/** The session of this artisan; another account signing in on this tab starts afresh. */
export function draftSessionFor(userId: string): DraftSession {
  if (current?.userId !== userId) current = new DraftSession(userId);
  return current;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void current?.send());
  window.addEventListener('beforeunload', (event) => {
    // The browser asks "leave the page?" while answers are still on their way.
    if (current?.hasUnsavedChanges()) event.preventDefault();
  });
}
