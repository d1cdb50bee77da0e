'use client';

import { useId, useSyncExternalStore } from 'react';
import type { ReportCountry } from '@/lib/report/schema';
import { countryForLanguage } from '@/lib/report/default-country';
import { useStoredValue } from '@/lib/report/use-stored-value';
import { storageKeys } from '@/lib/progress/storage-keys';
import { noSubscription } from '@/lib/use-hydrated';
import { reportText } from '@/lib/i18n/en/report';
import { WhereToReportList } from './where-to-report-list';

/** The country choice: remembered locally (its own key), else guessed from navigator.language, else the fallback. */
export function WhereToReportPicker({ countries, fallback }: { countries: ReportCountry[]; fallback: string }) {
  const selectId = useId();
  const [stored, store] = useStoredValue(storageKeys.reportCountry);
  const language = useSyncExternalStore(
    noSubscription,
    () => navigator.language,
    () => undefined,
  );
  const guessed = countryForLanguage(language, countries, fallback);
  // A stored id that no longer exists (a country removed from the data) falls back to the guess.
  const chosen = countries.find((country) => country.id === stored) ?? countries.find((c) => c.id === guessed)!;

  return (
    <>
      <label htmlFor={selectId} className="block font-semibold">
        {reportText.countryLabel}
      </label>
      <select
        id={selectId}
        value={chosen.id}
        onChange={(event) => store(event.target.value)}
        aria-describedby={`${selectId}-help`}
        className="mt-1 min-h-12 w-full max-w-sm rounded-md border-2 border-line bg-surface px-3"
      >
        {countries.map((country) => (
          <option key={country.id} value={country.id}>
            {country.name}
          </option>
        ))}
      </select>
      <p id={`${selectId}-help`} className="text-sm text-muted">
        {reportText.countryHelp}
      </p>
      <div aria-live="polite">
        <WhereToReportList country={chosen} />
      </div>
    </>
  );
}
