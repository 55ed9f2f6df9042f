import type { Assessment, MemberBooking, MemberFile } from '@capnum/contracts';
import { frenchShortDate, frenchTime, parisDate } from '@capnum/contracts/paris-time';
import { themeKeys, themeShortLabels } from '@capnum/scoring/labels';
import { DataTable } from '../../components/ui/data-table.tsx';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { text } from '../../lib/i18n/index.ts';
import { signupText } from '../../lib/i18n/signup.ts';

// Pieces of a member's file that the file page, the brief and the stop pack share.

const words = advisorText.file;

export const shortDate = (instant: string) => frenchShortDate(parisDate(instant));

export function MemberIdentity({ member }: { member: MemberFile['member'] }) {
  return (
    <dl className="details member-identity">
      <div>
        <dt>{words.trade}</dt>
        <dd>
          {member.trade} ({signupText.sectors[member.sector].label})
        </dd>
      </div>
      <div>
        <dt>{words.commune}</dt>
        <dd>
          {member.communeName} ({member.departement})
        </dd>
      </div>
      <div>
        <dt>{words.employees}</dt>
        <dd>{text.employeeBands[member.employeeBand]}</dd>
      </div>
      <div>
        <dt>{words.siret}</dt>
        <dd>{member.siret}</dd>
      </div>
      <div>
        <dt>{words.email}</dt>
        <dd>
          <a href={`mailto:${member.email}`}>{member.email}</a>
        </dd>
      </div>
      {member.website && (
        <div>
          <dt>{words.website}</dt>
          <dd>{member.website}</dd>
        </div>
      )}
    </dl>
  );
}

const scoreOf = (assessment: Assessment, key: string) =>
  key === 'overall'
    ? assessment.profile.overall.score
    : (assessment.profile.themes.find((theme) => theme.key === key)?.score ?? 0);

/** Each theme's score now, before, and the change: what happened since the last assessment. */
export function ScoreChanges({ assessments }: { assessments: readonly Assessment[] }) {
  const [latest, previous] = assessments;
  if (!latest || !previous) return null;
  const rows = [
    ...themeKeys.map((key) => ({ key, label: themeShortLabels[key] })),
    { key: 'overall', label: words.overallRow },
  ];
  return (
    <DataTable caption={words.changesCaption(shortDate(previous.submittedAt))}>
      <thead>
        <tr>
          <th scope="col">{words.themeColumn}</th>
          <th scope="col" className="data-table__number">
            {shortDate(previous.submittedAt)}
          </th>
          <th scope="col" className="data-table__number">
            {shortDate(latest.submittedAt)}
          </th>
          <th scope="col">{words.changeColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="data-table__number">{scoreOf(previous, key)}</td>
            <td className="data-table__number">{scoreOf(latest, key)}</td>
            <td>{words.change(scoreOf(latest, key) - scoreOf(previous, key))}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function CoachingTopics({ topics }: { topics: MemberFile['coachingTopics'] }) {
  if (topics.length === 0) return <p>{words.noCoaching}</p>;
  return (
    <ul className="checklist">
      {topics.map((topic) => (
        <li key={topic.questionId}>
          <strong>{topic.question}</strong>
          {topic.advice && <> — {topic.advice}</>}
        </li>
      ))}
    </ul>
  );
}

export function Bookings({ bookings }: { bookings: readonly MemberBooking[] }) {
  if (bookings.length === 0) return <p>{words.noBookings}</p>;
  return (
    <DataTable caption={words.bookingsCaption}>
      <thead>
        <tr>
          <th scope="col">{words.bookingColumns.workshop}</th>
          <th scope="col">{words.bookingColumns.when}</th>
          <th scope="col">{words.bookingColumns.where}</th>
          <th scope="col">{words.bookingColumns.status}</th>
        </tr>
      </thead>
      <tbody>
        {bookings.map((booking) => (
          <tr key={booking.sessionId}>
            <th scope="row">{booking.workshopTitle}</th>
            <td className="data-table__nowrap">
              {frenchShortDate(booking.stop.date)}, {frenchTime(booking.startsAt)}
            </td>
            <td>{booking.stop.communeName}</td>
            <td>{words.statuses[booking.status]}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The latest answers in words, theme by theme, each theme folded; "Je ne sais pas" stands out. */
export function MemberAnswers({ answers }: { answers: MemberFile['answers'] }) {
  if (answers.length === 0) return <p>{words.noAssessment}</p>;
  return (
    <>
      {themeKeys.map((theme) => {
        const ofTheme = answers.filter((answer) => answer.theme === theme);
        if (ofTheme.length === 0) return null;
        return (
          <details key={theme} className="member-answers">
            <summary>
              {words.answersOf(
                themeShortLabels[theme],
                ofTheme.filter((answer) => answer.unknown).length,
              )}
            </summary>
            <dl>
              {ofTheme.map((answer) => (
                <div
                  key={answer.questionId}
                  className={answer.unknown ? 'member-answers__unknown' : undefined}
                >
                  <dt>{answer.question}</dt>
                  <dd>{answer.answer}</dd>
                </div>
              ))}
            </dl>
          </details>
        );
      })}
    </>
  );
}
