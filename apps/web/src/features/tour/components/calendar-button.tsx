import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { tourText } from '../../../lib/i18n/tour.ts';
import { saveFile } from '../../../lib/save-file.ts';
import { errorMessage } from '../../../lib/use-api-data.ts';
import { tourApi } from '../api/tour-api.ts';

/**
 * "Ajouter à mon agenda": the calendar file needs the bearer token, which a
 * plain link cannot send, so it is fetched and saved from a Blob.
 */
export function CalendarButton({ sessionId, title }: { sessionId: string; title: string }) {
  const words = tourText.myWorkshops;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await tourApi.calendar(sessionId);
      saveFile(blob, fileName ?? words.calendarFileName);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="secondary" busy={busy} busyLabel={words.calendarBusy} onClick={handleClick}>
        {words.addToCalendar}
        <span className="visually-hidden"> : {title}</span>
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </>
  );
}
