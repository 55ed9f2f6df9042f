import { employeeBands, sectors, type TourStop } from '@capnum/contracts';
import { frenchShortDate } from '@capnum/contracts/paris-time';
import { levelLabels, maturityLevels, themeKeys, themeShortLabels } from '@capnum/scoring/labels';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxField } from '../../components/ui/checkbox-field.tsx';
import { Field } from '../../components/ui/field.tsx';
import { advisorText } from '../../lib/i18n/advisor.ts';
import { text } from '../../lib/i18n/index.ts';
import { signupText } from '../../lib/i18n/signup.ts';

const words = advisorText.filters;

/** The filters the list understands; everything else in the address is ignored. */
export const filterNames = [
  'q',
  'departement',
  'sector',
  'employeeBand',
  'level',
  'weakestTheme',
  'stopId',
  'withoutRecentAssessment',
  'sort',
] as const;

interface Option {
  value: string;
  label: string;
}

function SelectFilter({
  name,
  label,
  options,
  value,
  anyLabel = words.any,
}: {
  name: string;
  label: string;
  options: readonly Option[];
  value: string;
  anyLabel?: string | null;
}) {
  return (
    <Field id={`filter-${name}`} label={label}>
      {(control) => (
        <select
          {...control}
          name={name}
          defaultValue={value}
          className="field__input field__input--select"
        >
          {anyLabel !== null && <option value="">{anyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface MemberFiltersProps {
  values: URLSearchParams;
  departements: readonly string[];
  stops: readonly TourStop[];
  onApply: (next: URLSearchParams) => void;
}

/**
 * The search and filters of the member list. They live in the address, so a
 * reload, the back button or a shared link show the same list.
 */
export function MemberFilters({ values, departements, stops, onApply }: MemberFiltersProps) {
  const value = (name: string) => values.get(name) ?? '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of filterNames) {
      const entry = String(data.get(name) ?? '').trim();
      if (entry && !(name === 'sort' && entry === 'name')) next.set(name, entry);
    }
    onApply(next);
  }

  return (
    <form
      className="member-filters"
      onSubmit={submit}
      aria-labelledby="member-filters-title"
      key={values.toString()}
    >
      <h2 id="member-filters-title">{words.title}</h2>
      <Field id="filter-q" label={words.q} hint={words.qHint}>
        {(control) => (
          <input
            {...control}
            name="q"
            type="search"
            defaultValue={value('q')}
            className="field__input"
          />
        )}
      </Field>
      <div className="member-filters__grid">
        <SelectFilter
          name="departement"
          label={words.departement}
          value={value('departement')}
          options={departements.map((code) => ({ value: code, label: code }))}
        />
        <SelectFilter
          name="sector"
          label={words.sector}
          value={value('sector')}
          options={sectors.map((sector) => ({
            value: sector,
            label: signupText.sectors[sector].label,
          }))}
        />
        <SelectFilter
          name="employeeBand"
          label={words.employeeBand}
          value={value('employeeBand')}
          options={employeeBands.map((band) => ({ value: band, label: text.employeeBands[band] }))}
        />
        <SelectFilter
          name="level"
          label={words.level}
          value={value('level')}
          options={maturityLevels.map((level) => ({
            value: String(level),
            label: levelLabels[level],
          }))}
        />
        <SelectFilter
          name="weakestTheme"
          label={words.weakestTheme}
          value={value('weakestTheme')}
          options={themeKeys.map((key) => ({ value: key, label: themeShortLabels[key] }))}
        />
        <SelectFilter
          name="stopId"
          label={words.stop}
          value={value('stopId')}
          options={stops.map((stop) => ({
            value: stop.id,
            label: `${stop.communeName}, ${frenchShortDate(stop.date)}`,
          }))}
        />
        <SelectFilter
          name="sort"
          label={words.sort}
          value={value('sort') || 'name'}
          anyLabel={null}
          options={(['name', 'score', 'last-assessment'] as const).map((sort) => ({
            value: sort,
            label: words.sorts[sort],
          }))}
        />
      </div>
      <CheckboxField
        id="filter-withoutRecentAssessment"
        name="withoutRecentAssessment"
        value="true"
        label={words.withoutRecentAssessment}
        defaultChecked={value('withoutRecentAssessment') === 'true'}
      />
      <div className="actions">
        <Button type="submit">{words.apply}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply(new URLSearchParams())}>
          {words.reset}
        </Button>
      </div>
    </form>
  );
}
