import type { Answers } from '@capnum/scoring';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSession } from './draft-session.ts';

interface Call {
  method: string;
  path: string;
  body: unknown;
  idempotencyKey: string | undefined;
}

type Reply = { status: number; body?: unknown } | 'network-failure';

/**
 * The API as the draft session sees it through `fetch`: every call is kept,
 * and each PATCH answers with the draft as the server would hold it, unless
 * the test queued another reply.
 */
function fakeApi() {
  const calls: Call[] = [];
  const replies: Reply[] = [];
  let saved: Answers = {};
  const pendingResponses: (() => void)[] = [];
  let holdResponses = false;
  const fetch = vi.fn(async (path: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({
      method: String(init.method),
      path,
      body,
      idempotencyKey: headers['idempotency-key'],
    });
    if (holdResponses) await new Promise<void>((resolve) => pendingResponses.push(resolve));
    const reply = replies.shift();
    if (reply === 'network-failure') throw new TypeError('Failed to fetch');
    if (reply) return Response.json(reply.body, { status: reply.status });
    if (init.method === 'PATCH') {
      for (const [questionId, answer] of Object.entries(body.answers as Answers)) {
        if (answer) saved[questionId] = answer;
        else delete saved[questionId];
      }
      return Response.json({ answers: saved });
    }
    return Response.json({ id: 'a1' }, { status: 201 });
  });
  return {
    fetch,
    calls,
    replies,
    reset: (answers: Answers) => {
      saved = answers;
    },
    hold: () => {
      holdResponses = true;
    },
    release: () => {
      holdResponses = false;
      for (const resolve of pendingResponses.splice(0)) resolve();
    },
  };
}

const yes = { choice: 'oui' };
const no = { choice: 'non' };

let api: ReturnType<typeof fakeApi>;

beforeEach(() => {
  vi.useFakeTimers();
  api = fakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets the timers and the promise chains of the session run to their end. */
async function settle(): Promise<void> {
  await vi.runAllTimersAsync();
}

describe('the draft-saving queue', () => {
  it('sends the changes made close together in one request, the newest answer per question', async () => {
    const session = new DraftSession('u1');
    session.setAnswer('q1', yes);
    session.setAnswer('q2', yes);
    session.setAnswer('q1', no);
    expect(session.getSnapshot()).toMatchObject({ save: 'saving', unsaved: 2 });
    expect(api.calls).toEqual([]);
    await settle();
    expect(api.calls).toEqual([
      {
        method: 'PATCH',
        path: '/api/assessments/draft',
        body: { answers: { q1: no, q2: yes } },
        idempotencyKey: undefined,
      },
    ]);
    expect(session.getSnapshot()).toMatchObject({
      save: 'saved',
      unsaved: 0,
      answers: { q1: no, q2: yes },
    });
  });

  it('sends one request at a time, and what changed meanwhile right after, in order', async () => {
    const session = new DraftSession('u1');
    api.hold();
    session.setAnswer('q1', yes);
    await vi.advanceTimersByTimeAsync(400);
    expect(api.calls).toHaveLength(1);
    session.setAnswer('q1', no);
    session.setAnswer('q2', null);
    await vi.advanceTimersByTimeAsync(400);
    // The second change waits for the first request's answer.
    expect(api.calls).toHaveLength(1);
    expect(session.getSnapshot().answers).toEqual({ q1: no });
    api.release();
    await settle();
    expect(api.calls.map((call) => call.body)).toEqual([
      { answers: { q1: yes } },
      { answers: { q1: no, q2: null } },
    ]);
    expect(session.getSnapshot()).toMatchObject({ save: 'saved', unsaved: 0, answers: { q1: no } });
  });

  it('keeps the answers on screen when the network fails, and sends them on retry', async () => {
    const session = new DraftSession('u1');
    api.replies.push('network-failure');
    session.setAnswer('q1', yes);
    await settle();
    expect(session.getSnapshot()).toMatchObject({
      save: 'failed',
      unsaved: 1,
      answers: { q1: yes },
    });
    expect(session.hasUnsavedChanges()).toBe(true);
    // A change while offline joins the same queue; the failure stays shown until a save goes through.
    session.setAnswer('q2', no);
    expect(session.getSnapshot().save).toBe('failed');
    api.replies.push('network-failure');
    await settle();
    const retried = session.retry();
    expect(session.getSnapshot().retrying).toBe(true);
    await retried;
    expect(api.calls.map((call) => call.body)).toEqual([
      { answers: { q1: yes } },
      { answers: { q1: yes, q2: no } },
      { answers: { q1: yes, q2: no } },
    ]);
    expect(session.getSnapshot()).toMatchObject({ save: 'saved', retrying: false, unsaved: 0 });
  });

  it('stops sending when the API refuses the answers for good, and says why', async () => {
    const session = new DraftSession('u1');
    const message = 'Ce questionnaire a déjà été envoyé depuis un autre onglet.';
    api.replies.push({
      status: 409,
      body: { statusCode: 409, code: 'DRAFT_SUBMITTED', message },
    });
    session.setAnswer('q1', yes);
    await settle();
    expect(session.getSnapshot()).toMatchObject({ save: 'refused', saveError: message });
    session.setAnswer('q2', yes);
    await settle();
    expect(api.calls).toHaveLength(1);
  });

  it('submits with the same idempotency key when a submission is retried', async () => {
    const session = new DraftSession('u1');
    session.setAnswer('q1', yes);
    api.replies.push({ status: 200, body: { answers: { q1: yes } } }, 'network-failure');
    const first = session.submit();
    await settle();
    expect(await first).toEqual({ kind: 'failed', message: expect.any(String) });
    const second = session.submit();
    await settle();
    expect(await second).toEqual({ kind: 'submitted', assessment: { id: 'a1' } });
    const submits = api.calls.filter((call) => call.path.endsWith('/submit'));
    expect(submits).toHaveLength(2);
    expect(submits[0]?.idempotencyKey).toMatch(/.+/);
    expect(submits[1]?.idempotencyKey).toBe(submits[0]?.idempotencyKey);
  });

  it('names the questions left unanswered when the API says the questionnaire is incomplete', async () => {
    const session = new DraftSession('u1');
    api.replies.push({
      status: 422,
      body: {
        statusCode: 422,
        code: 'ASSESSMENT_INCOMPLETE',
        message: 'Il reste 2 questions sans réponse.',
        fields: [
          { field: 'answers.vis-1', message: 'Réponse manquante.' },
          { field: 'answers.soc-3', message: 'Réponse manquante.' },
        ],
      },
    });
    const outcome = session.submit();
    await settle();
    expect(await outcome).toEqual({ kind: 'incomplete', missingQuestionIds: ['vis-1', 'soc-3'] });
  });

  it('does not submit while an answer could not be saved', async () => {
    const session = new DraftSession('u1');
    api.replies.push('network-failure');
    session.setAnswer('q1', yes);
    const outcome = session.submit();
    await settle();
    expect(await outcome).toEqual({ kind: 'not-saved' });
    expect(api.calls.filter((call) => call.path.endsWith('/submit'))).toEqual([]);
  });
});
