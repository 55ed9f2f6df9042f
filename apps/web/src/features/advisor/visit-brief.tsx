import type { MemberFile } from '@capnum/contracts';
import { frenchShortDate, frenchTime } from '@capnum/contracts/paris-time';
import { levelLabels, themeShortLabels } from '@capnum/scoring/labels';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { MemberIdentity, ScoreChanges } from './member-parts.tsx';

const words = advisorText.brief;

/**
 * One member on one printed A4 page: who, scores and levels, what changed,
 * priorities, upcoming workshops, what to talk about, the latest notes.
 */
export function VisitBrief({ file, now }: { file: MemberFile; now: Date }) {
  const { member, assessments, coachingTopics, bookings, notes } = file;
  const [latest] = assessments;
  const upcoming = bookings.filter(
    (booking) =>
      booking.status !== 'cancelled' && new Date(booking.startsAt).getTime() >= now.getTime(),
  );
  const talkingPoints = [
    ...(latest?.profile.actions.map((action) => action.text) ?? []),
    ...coachingTopics.map((topic) => topic.advice ?? topic.question),
  ];
  return (
    <article className="visit-brief" aria-labelledby={`brief-${member.id}`}>
      <h2 id={`brief-${member.id}`} className="visit-brief__title">
        {member.businessName}
      </h2>
      <MemberIdentity member={member} />
      {latest ? (
        <>
          <h3>{words.scores}</h3>
          <p>
            {advisorText.file.overallRow} : <strong>{latest.profile.overall.score}/100</strong> (
            {levelLabels[latest.profile.overall.level]}) —{' '}
            {latest.profile.themes
              .map(
                (theme) =>
                  `${themeShortLabels[theme.key]} ${theme.score} (${levelLabels[theme.level]})`,
              )
              .join(' ; ')}
          </p>
          <ScoreChanges assessments={assessments} />
          <h3>{words.priorities}</h3>
          <p>{latest.profile.priorities.map((key) => themeShortLabels[key]).join(', ') || '—'}</p>
        </>
      ) : (
        <p>{advisorText.file.noAssessment}</p>
      )}
      <h3>{words.talkingPoints}</h3>
      {talkingPoints.length > 0 ? (
        <ul className="checklist">
          {talkingPoints.slice(0, 8).map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      ) : (
        <p>—</p>
      )}
      <h3>{words.upcoming}</h3>
      {upcoming.length > 0 ? (
        <ul>
          {upcoming.map((booking) => (
            <li key={booking.sessionId}>
              {booking.workshopTitle} — {booking.stop.communeName},{' '}
              {frenchShortDate(booking.stop.date)} à {frenchTime(booking.startsAt)} (
              {advisorText.file.statuses[booking.status]})
            </li>
          ))}
        </ul>
      ) : (
        <p>{words.noUpcoming}</p>
      )}
      {notes.length > 0 && (
        <>
          <h3>{words.notes}</h3>
          <ul>
            {notes.slice(0, 3).map((note) => (
              <li key={note.id}>
                {note.text} <span className="note__meta">({note.authorName})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
