// fast-check arbitraries shared by the property tests (not exported by the package).
import fc from 'fast-check';
import { levelFor } from './levels.ts';
import type {
  Answer,
  Answers,
  Option,
  Question,
  Questionnaire,
  ThemeKey,
} from './questionnaire.ts';
import { themeKeys, themeLabels } from './questionnaire.ts';
import type { SessionInput, StopInput, WorkshopLevel } from './recommendations.ts';
import { workshopLevels } from './recommendations.ts';
import type { Profile } from './scoring.ts';

function questionArbitrary(theme: ThemeKey, index: number, mandatory: boolean) {
  const id = `${theme}-${index}`;
  return fc
    .record({
      type: fc.constantFrom<'single' | 'multi'>('single', 'multi'),
      weight: fc.constantFrom(0.5, 1, 1.5, 2, 3),
      points: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 5 }),
      withExclusive: fc.boolean(),
      capRatio: fc.option(fc.double({ min: 0.1, max: 1, noNaN: true }), { nil: undefined }),
      allowNotApplicable: mandatory ? fc.constant(false) : fc.boolean(),
      advised: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    })
    .map(({ type, weight, points, withExclusive, capRatio, allowNotApplicable, advised }) => {
      // The schema wants at least one option worth points.
      const fixedPoints = points.every((value) => value === 0) ? [1, ...points.slice(1)] : points;
      const options: Option[] = fixedPoints.map((value, optionIndex) => ({
        id: `${id}-o${optionIndex}`,
        label: `Réponse ${optionIndex}`,
        points: value,
        ...(advised[optionIndex] ? { advice: `Conseil ${id}-o${optionIndex}` } : {}),
      }));
      if (type === 'multi' && withExclusive) {
        options.push({
          id: `${id}-none`,
          label: 'Aucune',
          points: 0,
          exclusive: true,
          advice: `Conseil ${id}-none`,
        });
      }
      const sum = fixedPoints.reduce((total, value) => total + value, 0);
      const question: Question = {
        id,
        theme,
        type,
        label: `Question ${id}`,
        weight,
        allowNotApplicable,
        options,
        unknownAdvice: `À vérifier ${id}`,
        ...(type === 'multi' && capRatio !== undefined
          ? { max: Math.max(1, Math.floor(sum * capRatio)) }
          : {}),
      };
      return question;
    });
}

/** Random questionnaires that pass QuestionnaireSchema. */
export const questionnaireArbitrary: fc.Arbitrary<Questionnaire> = fc
  .tuple(...themeKeys.map(() => fc.integer({ min: 1, max: 4 })))
  .chain((counts) =>
    fc.tuple(
      ...themeKeys.map((theme, themeIndex) =>
        fc.tuple(
          ...Array.from({ length: counts[themeIndex] ?? 1 }, (_, index) =>
            questionArbitrary(theme, index, index === 0),
          ),
        ),
      ),
    ),
  )
  .map((questionsByTheme) => ({
    version: 1,
    title: 'Questionnaire de test',
    themes: themeKeys.map((key, themeIndex) => ({
      key,
      label: themeLabels[key],
      intro: `Introduction ${key}`,
      questions: questionsByTheme[themeIndex] ?? [],
    })),
  }));

/** Any valid answer to a question, "Je ne sais pas" and "Non concerné" included. */
export function answerArbitrary(question: Question): fc.Arbitrary<Answer> {
  const answers: fc.Arbitrary<Answer>[] = [
    realAnswerArbitrary(question),
    fc.constant({ unknown: true }),
  ];
  if (question.allowNotApplicable) {
    answers.push(fc.constant({ notApplicable: true }));
  }
  return fc.oneof(...answers);
}

/** A valid answer with a real option (neither "Je ne sais pas" nor "Non concerné"). */
export function realAnswerArbitrary(question: Question): fc.Arbitrary<Answer> {
  const ids = question.options.map((option) => option.id);
  if (question.type === 'single') {
    return fc.constantFrom(...ids).map((choice) => ({ choice }));
  }
  const exclusive = question.options
    .filter((option) => option.exclusive)
    .map((option) => option.id);
  const combinable = question.options
    .filter((option) => !option.exclusive)
    .map((option) => option.id);
  const answers: fc.Arbitrary<Answer>[] = [
    fc.subarray(combinable, { minLength: 1 }).map((choices) => ({ choices })),
  ];
  if (exclusive.length > 0) {
    answers.push(fc.constantFrom(...exclusive).map((choice) => ({ choices: [choice] })));
  }
  return fc.oneof(...answers);
}

