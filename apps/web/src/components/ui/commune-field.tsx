import type { Commune } from '@capnum/contracts';
import { useEffect, useState } from 'react';
import { type CommuneScope, exactCommune, searchCommunes } from '../../lib/commune-api.ts';
import { communeSearchText } from '../../lib/i18n/commune-search.ts';
import { errorMessage } from '../../lib/use-api-data.ts';
import { Combobox } from './combobox.tsx';

const SEARCH_DELAY_MS = 250;
const MINIMUM_QUERY_LENGTH = 2;

const communeLabel = (commune: Commune) =>
  communeSearchText.optionLabel(commune.name, commune.postcodes);

type SearchState =
  | { kind: 'idle' }
  // The previous answers stay listed while the next one comes, so the list does not flicker.
  | { kind: 'searching'; previous: Commune[] }
  | { kind: 'found'; communes: Commune[] }
  | { kind: 'failed'; message: string };

interface CommuneFieldProps {
  id: string;
  /** What the commune is for: "Commune de l’entreprise", "Commune de l’étape". */
  label: string;
  hint: string;
  value: Commune | null;
  onChange: (commune: Commune | null) => void;
  error?: string | undefined;
  /** Staff pick among their chamber's communes only. */
  scope?: CommuneScope;
}

/**
 * A commune of the official list, found by name or postcode as the person
 * types, and picked in the shared combobox (sign-up form, staff's stop form).
 */
export function CommuneField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  scope = 'france',
}: CommuneFieldProps) {
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
    // Wait for a pause in typing, and drop answers to questions no longer asked.
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearch((current) => ({
        kind: 'searching',
        previous: current.kind === 'found' ? current.communes : noCommunes,
      }));
      try {
        const communes = await searchCommunes(trimmed, controller.signal, scope);
        setSearch({ kind: 'found', communes });
        // A name typed in full that only one commune bears is taken as it is.
        const exact = exactCommune(trimmed, communes);
        if (exact) {
          setQuery(communeLabel(exact));
          onChange(exact);
        }
      } catch (failure) {
        if (controller.signal.aborted) return;
        setSearch({ kind: 'failed', message: errorMessage(failure) });
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, isChosen, scope, onChange]);

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
      label={label}
      hint={hint}
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

// One empty list, so that the combobox does not see "new results" on every render.
const noCommunes: Commune[] = [];
