import type { Commune } from '@capnum/contracts';
import { useEffect, useState } from 'react';
import { Combobox } from '../../../components/ui/combobox.tsx';
import { communeSearchText } from '../../../lib/i18n/commune-search.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { errorMessage } from '../../../lib/use-api-data.ts';
import { staffApi } from '../api/staff-api.ts';

const SEARCH_DELAY_MS = 250;
const MINIMUM_QUERY_LENGTH = 2;

export const communeLabel = (commune: Commune) =>
  communeSearchText.optionLabel(commune.name, commune.postcodes);

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; previous: Commune[] }
  | { kind: 'found'; communes: Commune[] }
  | { kind: 'failed'; message: string };

interface StopCommuneFieldProps {
  id: string;
  value: Commune | null;
  onChange: (commune: Commune | null) => void;
  error?: string | undefined;
}

/**
 * Where the van stops: a commune of the official list, found by name or
 * postcode (`GET /api/communes?q=`), in the shared combobox of the sign-up form.
 */
export function StopCommuneField({ id, value, onChange, error }: StopCommuneFieldProps) {
  const [query, setQuery] = useState(value ? communeLabel(value) : '');
  const [search, setSearch] = useState<SearchState>({ kind: 'idle' });
  const words = communeSearchText;
  const trimmed = query.trim();
  const isChosen = value !== null && query === communeLabel(value);

  useEffect(() => {
    if (isChosen || trimmed.length < MINIMUM_QUERY_LENGTH) {
      setSearch({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearch((current) => ({
        kind: 'searching',
        previous: current.kind === 'found' ? current.communes : noCommunes,
      }));
      try {
        const communes = await staffApi.searchCommunes(trimmed, controller.signal);
        setSearch({ kind: 'found', communes });
      } catch (failure) {
        if (controller.signal.aborted) return;
        setSearch({ kind: 'failed', message: errorMessage(failure) });
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, isChosen]);

  let status = '';
  if (value && isChosen) status = words.chosen(communeLabel(value), value.departement);
  else if (trimmed.length > 0 && trimmed.length < MINIMUM_QUERY_LENGTH) status = words.typeMore;
  else if (search.kind === 'searching') status = words.searching;
  else if (search.kind === 'failed') status = search.message;
  else if (search.kind === 'found')
    status = search.communes.length > 0 ? words.results(search.communes.length) : words.noResult;

  return (
    <Combobox
      id={id}
      label={staffText.stopForm.communeLabel}
      hint={staffText.stopForm.communeHint}
      error={error}
      inputValue={query}
      onInputChange={(next) => {
        setQuery(next);
        if (value) onChange(null);
      }}
      options={
        search.kind === 'found'
          ? search.communes
          : search.kind === 'searching'
            ? search.previous
            : noCommunes
      }
      optionKey={(commune) => commune.code}
      optionLabel={communeLabel}
      renderOption={(commune) => (
        <>
          <span className="combobox__option-label">{communeLabel(commune)}</span>
          <span className="combobox__option-detail">{words.departement(commune.departement)}</span>
        </>
      )}
      onSelect={(commune) => {
        setQuery(communeLabel(commune));
        onChange(commune);
      }}
      status={status}
    />
  );
}

const noCommunes: Commune[] = [];