/** A complete, valid set of answers to a questionnaire. */
export function answersArbitrary(questionnaire: Questionnaire): fc.Arbitrary<Answers> {
  const questions = questionnaire.themes.flatMap((theme) => theme.questions);
  return fc
    .tuple(...questions.map((question) => answerArbitrary(question)))
    .map((answers) =>
      Object.fromEntries(questions.map((question, index) => [question.id, answers[index]])),
    ) as fc.Arbitrary<Answers>;
}

/** A questionnaire with a complete set of answers. */
export const answeredQuestionnaireArbitrary = questionnaireArbitrary.chain((questionnaire) =>
  answersArbitrary(questionnaire).map((answers) => ({ questionnaire, answers })),
);

/** A profile with arbitrary theme scores (priorities and actions are not used by recommendations). */
export const profileArbitrary: fc.Arbitrary<Profile> = fc
  .tuple(...themeKeys.map(() => fc.integer({ min: 0, max: 100 })))
  .map((scores) => {
    const themes = themeKeys.map((key, index) => {
      const score = scores[index] ?? 0;
      return { key, score, level: levelFor(score).level, answered: 1, unknown: 0 };
    });
    const overall = Math.round(themes.reduce((total, theme) => total + theme.score, 0) / 4);
    return {
      overall: { score: overall, level: levelFor(overall).level },
      themes,
      priorities: [],
      actions: [],
    };
  });

const minute = 60_000;
/** Fixed origin so that failures replay identically. */
export const clockOrigin = new Date('2026-05-01T08:00:00Z');

function sessionArbitrary(stopId: string, index: number): fc.Arbitrary<SessionInput> {
  return fc
    .record({
      offsetMinutes: fc.integer({ min: -3 * 24 * 60, max: 30 * 24 * 60 }),
      theme: fc.constantFrom<ThemeKey>(...themeKeys),
      level: fc.constantFrom<WorkshopLevel>(...workshopLevels),
      capacity: fc.integer({ min: 1, max: 12 }),
      confirmedCount: fc.integer({ min: 0, max: 14 }),
      // One session in five is cancelled: enough to exercise the filter, few enough to rank the rest.
      cancelled: fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
    })
    .map(({ offsetMinutes, theme, level, capacity, confirmedCount, cancelled }) => {
      const startsAt = new Date(clockOrigin.getTime() + offsetMinutes * minute);
      return {
        id: `${stopId}-s${index}`,
        workshopId: `${theme}-${level}`,
        workshopTitle: `Atelier ${theme} ${level}`,
        theme,
        level,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * minute),
        capacity,
        confirmedCount,
        cancelled,
      };
    });
}

function stopArbitrary(index: number): fc.Arbitrary<StopInput> {
  const id = `stop-${index}`;
  return fc
    .record({
      chamberId: fc.constantFrom('cma-bfc', 'cma-autre'),
      departement: fc.constantFrom('21', '58', '89'),
      sessionCount: fc.integer({ min: 0, max: 10 }),
    })
    .chain(({ chamberId, departement, sessionCount }) =>
      fc
        .tuple(
          ...Array.from({ length: sessionCount }, (_, sessionIndex) =>
            sessionArbitrary(id, sessionIndex),
          ),
        )
        .map((sessions) => {
          // A stop is one day: its date is the day of its first session (or of the origin).
          const first = sessions.reduce<Date | null>(
            (earliest, session) =>
              earliest === null || session.startsAt < earliest ? session.startsAt : earliest,
            null,
          );
          return {
            id,
            chamberId,
            departement,
            communeName: `Commune ${index}`,
            date: (first ?? clockOrigin).toISOString().slice(0, 10),
            address: `${index} rue de la Halle`,
            sessions,
          };
        }),
    );
}

export const stopsArbitrary: fc.Arbitrary<StopInput[]> = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => stopArbitrary(index))));

/** A clock between two days before and two weeks after the origin. */
export const nowArbitrary: fc.Arbitrary<Date> = fc
  .integer({ min: -2 * 24 * 60, max: 14 * 24 * 60 })
  .map((offsetMinutes) => new Date(clockOrigin.getTime() + offsetMinutes * minute));
