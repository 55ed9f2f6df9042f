import { describe, expect, it } from 'vitest';
import { levelDescriptions, levelFor, levelLabels } from './levels.ts';
import type { Answers, Question, Questionnaire } from './questionnaire.ts';
import { QuestionnaireSchema, themeKeys } from './questionnaire.ts';
import { questionnaireV1 } from './questionnaire-v1.ts';
import {
  computeProfile,
  InvalidAnswersError,
  ProfileSchema,
  questionMaxPoints,
  questionScore,
  SCORING_VERSION,
} from './scoring.ts';

function single(
  id: string,
  theme: Question['theme'],
  points: number[],
  extra: Partial<Question> = {},
): Question {
  return {
    id,
    theme,
    type: 'single',
    label: id,
    weight: 1,
    allowNotApplicable: false,
    options: points.map((value, index) => ({
      id: `${id}-${index}`,
      label: `${id} ${index}`,
      points: value,
    })),
    ...extra,
  };
}

/** Small questionnaire whose expected scores are worked out by hand below. */
const fixture: Questionnaire = QuestionnaireSchema.parse({
  version: 7,
  title: 'Questionnaire d’exemple',
  themes: [
    {
      key: 'visibility',
      label: 'Visibilité',
      intro: 'Intro',
      questions: [
        {
          ...single('v1', 'visibility', [], { weight: 2, unknownAdvice: 'Vérifiez v1.' }),
          options: [
            { id: 'v1-none', label: 'Rien', points: 0, advice: 'Commencez v1.' },
            { id: 'v1-some', label: 'Un peu', points: 1, advice: 'Continuez v1.' },
            { id: 'v1-full', label: 'Tout', points: 3 },
          ],
        },
        {
          ...single('v2', 'visibility', []),
          type: 'multi',
          max: 4,
          options: [
            { id: 'v2-a', label: 'A', points: 2 },
            { id: 'v2-b', label: 'B', points: 2 },
            { id: 'v2-c', label: 'C', points: 2 },
            { id: 'v2-none', label: 'Aucun', points: 0, exclusive: true, advice: 'Ajoutez v2.' },
          ],
        },
        {
          ...single('v3', 'visibility', [], { allowNotApplicable: true }),
          options: [
            { id: 'v3-no', label: 'Non', points: 0, advice: 'Faites v3.' },
            { id: 'v3-yes', label: 'Oui', points: 1 },
          ],
        },
      ],
    },
    {
      key: 'referencing',
      label: 'Référencement',
      intro: 'Intro',
      questions: [
        {
          ...single('r1', 'referencing', [], { unknownAdvice: 'Vérifiez r1.' }),
          options: [
            { id: 'r1-no', label: 'Non', points: 0, advice: 'Faites r1.' },
            { id: 'r1-yes', label: 'Oui', points: 1 },
          ],
        },
        single('r2', 'referencing', [0, 2]),
      ],
    },
    {
      key: 'content',
      label: 'Contenu',
      intro: 'Intro',
      questions: [
        {
          ...single('c1', 'content', []),
          options: [
            { id: 'c1-0', label: '0', points: 0, advice: 'Commencez c1.' },
            { id: 'c1-1', label: '1', points: 1, advice: 'Continuez c1.' },
            { id: 'c1-2', label: '2', points: 2 },
            { id: 'c1-4', label: '4', points: 4 },
          ],
        },
        single('c2', 'content', [0, 1]),
      ],
    },
    {
      key: 'social',
      label: 'Réseaux',
      intro: 'Intro',
      questions: [
        {
          ...single('s1', 'social', []),
          options: [
            { id: 's1-no', label: 'Non', points: 0, advice: 'Faites s1.' },
            { id: 's1-yes', label: 'Oui', points: 1 },
          ],
        },
        {
          ...single('s2', 'social', [], { weight: 2 }),
          type: 'multi',
          options: [
            { id: 's2-a', label: 'A', points: 1 },
            { id: 's2-none', label: 'Aucun', points: 0, exclusive: true, advice: 'Ajoutez s2.' },
          ],
        },
      ],
    },
  ],
});

const fixtureAnswers: Answers = {
  v1: { choice: 'v1-some' },
  v2: { choices: ['v2-c', 'v2-a', 'v2-b'] },
  v3: { notApplicable: true },
  r1: { unknown: true },
  r2: { choice: 'r2-1' },
  c1: { choice: 'c1-1' },
  c2: { choice: 'c2-1' },
  s1: { choice: 's1-no' },
  s2: { choices: ['s2-none'] },
};

