import { computeProfile, type Profile, questionnaireV1, themeKeys } from '@capnum/scoring';
import { describe, expect, it } from 'vitest';
import { answersAt, as, createArtisan, createAssessment } from '../../test/fixtures.ts';
import { cast, context, namesOf, setUpAdvisorTests } from './advisor-test-support.ts';

setUpAdvisorTests();

const profileAt = (maturity: number): Profile =>
  computeProfile(questionnaireV1, answersAt(maturity));
/** The theme with the lowest score, the first in questionnaire order on a tie. */
const weakestOf = (profile: Profile) =>
  [...themeKeys].sort(
    (a, b) =>
      (profile.themes.find((t) => t.key === a)?.score ?? 0) -
        (profile.themes.find((t) => t.key === b)?.score ?? 0) ||
      themeKeys.indexOf(a) - themeKeys.indexOf(b),
  )[0];

const latest = {
  'Boulangerie Élise Dupré': profileAt(0.6),
  'Menuiserie du Château': profileAt(0.9),
  'Plomberie Nivernaise': profileAt(0.4),
} as const;
const assessed = Object.keys(latest) as (keyof typeof latest)[];

const list = async (query: string) => {
  const response = await as(context, cast.advisor).get(`/api/advisor/members${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return namesOf(response.json());
};

describe('searching members', () => {
  it('finds by business name without accents or capitals, by partial words, by commune and by SIRET', async () => {
    expect(await list('?q=elise')).toEqual(['Boulangerie Élise Dupré']);
    expect(await list('?q=%C3%89LISE%20dupr')).toEqual(['Boulangerie Élise Dupré']);
    expect(await list('?q=chateau')).toEqual(['Menuiserie du Château']);
    // The hairdresser of Auxerre does not consent: only the baker is found there.
    expect(await list('?q=auxer')).toEqual(['Boulangerie Élise Dupré']);
    expect(await list('?q=sens')).toEqual(['Fleurs de Sens']);
    const { siret } = await context.db
      .selectFrom('artisans')
      .select('siret')
      .where('id', '=', cast.plumber.artisanId)
      .executeTakeFirstOrThrow();
    expect(await list(`?q=${siret.slice(-7)}`)).toEqual(['Plomberie Nivernaise']);
    expect(await list('?q=50%25_')).toEqual([]);
  });

  it('filters by département, sector, band, level, weakest theme, stop and old assessment', async () => {
    expect(await list('?departement=89')).toEqual(['Boulangerie Élise Dupré', 'Fleurs de Sens']);
    expect(await list('?sector=batiment')).toEqual([
      'Menuiserie du Château',
      'Plomberie Nivernaise',
    ]);
    expect(await list('?employeeBand=10%2B')).toEqual(['Plomberie Nivernaise']);
    for (const level of [1, 2, 3, 4]) {
      expect(await list(`?level=${level}`), `level ${level}`).toEqual(
        assessed.filter((name) => latest[name].overall.level === level),
      );
    }
    for (const theme of themeKeys) {
      expect(await list(`?weakestTheme=${theme}`), theme).toEqual(
        assessed.filter((name) => weakestOf(latest[name]) === theme),
      );
    }
    expect(await list(`?stopId=${cast.stop.stopId}`)).toEqual([
      'Boulangerie Élise Dupré',
      'Fleurs de Sens',
    ]);
    expect(await list('?withoutRecentAssessment=true')).toEqual([
      'Fleurs de Sens',
      'Plomberie Nivernaise',
    ]);
    expect(await list('?withoutRecentAssessment=false')).toEqual([
      'Boulangerie Élise Dupré',
      'Menuiserie du Château',
    ]);
    expect(await list('?departement=89&q=fleurs')).toEqual(['Fleurs de Sens']);
  });

  it('sorts by score and by last assessment, the never-assessed last', async () => {
    const byScore = [...assessed].sort((a, b) => latest[b].overall.score - latest[a].overall.score);
    expect(await list('?sort=score')).toEqual([...byScore, 'Fleurs de Sens']);
    expect(await list('?sort=last-assessment')).toEqual([
      'Boulangerie Élise Dupré',
      'Menuiserie du Château',
      'Plomberie Nivernaise',
      'Fleurs de Sens',
    ]);
  });

  it('gives each member’s latest score, level and weakest theme', async () => {
    const response = await as(context, cast.advisor).get('/api/advisor/members?q=elise');
    expect(response.json().items).toEqual([
      {
        id: cast.baker.artisanId,
        businessName: 'Boulangerie Élise Dupré',
        trade: 'Menuisier',
        sector: 'alimentation',
        communeName: 'Auxerre',
        departement: '89',
        employeeBand: '3-9',
        latestAssessmentAt: '2026-04-20T09:00:00.000Z',
        score: latest['Boulangerie Élise Dupré'].overall.score,
        level: latest['Boulangerie Élise Dupré'].overall.level,
        weakestTheme: weakestOf(latest['Boulangerie Élise Dupré']),
      },
    ]);
  });

  it('refuses an unknown sort, a level out of range, page 0 and a line break, in French', async () => {
    const advisor = as(context, cast.advisor);
    const sort = await advisor.get('/api/advisor/members?sort=prix');
    expect(sort.statusCode).toBe(400);
    expect(sort.json().fields).toEqual([
      { field: 'sort', message: 'Tri inconnu : name, score ou last-assessment.' },
    ]);
    expect((await advisor.get('/api/advisor/members?level=9')).json().fields).toEqual([
      { field: 'level', message: 'Le niveau va de 1 à 4.' },
    ]);
    expect((await advisor.get('/api/advisor/members?page=0')).statusCode).toBe(400);
    const lineBreak = await advisor.get('/api/advisor/members?q=boul%0Aangerie');
    expect(lineBreak.statusCode).toBe(400);
    expect(lineBreak.json().code).toBe('VALIDATION_ERROR');
  });
});

describe('a member’s file', () => {
  it('gives identity, every assessment newest first, bookings and coaching topics', async () => {
    const file = (
      await as(context, cast.advisor).get(`/api/advisor/members/${cast.baker.artisanId}`)
    ).json();
    expect(file.member).toMatchObject({
      id: cast.baker.artisanId,
      businessName: 'Boulangerie Élise Dupré',
      email: cast.baker.email,
      website: null,
    });
    expect(file.assessments.map((a: { profile: Profile }) => a.profile)).toEqual([
      profileAt(0.6),
      profileAt(0.2),
    ]);
    expect(
      file.bookings.map((b: { workshopTitle: string; status: string }) => [
        b.status,
        b.workshopTitle,
      ]),
    ).toEqual([
      ['confirmed', expect.stringMatching(/réseaux|social/i)],
      ['confirmed', expect.any(String)],
    ]);
    expect(file.coachingTopics).toEqual([]);
    expect(file.plannedVisit).toBeNull();
  });

  it('lists the "Je ne sais pas" answers of the latest assessment as coaching topics', async () => {
    const artisan = await createArtisan(context, {
      businessName: 'Ébénisterie Vérité',
      communeCode: '89024',
      shareWithAdvisor: true,
    });
    const question = questionnaireV1.themes[1]?.questions[0];
    if (!question) throw new Error('questionnaire v1 has a referencing question');
    await createAssessment(context, artisan, {
      answers: { ...answersAt(0.5), [question.id]: { unknown: true } },
    });
    const file = (
      await as(context, cast.advisor).get(`/api/advisor/members/${artisan.artisanId}`)
    ).json();
    expect(file.coachingTopics).toEqual([
      {
        questionId: question.id,
        theme: 'referencing',
        question: question.label,
        advice: question.unknownAdvice ?? null,
      },
    ]);
    // Every answer of the latest assessment, in words.
    const questions = questionnaireV1.themes.flatMap((theme) => theme.questions);
    expect(file.answers).toHaveLength(questions.length);
    expect(file.answers.find((a: { questionId: string }) => a.questionId === question.id)).toEqual({
      questionId: question.id,
      theme: 'referencing',
      question: question.label,
      answer: 'Je ne sais pas',
      unknown: true,
    });
    const first = questions[0];
    const chosen = answersAt(0.5)[first?.id ?? ''];
    const expectedLabel =
      chosen && 'choice' in chosen
        ? first?.options.find((option) => option.id === chosen.choice)?.label
        : chosen && 'choices' in chosen
          ? chosen.choices
              .map((id) => first?.options.find((option) => option.id === id)?.label)
              .join(' ; ')
          : undefined;
    expect(file.answers[0]).toMatchObject({
      questionId: first?.id,
      answer: expectedLabel,
      unknown: false,
    });
  });

  it('keeps the planned visit date', async () => {
    const advisor = as(context, cast.advisor);
    const url = `/api/advisor/members/${cast.baker.artisanId}`;
    expect((await advisor.put(`${url}/visit`, { plannedOn: '2026-05-12' })).json()).toEqual({
      plannedVisit: '2026-05-12',
    });
    expect((await advisor.get(url)).json().plannedVisit).toBe('2026-05-12');
    await advisor.put(`${url}/visit`, { plannedOn: null });
    expect((await advisor.get(url)).json().plannedVisit).toBeNull();
    expect((await advisor.put(`${url}/visit`, { plannedOn: '12/05/2026' })).statusCode).toBe(400);
  });
});

describe('notes', () => {
  const text = 'Souhaite refaire sa fiche Google avant l’été : lui proposer l’atelier.';

  it('are written by an advisor and read by the chamber’s advisors and staff, never by the artisan', async () => {
    const created = await as(context, cast.advisor).post(
      `/api/advisor/members/${cast.baker.artisanId}/notes`,
      { text },
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      text,
      authorName: 'Camille Martin',
      mine: true,
      createdAt: '2026-05-01T08:00:00.000Z',
      updatedAt: '2026-05-01T08:00:00.000Z',
      editableUntil: '2026-05-02T08:00:00.000Z',
    });
    const asStaff = (
      await as(context, cast.staff).get(`/api/advisor/members/${cast.baker.artisanId}`)
    ).json();
    expect(asStaff.notes).toEqual([{ ...created.json(), mine: false, editableUntil: null }]);
    const baker = as(context, cast.baker);
    const { id: assessmentId } = (await baker.get('/api/assessments')).json().assessments[0];
    for (const url of [
      '/api/me',
      '/api/assessments',
      `/api/assessments/${assessmentId}`,
      '/api/me/registrations',
      '/api/me/consent',
      '/api/me/access-log',
      '/api/assessments/draft',
    ]) {
      const response = await baker.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain('Souhaite refaire');
    }
  });

  it('can be changed or deleted by their author only, for 24 hours', async () => {
    const note = (
      await as(context, cast.advisor).post(`/api/advisor/members/${cast.joiner.artisanId}/notes`, {
        text: 'Première version.',
      })
    ).json();
    const url = `/api/advisor/notes/${note.id}`;
    expect((await as(context, cast.staff).patch(url, { text: 'Autre.' })).json().code).toBe(
      'NOTE_LOCKED',
    );
    expect((await as(context, cast.otherAdvisor).patch(url, { text: 'Autre.' })).statusCode).toBe(
      404,
    );
    const edited = await as(context, cast.advisor).patch(url, { text: 'Version corrigée.' });
    expect(edited.json()).toMatchObject({ text: 'Version corrigée.', mine: true });
    context.clock.set('2026-05-02T08:00:01.000Z');
    const late = await as(context, cast.advisor).delete(url);
    expect(late.statusCode).toBe(403);
    expect(late.json().message).toBe(
      'Une note ne se modifie plus après 24 heures : ajoutez-en une nouvelle.',
    );
    context.clock.set('2026-05-01T08:00:00.000Z');
    expect((await as(context, cast.advisor).delete(url)).statusCode).toBe(204);
    expect((await as(context, cast.advisor).delete(url)).statusCode).toBe(404);
  });

  it('refuses an empty note and a control character, saving nothing', async () => {
    const url = `/api/advisor/members/${cast.plumber.artisanId}/notes`;
    expect((await as(context, cast.advisor).post(url, { text: '   ' })).json().fields).toEqual([
      { field: 'text', message: 'Écrivez la note.' },
    ]);
    expect((await as(context, cast.advisor).post(url, { text: 'a\u0000b' })).statusCode).toBe(400);
    const notes = await context.db
      .selectFrom('member_notes')
      .select('id')
      .where('artisan_id', '=', cast.plumber.artisanId)
      .execute();
    expect(notes).toEqual([]);
  });
});

describe('the stop pack', () => {
  it('lists the consenting members booked at the stop, their sessions, and a brief for each', async () => {
    const pack = (
      await as(context, cast.advisor).get(`/api/advisor/stops/${cast.stop.stopId}/pack`)
    ).json();
    expect(pack.stop).toMatchObject({
      id: cast.stop.stopId,
      communeName: 'Auxerre',
      date: '2026-05-12',
    });
    expect(
      pack.members.map((entry: { member: { businessName: string }; sessions: unknown[] }) => [
        entry.member.businessName,
        entry.sessions.length,
      ]),
    ).toEqual([
      ['Boulangerie Élise Dupré', 2],
      ['Fleurs de Sens', 1],
    ]);
    expect(pack.briefs.map((brief: { member: { id: string } }) => brief.member.id)).toEqual([
      cast.baker.artisanId,
      cast.florist.artisanId,
    ]);
  });

  it('keeps to the viewer’s départements and chamber', async () => {
    const scoped = await as(context, cast.scopedAdvisor).get(
      `/api/advisor/stops/${cast.stop.stopId}/pack`,
    );
    expect(scoped.json()).toMatchObject({ members: [], briefs: [] });
    const foreign = await as(context, cast.otherAdvisor).get(
      `/api/advisor/stops/${cast.stop.stopId}/pack`,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('STOP_NOT_FOUND');
  });
});

describe('pages of members', () => {
  it('gives 20 members a page with the total', async () => {
    for (let index = 0; index < 22; index += 1) {
      await createArtisan(context, {
        businessName: `Atelier Doubs ${String(index).padStart(2, '0')}`,
        communeCode: '25056',
        shareWithAdvisor: true,
      });
    }
    const first = (
      await as(context, cast.advisor).get('/api/advisor/members?departement=25')
    ).json();
    expect(first.total).toBe(22);
    expect(first.items).toHaveLength(20);
    const second = (
      await as(context, cast.advisor).get('/api/advisor/members?departement=25&page=2')
    ).json();
    expect(namesOf(second)).toEqual(['Atelier Doubs 20', 'Atelier Doubs 21']);
    expect(second).toMatchObject({ total: 22, page: 2, pageSize: 20 });
  });
});
