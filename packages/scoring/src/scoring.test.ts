import { describe, expect, it } from 'vitest';
import { levelDescriptions, levelFor, levelLabels } from './levels.ts';
import type { Answers, Questionnaire } from './questionnaire.ts';
import { QuestionnaireSchema, themeKeys } from './questionnaire.ts';
import {
  computeProfile,
  InvalidAnswersError,
  ProfileSchema,
  questionMaxPoints,
  questionScore,
  SCORING_VERSION,
} from './scoring.ts';
import { findQuestion, fixture, fixtureAnswers, single } from './test-questionnaire.ts';

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