function findQuestion(questionnaire: Questionnaire, id: string): Question {
  const question = questionnaire.themes
    .flatMap((theme) => theme.questions)
    .find((candidate) => candidate.id === id);
  if (!question) throw new Error(`question ${id} absente`);
  return question;
}

describe('levelFor', () => {
  it.each([
    [0, 1, 'Débutant'],
    [25, 1, 'Débutant'],
    [26, 2, 'Initié'],
    [50, 2, 'Initié'],
    [51, 3, 'Avancé'],
    [75, 3, 'Avancé'],
    [76, 4, 'Expert'],
    [100, 4, 'Expert'],
  ])('gives score %i the level %i (%s)', (score, level, label) => {
    expect(levelFor(score)).toEqual({ level, label });
  });

  it('refuses scores outside 0–100', () => {
    expect(() => levelFor(-1)).toThrow(RangeError);
    expect(() => levelFor(101)).toThrow(RangeError);
    expect(() => levelFor(Number.NaN)).toThrow(RangeError);
  });

  it('labels and describes every level of every theme', () => {
    expect(levelLabels).toEqual({ 1: 'Débutant', 2: 'Initié', 3: 'Avancé', 4: 'Expert' });
    for (const key of themeKeys) {
      expect(Object.keys(levelDescriptions[key])).toEqual(['1', '2', '3', '4']);
    }
  });
});

describe('questionScore', () => {
  const v1 = findQuestion(fixture, 'v1');
  const v2 = findQuestion(fixture, 'v2');
  const v3 = findQuestion(fixture, 'v3');

  it('divides a single choice by the best option’s points', () => {
    expect(questionMaxPoints(v1)).toBe(3);
    expect(questionScore(v1, { choice: 'v1-none' })).toBe(0);
    expect(questionScore(v1, { choice: 'v1-some' })).toBe(1 / 3);
    expect(questionScore(v1, { choice: 'v1-full' })).toBe(1);
  });

  it('caps a multi answer at the question’s max', () => {
    expect(questionMaxPoints(v2)).toBe(4);
    expect(questionScore(v2, { choices: ['v2-a'] })).toBe(0.5);
    expect(questionScore(v2, { choices: ['v2-a', 'v2-b'] })).toBe(1);
    expect(questionScore(v2, { choices: ['v2-a', 'v2-b', 'v2-c'] })).toBe(1);
    expect(questionScore(v2, { choices: ['v2-none'] })).toBe(0);
  });

  it('uses the sum of option points when a multi question has no max', () => {
    const s2 = findQuestion(fixture, 's2');
    expect(questionMaxPoints(s2)).toBe(1);
    expect(questionScore(s2, { choices: ['s2-a'] })).toBe(1);
  });

  it('scores "Je ne sais pas" 0 and leaves "Non concerné" out', () => {
    expect(questionScore(v1, { unknown: true })).toBe(0);
    expect(questionScore(v3, { notApplicable: true })).toBeNull();
  });

  it('throws a typed error for an answer the question does not accept', () => {
    expect(() => questionScore(v1, { notApplicable: true })).toThrow(InvalidAnswersError);
    expect(() => questionScore(v1, { choice: 'v2-a' })).toThrow(InvalidAnswersError);
  });
});

