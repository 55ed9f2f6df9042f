import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { useAuth } from '../../../lib/auth/auth-context.ts';
import { text } from '../../../lib/i18n/index.ts';
import { paths } from '../../../lib/paths.ts';
import { usePage } from '../../../lib/use-page.ts';
import '../assessment.css';
import { askedInTheme, askedQuestions, sameAnswer, unansweredQuestions } from './answers.ts';
import { type DraftSession, type DraftView, draftSessionFor } from './draft-session.ts';
import { QuestionFieldset } from './question-fieldset.tsx';
import { ReviewStep } from './review-step.tsx';
import { questionElementId, reviewSlug, stepPath, themeSlugs } from './steps.ts';

/** False until the questionnaire has been shown once in this document. */
let shownSinceLoad = false;

/** Saving status and, when a save fails, the way to try again; sticks to the bottom of the screen. */
function SaveBar({ view, session }: { view: DraftView; session: DraftSession }) {
  const words = text.diagnostic;
  let status = '';
  if (view.save === 'saving') status = words.saving;
  else if (view.save === 'saved') status = words.saved;
  const active = status !== '' || view.save === 'failed' || view.save === 'refused';
  return (
    <div className={active ? 'save-bar save-bar--active' : 'save-bar'}>
      {view.save === 'failed' && (
        <div className="alert alert--error save-bar__alert" role="alert">
          <p>{words.saveFailed(view.unsaved)}</p>
          <Button
            variant="secondary"
            onClick={() => session.retry()}
            busy={view.retrying}
            busyLabel={words.saving}
          >
            {words.saveRetry}
          </Button>
        </div>
      )}
      {view.save === 'refused' && (
        <Alert tone="error">
          <p>{view.saveError}</p>
          <Button variant="secondary" onClick={() => window.location.reload()}>
            {words.reload}
          </Button>
        </Alert>
      )}
      <p className="save-bar__status" role="status">
        {status}
      </p>
    </div>
  );
}

/**
 * The questionnaire, one theme per step (`/diagnostic/visibilite`…), then a
 * review step that sends it. `/diagnostic` alone resumes at the first question
 * without an answer.
 */
export function QuestionnairePage() {
  const words = text.diagnostic;
  const auth = useAuth();
  const userId = auth.status === 'signed-in' ? auth.user.id : '';
  const session = useMemo(() => draftSessionFor(userId), [userId]);
  const view = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { step: slug } = useParams();
  const location = useLocation();
  const focusedFor = useRef<string | null>(null);

  useEffect(() => {
    session.load();
    // Answers left unsaved on another step (or before the session was renewed) go out now.
    void session.send();
  }, [session]);

  const { questionnaire, answers } = view;
  const themes = questionnaire?.themes ?? [];
  const stepCount = themes.length + 1;
  const themeIndex = themes.findIndex((item) => themeSlugs[item.key] === slug);
  const theme = themes[themeIndex];
  const isReview = slug === reviewSlug;
  const stepNumber = isReview ? stepCount : themeIndex + 1;
  const stepLabel = isReview ? words.review.label : theme?.label;
  usePage(stepLabel ? words.documentTitle(stepNumber, stepCount, stepLabel) : words.title);

  // On arrival, open on the question asked for (#question-…), or, on the first page
  // shown since the browser loaded the document (a reload, a bookmark), on the first
  // question of the step still without an answer; otherwise at the top of the step.
  // Runs after usePage, which focuses the h1.
  useEffect(() => {
    if (view.load !== 'ready' || focusedFor.current === location.key) return;
    focusedFor.current = location.key;
    const justLoaded = !shownSinceLoad;
    shownSinceLoad = true;
    if (!theme || !questionnaire) return;
    let target = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
    if (!target && justLoaded) {
      const firstOpen = askedInTheme(questionnaire, theme.questions, answers).find(
        (question) => !answers[question.id],
      );
      if (firstOpen) target = questionElementId(firstOpen.id);
    }
    const element = target ? document.getElementById(target) : null;
    if (!element) {
      // A new step opens at its top, title first, wherever the last one was scrolled to.
      window.scrollTo({ top: 0 });
      return;
    }
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  });

  if (view.load !== 'ready' || !questionnaire) {
    return (
      <div className="page page--narrow">
        <h1>{words.title}</h1>
        {view.load === 'failed' ? (
          <Alert tone="error">
            <p>{view.loadError}</p>
            <Button variant="secondary" onClick={() => session.load()}>
              {words.retry}
            </Button>
          </Alert>
        ) : (
          <LoadingState message={words.loading} />
        )}
      </div>
    );
  }

  if (!slug) {
    // The draft's `progress.firstUnansweredId`, kept up to date with the answers not saved yet.
    const [firstOpen] = unansweredQuestions(questionnaire, answers);
    const to = firstOpen
      ? stepPath(themeSlugs[firstOpen.theme], firstOpen.id)
      : stepPath(reviewSlug);
    return <Navigate to={to} replace />;
  }
  if (!theme && !isReview) return <Navigate to={paths.diagnostic} replace />;

  const allQuestions = askedQuestions(questionnaire, answers);
  const answered = allQuestions.filter((question) => answers[question.id]).length;
  const themeQuestions = theme ? askedInTheme(questionnaire, theme.questions, answers) : [];
  const previous = themes[stepNumber - 2];
  const next = themes[stepNumber];

  return (
    <div className="page page--narrow questionnaire">
      <h1>{words.title}</h1>
      <div className="questionnaire__progress">
        <p id="questionnaire-step" className="questionnaire__step">
          {words.progress(stepNumber, stepCount, stepLabel ?? '')}
        </p>
        <progress aria-labelledby="questionnaire-step" max={stepCount} value={stepNumber} />
        <p className="questionnaire__answered">{words.answered(answered, allQuestions.length)}</p>
      </div>

      {theme ? (
        <section aria-labelledby="step-heading">
          <h2 id="step-heading">{theme.label}</h2>
          <p className="lead">{theme.intro}</p>
          <p>
            {words.questionCount(themeQuestions.length)}{' '}
            <Link to={paths.diagnosticCalculation}>{words.calculationLink}</Link>
          </p>
          {themeQuestions.map((question) => (
            <QuestionFieldset
              key={question.id}
              question={question}
              answer={answers[question.id]}
              fromLastTime={sameAnswer(answers[question.id], view.previousAnswers[question.id])}
              onChange={(questionId, answer) => session.setAnswer(questionId, answer)}
            />
          ))}
        </section>
      ) : (
        <ReviewStep questionnaire={questionnaire} answers={answers} session={session} />
      )}

      <nav className="step-navigation" aria-label={words.stepsNavigation}>
        {theme && (
          <Link
            className="button button--primary"
            to={stepPath(next ? themeSlugs[next.key] : reviewSlug)}
            onClick={() => void session.send()}
          >
            {words.next(next ? next.label : words.review.label)}
          </Link>
        )}
        {previous && (
          <Link
            className="button button--secondary"
            to={stepPath(themeSlugs[previous.key])}
            onClick={() => void session.send()}
          >
            {words.previous(previous.label)}
          </Link>
        )}
      </nav>
      <SaveBar view={view} session={session} />
    </div>
  );
}
