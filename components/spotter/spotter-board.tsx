'use client';

import { useMemo, useState, type ReactNode } from 'react';
import type { Spot } from '@/lib/content/artefact-schema';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import { spotterText } from '@/lib/i18n/en/spotter';
import type { ArtefactPart } from '@/lib/spotter/parts';
import { isUnscored } from '@/lib/spotter/unscored';
import { SpotContext, type PartOutcome, type SpotContextValue } from './mock/spot-context';

export type SpotterBoardProps = {
  /** Unique prefix for element ids on the page. */
  baseId: string;
  /**
   * The artefact drawn with the live kit (<Artefact data={artefact} />), given by the caller so that it can be drawn
   * on the server: then the page ships the live parts only, not the code of all eight mock screens (issue 13).
   */
  picture: ReactNode;
  /** Every drawn part, top to bottom (lib/spotter/parts.ts `markableParts`): a part no author wrote a spot for too. */
  spots: Spot[];
  /** The parts' neutral names, by kind and place, for the toggles and the list (`markableParts`). */
  parts: readonly ArtefactPart[];
  marked: ReadonlySet<string>;
  onToggle(spotId: string): void;
  /** Set once checked or revealed: marking stops and each spot shows its outcome. */
  outcomes?: ReadonlyMap<string, PartOutcome>;
};

// The list is the second way to mark, opened by a button: a chunk of its own, fetched when the browser is idle (issue 13).
const listView = lazyModule(() => import('./spotter-list'));

/**
 * The flaggable artefact (the "item" of the red-flag exercise). The same choices are offered two ways: toggle
 * buttons inside the picture, or a checkbox list of neutral part names (every drawn part, scored or not) for screen-reader users and anyone who
 * prefers a list. Both write to the same marks, owned by the container.
 */
export function SpotterBoard({ baseId, picture, spots, parts, marked, onToggle, outcomes }: SpotterBoardProps) {
  const [view, setView] = useState<'picture' | 'list'>('picture');
  const { numbers, labels } = useMemo(() => partMaps(spots, parts), [spots, parts]);
  const locked = Boolean(outcomes);
  const List = listView.useModule(view === 'list')?.SpotterList;
  useIdlePreload(listView.preload, true);
  const context: SpotContextValue = {
    numbers,
    labels,
    marked,
    interactive: view === 'picture' && !locked,
    outcomes,
    onToggle,
  };

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
      <SpotContext value={context}>{picture}</SpotContext>
      {view === 'list' && !locked && List && (
        <List baseId={baseId} spots={spots} labels={labels} marked={marked} onToggle={onToggle} />
      )}
    </div>
  );
}

/**
 * Numbers (top to bottom) of the parts, for the badges, and their neutral names by kind and position ("the second
 * message") for the toggles and the list. Authored labels are for the feedback; while marking, a name made from the
 * part's place can never hint at the answer, whoever wrote the exercise.
 */
export function partMaps(spots: readonly Spot[], parts: readonly ArtefactPart[]) {
  return {
    numbers: new Map(spots.map((spot, index) => [spot.id, index + 1])),
    labels: new Map(parts.map((part) => [part.id, part.label])),
  };
}

/**
 * The outcome of every spot after a check: found, missed, a false alarm, or normal (when the artefact is genuine).
 * A part no author wrote a spot for gets a badge only if it was marked, so the example does not fill with badges.
 */
export function checkedOutcomes(spots: Spot[], marked: ReadonlySet<string>): Map<string, PartOutcome> {
  const genuine = !spots.some((spot) => spot.flag);
  const outcomes = new Map<string, PartOutcome>();
  for (const spot of spots) {
    const chosen = marked.has(spot.id);
    if (spot.flag) outcomes.set(spot.id, chosen ? 'found' : 'missed');
    else if (chosen) outcomes.set(spot.id, 'false-alarm');
    else if (genuine && !isUnscored(spot)) outcomes.set(spot.id, 'fine');
  }
  return outcomes;
}

/** Every authored spot shown as what it is, for "Show all red flags". */
export function revealedOutcomes(spots: Spot[]): Map<string, PartOutcome> {
  return new Map(spots.filter((spot) => !isUnscored(spot)).map((spot) => [spot.id, spot.flag ? 'flag' : 'fine']));
}
