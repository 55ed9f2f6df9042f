import { describe, expect, it } from 'vitest';
import { QuestionnaireSchema, themeKeys, themeLabels } from './questionnaire.ts';
import { questionnaireV1 } from './questionnaire-v1.ts';
import { questionMaxPoints } from './scoring.ts';

const questions = questionnaireV1.themes.flatMap((theme) => theme.questions);
const themePrefixes = { visibility: 'vis-', referencing: 'ref-', content: 'con-', social: 'soc-' };

/** Every piece of text an artisan reads. */
function texts(): string[] {
  return [
    questionnaireV1.title,
    ...questionnaireV1.themes.flatMap((theme) => [theme.label, theme.intro]),
    ...questions.flatMap((question) => [
      question.label,
      question.help ?? '',
      question.unknownAdvice ?? '',
      ...question.options.flatMap((option) => [option.label, option.advice ?? '']),
    ]),
  ].filter((text) => text !== '');
}

describe('questionnaire v1', () => {
  it('is version 1 and passes the schema unchanged', () => {
    expect(questionnaireV1.version).toBe(1);
    expect(QuestionnaireSchema.parse(questionnaireV1)).toEqual(questionnaireV1);
  });

  it('has the four themes with their labels and 6 to 8 questions each', () => {
    expect(questionnaireV1.themes.map((theme) => theme.key)).toEqual([...themeKeys]);
    for (const theme of questionnaireV1.themes) {
      expect(theme.label).toBe(themeLabels[theme.key]);
      expect(theme.questions.length).toBeGreaterThanOrEqual(6);
      expect(theme.questions.length).toBeLessThanOrEqual(8);
    }
    expect(questions.filter((question) => question.type === 'multi').length).toBeGreaterThan(0);
    expect(questions.filter((question) => question.type === 'single').length).toBeGreaterThan(0);
  });

  it('names questions and options after their theme and question', () => {
    for (const question of questions) {
      expect(question.id.startsWith(themePrefixes[question.theme])).toBe(true);
      for (const option of question.options) {
        expect(option.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
        expect(option.id.startsWith(themePrefixes[question.theme])).toBe(true);
      }
    }
    const optionIds = questions.flatMap((question) => question.options.map((option) => option.id));
    expect(new Set(optionIds).size).toBe(optionIds.length);
  });

  it('uses typographic apostrophes and leaves "Je ne sais pas" to the interface', () => {
    for (const text of texts()) {
      expect(text).not.toContain("'");
      expect(text.trim()).toBe(text);
    }
    for (const question of questions) {
      for (const option of question.options) {
        expect(option.label.toLowerCase()).not.toContain('je ne sais pas');
        expect(option.label.toLowerCase()).not.toContain('non concerné');
      }
    }
  });

  it('gives advice for every answer that is not the best, and none for the best', () => {
    for (const question of questions) {
      const max = questionMaxPoints(question);
      for (const option of question.options) {
        if (question.type === 'single') {
          expect(option.advice === undefined, `${option.id}`).toBe(option.points === max);
        }
        if (option.exclusive) {
          expect(option.advice, `${option.id}`).toBeDefined();
        }
      }
    }
  });

  it('scores having no website 0, never "Non concerné"', () => {
    const website = questions.find((question) => question.id === 'vis-website');
    expect(website?.allowNotApplicable).toBe(false);
    expect(website?.options.find((option) => option.id === 'vis-website-none')?.points).toBe(0);
    for (const question of questions.filter((candidate) => candidate.theme === 'referencing')) {
      expect(question.allowNotApplicable).toBe(false);
    }
    expect(
      questions.filter((question) => question.allowNotApplicable).map((question) => question.id),
    ).toEqual([
      'vis-review-replies',
      'con-before-after',
      'con-videos',
      'soc-replies',
      'soc-online-orders',
    ]);
  });
});