describe('computeProfile', () => {
  it('matches the hand-computed example', () => {
    // visibility: v1 = 1/3 (w 2), v2 = min(6, 4)/4 = 1, v3 left out → 100 · (2/3 + 1) / 3 = 55.6 → 56
    // referencing: r1 unknown = 0, r2 = 1 → 50
    // content: c1 = 1/4, c2 = 1 → 62.5 → 63 (half rounds up)
    // social: s1 = 0, s2 = 0 → 0
    // overall: (56 + 50 + 63 + 0) / 4 = 42.25 → 42
    expect(computeProfile(fixture, fixtureAnswers)).toEqual({
      overall: { score: 42, level: 2 },
      themes: [
        { key: 'visibility', score: 56, level: 3, answered: 2, unknown: 0 },
        { key: 'referencing', score: 50, level: 2, answered: 1, unknown: 1 },
        { key: 'content', score: 63, level: 3, answered: 2, unknown: 0 },
        { key: 'social', score: 0, level: 1, answered: 2, unknown: 0 },
      ],
      priorities: ['social', 'referencing', 'visibility', 'content'],
      actions: [
        // s2 loses 2 weighted points, s1 loses 1
        { theme: 'social', text: 'Ajoutez s2.' },
        { theme: 'social', text: 'Faites s1.' },
        { theme: 'referencing', text: 'Vérifiez r1.' },
        { theme: 'visibility', text: 'Continuez v1.' },
        { theme: 'content', text: 'Continuez c1.' },
      ],
    });
  });

  it('leaves Expert themes out of the priorities and their actions', () => {
    const profile = computeProfile(fixture, {
      ...fixtureAnswers,
      v1: { choice: 'v1-full' },
      s1: { choice: 's1-yes' },
      s2: { choices: ['s2-a'] },
    });
    expect(profile.themes.map((theme) => [theme.key, theme.score])).toEqual([
      ['visibility', 100],
      ['referencing', 50],
      ['content', 63],
      ['social', 100],
    ]);
    expect(profile.overall).toEqual({ score: 78, level: 4 });
    expect(profile.priorities).toEqual(['referencing', 'content']);
    expect(profile.actions).toEqual([
      { theme: 'referencing', text: 'Vérifiez r1.' },
      { theme: 'content', text: 'Continuez c1.' },
    ]);
  });

  it('breaks score ties in the fixed theme order', () => {
    const profile = computeProfile(fixture, {
      v1: { choice: 'v1-none' },
      v2: { choices: ['v2-none'] },
      v3: { choice: 'v3-no' },
      r1: { choice: 'r1-no' },
      r2: { choice: 'r2-0' },
      c1: { choice: 'c1-0' },
      c2: { choice: 'c2-0' },
      s1: { choice: 's1-no' },
      s2: { choices: ['s2-none'] },
    });
    expect(profile.overall).toEqual({ score: 0, level: 1 });
    expect(profile.priorities).toEqual(['visibility', 'referencing', 'content', 'social']);
    // v1 loses 2, then v2 and v3 lose 1 each in questionnaire order; at most three per theme.
    expect(profile.actions.filter((action) => action.theme === 'visibility')).toEqual([
      { theme: 'visibility', text: 'Commencez v1.' },
      { theme: 'visibility', text: 'Ajoutez v2.' },
      { theme: 'visibility', text: 'Faites v3.' },
    ]);
  });

  it('leaves "Non concerné" questions out of the denominator, down to an empty theme', () => {
    // computeProfile does not re-validate the questionnaire, so every content question may be left out here.
    const optionalContent: Questionnaire = {
      ...fixture,
      themes: fixture.themes.map((theme) =>
        theme.key === 'content'
          ? {
              ...theme,
              questions: theme.questions.map((question) => ({
                ...question,
                allowNotApplicable: true,
              })),
            }
          : theme,
      ),
    };
    const c2Out: Answers = { ...fixtureAnswers, c2: { notApplicable: true } };
    // Only c1 = 1/4 remains.
    expect(computeProfile(optionalContent, c2Out).themes[2]).toEqual({
      key: 'content',
      score: 25,
      level: 1,
      answered: 1,
      unknown: 0,
    });
    const bothOut: Answers = { ...c2Out, c1: { notApplicable: true } };
    expect(computeProfile(optionalContent, bothOut).themes[2]).toEqual({
      key: 'content',
      score: 0,
      level: 1,
      answered: 0,
      unknown: 0,
    });
  });

  it('does not repeat an advice shared by several questions', () => {
    const shared = 'Créez votre site.';
    const questionnaire = QuestionnaireSchema.parse({
      ...fixture,
      themes: fixture.themes.map((theme) =>
        theme.key === 'referencing'
          ? {
              ...theme,
              questions: ['r1', 'r2', 'r3', 'r4'].map((id) => ({
                ...single(id, 'referencing', []),
                options: [
                  { id: `${id}-no-site`, label: 'Pas de site', points: 0, advice: shared },
                  { id: `${id}-yes`, label: 'Oui', points: 1 },
                ],
              })),
            }
          : theme,
      ),
    });
    const answers: Answers = {
      ...fixtureAnswers,
      r1: { choice: 'r1-no-site' },
      r2: { choice: 'r2-no-site' },
      r3: { choice: 'r3-no-site' },
      r4: { choice: 'r4-no-site' },
    };
    const profile = computeProfile(questionnaire, answers);
    expect(profile.actions.filter((action) => action.theme === 'referencing')).toEqual([
      { theme: 'referencing', text: shared },
    ]);
  });

  it('throws one typed error listing every missing or invalid answer', () => {
    const { r2: _missing, ...incomplete } = fixtureAnswers;
    const answers = { ...incomplete, v1: { notApplicable: true as const } };
    let caught: unknown;
    try {
      computeProfile(fixture, answers);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidAnswersError);
    expect((caught as InvalidAnswersError).problems).toEqual([
      {
        questionId: 'v1',
        message: 'La réponse « Non concerné » n’est pas possible pour cette question.',
      },
      { questionId: 'r2', message: 'Réponse manquante.' },
    ]);
    expect((caught as InvalidAnswersError).questionIds).toEqual(['v1', 'r2']);
  });

  it('ignores answers to questions the questionnaire does not contain', () => {
    expect(computeProfile(fixture, { ...fixtureAnswers, other: { unknown: true } })).toEqual(
      computeProfile(fixture, fixtureAnswers),
    );
  });

  it('produces a profile that ProfileSchema reads back', () => {
    const profile = computeProfile(fixture, fixtureAnswers);
    expect(ProfileSchema.parse(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it('exposes the scoring version stored with assessments', () => {
    expect(SCORING_VERSION).toBe('1.0.0');
  });
});

describe('computeProfile on questionnaire v1', () => {
  const questions = questionnaireV1.themes.flatMap((theme) => theme.questions);
  const answerAll = (pick: (question: Question) => Answers[string]): Answers =>
    Object.fromEntries(questions.map((question) => [question.id, pick(question)]));
  const unknownAdviceOf = (id: string) => findQuestion(questionnaireV1, id).unknownAdvice;

  it('gives 100 everywhere to the best answers, with nothing left to do', () => {
    const best = answerAll((question) => {
      const top = questionMaxPoints(question);
      return question.type === 'single'
        ? { choice: question.options.find((option) => option.points === top)?.id ?? '' }
        : {
            choices: question.options
              .filter((option) => !option.exclusive && option.points > 0)
              .map((option) => option.id),
          };
    });
    expect(computeProfile(questionnaireV1, best)).toEqual({
      overall: { score: 100, level: 4 },
      themes: [
        { key: 'visibility', score: 100, level: 4, answered: 7, unknown: 0 },
        { key: 'referencing', score: 100, level: 4, answered: 8, unknown: 0 },
        { key: 'content', score: 100, level: 4, answered: 7, unknown: 0 },
        { key: 'social', score: 100, level: 4, answered: 7, unknown: 0 },
      ],
      priorities: [],
      actions: [],
    });
  });

  it('coaches "Je ne sais pas" answers, heaviest questions first', () => {
    const profile = computeProfile(
      questionnaireV1,
      answerAll(() => ({ unknown: true })),
    );
    expect(profile.overall).toEqual({ score: 0, level: 1 });
    expect(profile.themes.map((theme) => [theme.key, theme.answered, theme.unknown])).toEqual([
      ['visibility', 0, 7],
      ['referencing', 0, 8],
      ['content', 0, 7],
      ['social', 0, 7],
    ]);
    expect(profile.priorities).toEqual(['visibility', 'referencing', 'content', 'social']);
    expect(profile.actions).toEqual([
      { theme: 'visibility', text: unknownAdviceOf('vis-website') },
      { theme: 'visibility', text: unknownAdviceOf('vis-google-profile') },
      { theme: 'visibility', text: unknownAdviceOf('vis-directories') },
      // ref-mobile weighs 2, the others 1 and follow in questionnaire order.
      { theme: 'referencing', text: unknownAdviceOf('ref-mobile') },
      { theme: 'referencing', text: unknownAdviceOf('ref-keywords') },
      { theme: 'referencing', text: unknownAdviceOf('ref-https') },
      // con-photos and soc-page weigh 2; every question coaches its "Je ne sais pas".
      { theme: 'content', text: unknownAdviceOf('con-photos') },
      { theme: 'content', text: unknownAdviceOf('con-photo-quality') },
      { theme: 'content', text: unknownAdviceOf('con-before-after') },
      { theme: 'social', text: unknownAdviceOf('soc-page') },
      { theme: 'social', text: unknownAdviceOf('soc-networks') },
      { theme: 'social', text: unknownAdviceOf('soc-posting-rhythm') },
    ]);
    expect(profile.actions.every((action) => typeof action.text === 'string')).toBe(true);
  });

  it('scores a typical baker by hand', () => {
    const baker: Answers = {
      'vis-website': { choice: 'vis-website-page-only' }, // 1/3, weight 2
      'vis-google-profile': { choice: 'vis-gbp-basic' }, // 2/3, weight 2
      'vis-directories': { choices: ['vis-directories-pagesjaunes'] }, // 1/3
      'vis-reviews': { choice: 'vis-reviews-few' }, // 1/2
      'vis-review-replies': { choice: 'vis-review-replies-sometimes' }, // 1/2
      'vis-consistent-details': { unknown: true }, // 0
      'vis-opening-hours': { choice: 'vis-opening-hours-always' }, // 1
      // visibility: 100 · (2/3 + 4/3 + 1/3 + 1/2 + 1/2 + 0 + 1) / 9 = 48.1 → 48
      'ref-keywords': { choice: 'ref-keywords-no' },
      'ref-mobile': { choice: 'ref-mobile-no-website' },
      'ref-https': { choice: 'ref-https-no-website' },
      'ref-page-titles': { choice: 'ref-page-titles-no-website' },
      'ref-page-descriptions': { choice: 'ref-page-descriptions-no-website' },
      'ref-service-area': { choice: 'ref-service-area-no-website' },
      'ref-speed': { choice: 'ref-speed-no-website' },
      'ref-measure': { choices: ['ref-measure-no-website'] },
      // referencing: 0
      'con-photos': { choice: 'con-photos-recent' }, // 1, weight 2
      'con-photo-quality': { choices: ['con-photo-quality-light', 'con-photo-quality-details'] }, // 2/4
      'con-before-after': { notApplicable: true },
      'con-videos': { choice: 'con-videos-rarely' }, // 1/2
      'con-story': { choice: 'con-story-short' }, // 1/2
      'con-updates': { choice: 'con-updates-yearly' }, // 1/2
      'con-image-rights': { choice: 'con-image-rights-all' }, // 1
      // content: 100 · (2 + 1/2 + 1/2 + 1/2 + 1/2 + 1) / 7 = 71.4 → 71
      'soc-networks': { choices: ['soc-networks-facebook', 'soc-networks-instagram'] }, // 1
      'soc-page': { choice: 'soc-page-complete' }, // 1, weight 2
      'soc-posting-rhythm': { choice: 'soc-posting-rhythm-weekly' }, // 1
      'soc-replies': { choice: 'soc-replies-same-day' }, // 1
      'soc-reach': { choices: ['soc-reach-likes'] }, // 1/3
      'soc-links': { choice: 'soc-links-one-way' }, // 1/2
      'soc-online-orders': { choice: 'soc-online-orders-messages' }, // 1/2
      // social: 100 · (1 + 2 + 1 + 1 + 1/3 + 1/2 + 1/2) / 8 = 79.2 → 79
    };
    const profile = computeProfile(questionnaireV1, baker);
    expect(profile.themes).toEqual([
      { key: 'visibility', score: 48, level: 2, answered: 6, unknown: 1 },
      { key: 'referencing', score: 0, level: 1, answered: 8, unknown: 0 },
      { key: 'content', score: 71, level: 3, answered: 6, unknown: 0 },
      { key: 'social', score: 79, level: 4, answered: 7, unknown: 0 },
    ]);
    // (48 + 0 + 71 + 79) / 4 = 49.5 → 50
    expect(profile.overall).toEqual({ score: 50, level: 2 });
    expect(profile.priorities).toEqual(['referencing', 'visibility', 'content']);
    const adviceOf = (questionId: string, optionId: string) =>
      findQuestion(questionnaireV1, questionId).options.find((option) => option.id === optionId)
        ?.advice;
    expect(profile.actions).toEqual([
      // The "no website" advice is shared by every site question and given once.
      { theme: 'referencing', text: adviceOf('ref-mobile', 'ref-mobile-no-website') },
      { theme: 'referencing', text: adviceOf('ref-keywords', 'ref-keywords-no') },
      // Lost points: vis-website 2 · 2/3, the unknown 1, vis-google-profile 2 · 1/3.
      { theme: 'visibility', text: adviceOf('vis-website', 'vis-website-page-only') },
      { theme: 'visibility', text: unknownAdviceOf('vis-consistent-details') },
      { theme: 'visibility', text: adviceOf('vis-google-profile', 'vis-gbp-basic') },
      // con-photo-quality, con-videos, con-story, con-updates each lose 1/2: questionnaire order.
      { theme: 'content', text: adviceOf('con-videos', 'con-videos-rarely') },
      { theme: 'content', text: adviceOf('con-story', 'con-story-short') },
      { theme: 'content', text: adviceOf('con-updates', 'con-updates-yearly') },
    ]);
  });
});

describe('questionnaire v1 coaching', () => {
  it('gives every question a coaching line for "Je ne sais pas"', () => {
    const withoutCoaching = questionnaireV1.themes
      .flatMap((theme) => theme.questions)
      .filter((question) => !question.unknownAdvice)
      .map((question) => question.id);
    expect(withoutCoaching).toEqual([]);
  });
});
