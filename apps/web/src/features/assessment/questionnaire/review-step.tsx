import type { Answers, Question, Questionnaire } from '@capnum/scoring';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button.tsx';
import { text } from '../../../lib/i18n/index.ts';
import { pathTo } from '../../../lib/paths.ts';
import { answerText, askedInTheme, unansweredQuestions } from './answers.ts';
import type { DraftSession } from './draft-session.ts';
import { stepPath, themeSlugs } from './steps.ts';

interface ReviewStepProps {
  questionnaire: Questionnaire;
  answers: Answers;
  session: DraftSession;
}

interface SubmitProblem {
  message: string;
  missing: Question[];
}

/** Each unanswered question, as a link that opens its step on it. */
function MissingLinks({ questions }: { questions: readonly Question[] }) {
  return (
    <ul className="review__missing">
      {questions.map((question) => (
        <li key={question.id}>
          <Link to={stepPath(themeSlugs[question.theme], question.id)}>{question.label}</Link>
        </li>
      ))}
    </ul>
  );
}

export function ReviewStep({ questionnaire, answers, session }: ReviewStepProps) {
  const words = text.diagnostic.review;
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  const unanswered = unansweredQuestions(questionnaire, answers);

  useEffect(() => {
    if (problem) problemBox.current?.focus();
  }, [problem]);

  async function handleSubmit() {
    setSubmitting(true);
    setProblem(null);
    const outcome = await session.submit();
    if (outcome.kind === 'submitted') {
      const { assessment } = outcome;
      navigate(pathTo.diagnosticResults(assessment.id), { state: { assessment } });
      return;
    }
    setSubmitting(false);
    if (outcome.kind === 'incomplete') {
      const missing = questionnaire.themes
        .flatMap((theme) => theme.questions)
        .filter((question) => outcome.missingQuestionIds.includes(question.id));
      setProblem({ message: words.incomplete(outcome.missingQuestionIds.length), missing });
    } else {
      setProblem({
        message: outcome.kind === 'not-saved' ? words.notSaved : outcome.message,
        missing: [],
      });
    }
  }

  return (
    <section aria-labelledby="step-heading">
      <h2 id="step-heading">{words.label}</h2>
      <p className="lead">{words.intro}</p>
      <ul className="review">
        {questionnaire.themes.map((theme) => {
          const asked = askedInTheme(questionnaire, theme.questions, answers);
          const missing = asked.filter((question) => !answers[question.id]);
          const slug = themeSlugs[theme.key];
          return (
            <li key={theme.key} className="card">
              <h3 className="card__title">{theme.label}</h3>
              <p>{words.themeProgress(asked.length - missing.length, asked.length)}</p>
              {missing.length > 0 && (
                <>
                  <p>{words.missing(missing.length)}</p>
                  <MissingLinks questions={missing} />
                </>
              )}
              <details className="review__answers">
                <summary>{words.showAnswers}</summary>
                <dl>
                  {asked.map((question) => (
                    <div key={question.id}>
                      <dt>{question.label}</dt>
                      <dd>
                        {answerText(question, answers[question.id], {
                          unknown: text.diagnostic.unknown,
                          notApplicable: text.diagnostic.notApplicable,
                          none: words.noAnswer,
                        })}
                      </dd>
                    </div>
                  ))}
                </dl>
              </details>
              <p>
                <Link to={stepPath(slug)}>{words.edit(theme.label)}</Link>
              </p>
            </li>
          );
        })}
      </ul>

      <div className="review__submit">
        {problem && (
          <div ref={problemBox} className="alert alert--error" role="alert" tabIndex={-1}>
            <p>{problem.message}</p>
            {problem.missing.length > 0 && <MissingLinks questions={problem.missing} />}
          </div>
        )}
        <h3>{unanswered.length === 0 ? words.readyTitle : words.notReadyTitle}</h3>
        <p>{unanswered.length === 0 ? words.ready : words.notReady(unanswered.length)}</p>
        <Button onClick={handleSubmit} busy={submitting} busyLabel={words.submitting}>
          {words.submit}
        </Button>
      </div>
    </section>
  );
}
