import { describe, expect, it } from 'vitest';
import type { Answers, Question } from './questionnaire.ts';
import { questionnaireV1 } from './questionnaire-v1.ts';
import { computeProfile, questionMaxPoints } from './scoring.ts';
import { findQuestion } from './test-questionnaire.ts';

// The shipped questionnaire scored end to end: every level reachable, coaching for every gap.

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
