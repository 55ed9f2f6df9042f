import { frenchLongDate } from '@capnum/contracts/paris-time';
import { type FormEvent, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PeerBenchmark, resultsSections } from '../../components/profile/results-sections.tsx';
import { ScoreHistory } from '../../components/profile/score-history.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormFeedback } from '../../components/ui/form-feedback.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageShell } from '../../components/ui/page-shell.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useFormSubmission } from '../../lib/forms/use-form-submission.ts';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { resultsText } from '../../lib/i18n/results.ts';
import { paths, pathTo } from '../../lib/paths.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { advisorApi } from './api/advisor-api.ts';
import { MemberNotes } from './member-notes.tsx';
import {
  Bookings,
  CoachingTopics,
  MemberAnswers,
  MemberIdentity,
  ScoreChanges,
  shortDate,
} from './member-parts.tsx';
import './advisor.css';

const words = advisorText.file;

function PlannedVisit({ artisanId, initial }: { artisanId: string; initial: string | null }) {
  const [planned, setPlanned] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormSubmission();

  async function save(plannedOn: string | null) {
    await form.send(async () => {
      const { plannedVisit } = await advisorApi.planVisit(artisanId, plannedOn);
      setPlanned(plannedVisit);
      setNotice(words.visitSaved(plannedVisit ? frenchLongDate(plannedVisit) : null));
    });
  }

  return (
    <section className="results-section" aria-labelledby="member-visit-title">
      <h2 id="member-visit-title">{words.visitTitle}</h2>
      <p>{planned ? words.visitSaved(frenchLongDate(planned)) : words.visitNone}</p>
      <Notice message={notice} />
      <form
        className="form"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const value = String(new FormData(event.currentTarget).get('plannedOn') ?? '');
          void save(value || null);
        }}
      >
        <FormFeedback
          problem={form.problem}
          fieldIds={{ plannedOn: 'planned-on' }}
          attempt={form.attempt}
        />
        <TextField
          id="planned-on"
          name="plannedOn"
          type="date"
          label={words.visitLabel}
          defaultValue={planned ?? ''}
        />
        <div className="actions">
          <Button type="submit" busy={form.saving} busyLabel={words.visitSave}>
            {words.visitSave}
          </Button>
          {planned && (
            <Button type="button" variant="secondary" onClick={() => void save(null)}>
              {words.visitClear}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}

/** Everything about one member before a visit: profile, history, answers to discuss, bookings, notes. */
export function MemberFilePage() {
  const { artisanId = '' } = useParams();
  const load = useCallback(
    (signal: AbortSignal) => advisorApi.member(artisanId, signal),
    [artisanId],
  );
  const { state, reload } = useApiData(load);
  const file = state.status === 'loaded' ? state.data : undefined;
  const title = file?.member.businessName ?? words.fallbackTitle;

  return (
    <PageShell
      title={title}
      crumbs={[{ label: advisorText.title, to: paths.advisorHome }]}
      className="member-file"
    >
      <Loaded state={state} reload={reload} loading={words.loading} retry={advisorText.retry}>
        {({
          member,
          assessments,
          answers,
          coachingTopics,
          bookings,
          notes,
          plannedVisit,
          benchmark,
        }) => {
          const [latest] = assessments;
          return (
            <>
              <p className="lead">
                {member.sharingSince && `${words.sharingSince} ${shortDate(member.sharingSince)}.`}
              </p>
              <p>
                <Link className="button button--primary" to={pathTo.advisorBrief(member.id)}>
                  {words.brief}
                </Link>
              </p>
              <section className="results-section" aria-labelledby="member-identity-title">
                <h2 id="member-identity-title">{words.identityTitle}</h2>
                <MemberIdentity member={member} />
              </section>
              {latest ? (
                resultsSections.map(({ id, Section }) => <Section key={id} assessment={latest} />)
              ) : (
                <p className="empty-state">{words.noAssessment}</p>
              )}
              {benchmark && (
                <PeerBenchmark benchmark={benchmark} title={resultsText.benchmark.memberTitle} />
              )}
              {assessments.length >= 2 && (
                <section className="results-section" aria-labelledby="member-changes-title">
                  <h2 id="member-changes-title">{words.changesTitle}</h2>
                  <ScoreChanges assessments={assessments} />
                </section>
              )}
              {assessments.length >= 2 && <ScoreHistory assessments={assessments} />}
              <section className="results-section" aria-labelledby="member-coaching-title">
                <h2 id="member-coaching-title">{words.coachingTitle}</h2>
                <CoachingTopics topics={coachingTopics} />
              </section>
              <section className="results-section" aria-labelledby="member-answers-title">
                <h2 id="member-answers-title">{words.answersTitle}</h2>
                <MemberAnswers answers={answers} />
              </section>
              <section className="results-section" aria-labelledby="member-bookings-title">
                <h2 id="member-bookings-title">{words.bookingsTitle}</h2>
                <Bookings bookings={bookings} />
              </section>
              <PlannedVisit artisanId={member.id} initial={plannedVisit} />
              <MemberNotes artisanId={member.id} initial={notes} />
            </>
          );
        }}
      </Loaded>
    </PageShell>
  );
}
