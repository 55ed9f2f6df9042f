import { frenchDate, frenchTimeRange } from '@capnum/contracts/paris-time';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { Loaded } from '../../../components/ui/loaded.tsx';
import { tourText } from '../../../lib/i18n/tour.ts';
import { paths } from '../../../lib/paths.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { tourApi } from '../api/tour-api.ts';
import { bookingsBySession, useSessionBookings } from '../use-session-bookings.ts';
import { SessionCard } from './session-card.tsx';
import '../tour.css';
import type { Recommendations, RecommendedSession } from '@capnum/contracts';
import type { Booking } from '../use-session-bookings.ts';
import { availabilityOf, SessionBooking } from './session-booking.tsx';

const TITLE_ID = 'next-stop-title';

/**
 * The results page's way forward: the van's next stop near the artisan and
 * its sessions, most useful first, each bookable in place.
 */
export function NextStopRecommendations({ assessmentId }: { assessmentId: string }) {
  const words = tourText.nextStop;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [recommendations, mine] = await Promise.all([
        tourApi.recommendations(assessmentId, signal),
        tourApi.myRegistrations(signal),
      ]);
      return { recommendations, bookings: bookingsBySession(mine.registrations) };
    },
    [assessmentId],
  );
  const { state, reload } = useApiData(load);

  if (state.status === 'loaded' && state.data.recommendations.stop) {
    return (
      <RecommendedSessions
        recommendations={state.data.recommendations}
        initialBookings={state.data.bookings}
      />
    );
  }

  return (
    <section className="next-stop" aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID}>{words.genericTitle}</h2>
      <Loaded state={state} reload={reload} loading={words.loading} retry={words.retry}>
        {() => (
          <div className="empty-state">
            <p>{words.noStop}</p>
            <p>
              <Link className="button button--secondary" to={paths.tour}>
                {words.allStops}
              </Link>
            </p>
          </div>
        )}
      </Loaded>
    </section>
  );
}

function RecommendedSessions({
  recommendations,
  initialBookings,
}: {
  recommendations: Recommendations;
  initialBookings: ReadonlyMap<string, Booking>;
}) {
  const words = tourText.nextStop;
  const { bookings, book, seatsLeft } = useSessionBookings(initialBookings);
  const stop = recommendations.stop;
  if (!stop) return null;
  // The rest of the day, in the order of the day.
  const bestIds = new Set(recommendations.best.map((item) => item.session.id));
  const rest = recommendations.sessions
    .filter((item) => !bestIds.has(item.session.id))
    .sort((left, right) => left.session.startsAt.localeCompare(right.session.startsAt));

  const renderSession = (recommendation: RecommendedSession) => {
    const { session, workshop } = recommendation;
    const left = seatsLeft(session.id, recommendation.seatsLeft);
    return (
      <SessionCard
        key={session.id}
        session={session}
        workshop={workshop}
        seatsLeft={left}
        reason={recommendation.reason}
      >
        <SessionBooking
          sessionId={session.id}
          accessibleDetail={`${workshop.title}, ${frenchTimeRange(session.startsAt, session.endsAt)}`}
          booking={bookings.get(session.id)}
          availability={availabilityOf(session)}
          full={left === 0}
          onBook={book}
        />
      </SessionCard>
    );
  };

  return (
    <section className="next-stop" aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID}>{words.title(stop.communeName, frenchDate(stop.date))}</h2>
      <p className="next-stop__where">
        {words.where(stop.address, stop.communeName, stop.departement)}
      </p>
      {recommendations.sessions.length === 0 ? (
        <p>{words.noSession}</p>
      ) : (
        <>
          <h3>{words.bestTitle}</h3>
          {recommendations.best.length === 0 ? (
            <p>{words.noBest}</p>
          ) : (
            <>
              <p>{words.bestIntro}</p>
              <ol className="session-list">{recommendations.best.map(renderSession)}</ol>
              <p className="next-stop__levels">{words.levelsExplained}</p>
            </>
          )}
          {rest.length > 0 && (
            <details className="next-stop__programme">
              <summary>{words.programme(rest.length)}</summary>
              <ul className="session-list">{rest.map(renderSession)}</ul>
            </details>
          )}
        </>
      )}
      <p>
        <Link to={paths.tour}>{words.allStops}</Link>
      </p>
    </section>
  );
}
