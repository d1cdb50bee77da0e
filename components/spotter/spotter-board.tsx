'use client';

import { useMemo, useState } from 'react';
import type { Artefact as ArtefactData, Spot } from '@/lib/content/artefact-schema';
import { spotterText } from '@/lib/i18n/en/spotter';
import { Artefact } from './mock/artefact';
import { SpotContext, type PartOutcome, type SpotContextValue } from './mock/part';

export type SpotterBoardProps = {
  /** Unique prefix for element ids on the page. */
  baseId: string;
  artefact: ArtefactData;
  spots: Spot[];
  marked: ReadonlySet<string>;
  onToggle(spotId: string): void;
  /** Set once checked or revealed: marking stops and each spot shows its outcome. */
  outcomes?: ReadonlyMap<string, PartOutcome>;
};

/**
 * The flaggable artefact (the "item" of the red-flag exercise). The same choices are offered two ways: toggle
 * buttons inside the picture, or a checkbox list of neutral part names for screen-reader users and anyone who
 * prefers a list. Both write to the same marks, owned by the container.
 */
export function SpotterBoard({ baseId, artefact, spots, marked, onToggle, outcomes }: SpotterBoardProps) {
  const [view, setView] = useState<'picture' | 'list'>('picture');
  const numbers = useMemo(() => new Map(spots.map((spot, index) => [spot.id, index + 1])), [spots]);
  const locked = Boolean(outcomes);
  const context: SpotContextValue = { numbers, marked, interactive: view === 'picture' && !locked, outcomes, onToggle };

  return (
    <div className="space-y-3">
      {!locked && (
        <div role="group" aria-label={spotterText.viewLabel} className="flex flex-wrap gap-2">
          {(['picture', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
              className={`min-h-11 rounded-md border-2 px-3 text-base font-semibold ${
                view === option ? 'border-accent bg-accent text-on-accent' : 'border-line bg-page text-ink'
              }`}
            >
              {option === 'picture' ? spotterText.viewPicture : spotterText.viewList}
            </button>
          ))}
        </div>
      )}
      <SpotContext value={context}>
        <Artefact data={artefact} />
      </SpotContext>
      {view === 'list' && !locked && (
        <fieldset className="rounded-lg border-2 border-line/60 p-3">
          <legend className="px-1 font-semibold">{spotterText.listLegend}</legend>
          <ul className="space-y-1">
            {spots.map((spot) => {
              const inputId = `${baseId}-list-${spot.id}`;
              return (
                <li key={spot.id}>
                  <label htmlFor={inputId} className="flex min-h-11 cursor-pointer items-start gap-3 px-1 py-2">
                    <input
                      id={inputId}
                      type="checkbox"
                      data-spot={spot.id}
                      checked={marked.has(spot.id)}
                      onChange={() => onToggle(spot.id)}
                      className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
                    />
                    <span>{spot.label}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </div>
  );
}

/** The outcome of every spot after a check: found, missed, a false alarm, or normal (when the artefact is genuine). */
export function checkedOutcomes(spots: Spot[], marked: ReadonlySet<string>): Map<string, PartOutcome> {
  const genuine = !spots.some((spot) => spot.flag);
  const outcomes = new Map<string, PartOutcome>();
  for (const spot of spots) {
    const chosen = marked.has(spot.id);
    if (spot.flag) outcomes.set(spot.id, chosen ? 'found' : 'missed');
    else if (chosen) outcomes.set(spot.id, 'false-alarm');
    else if (genuine) outcomes.set(spot.id, 'fine');
  }
  return outcomes;
}

/** Every spot shown as what it is, for "Show all red flags". */
export function revealedOutcomes(spots: Spot[]): Map<string, PartOutcome> {
  return new Map(spots.map((spot) => [spot.id, spot.flag ? 'flag' : 'fine']));
}
