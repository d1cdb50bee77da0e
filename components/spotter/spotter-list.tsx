import type { Spot } from '@/lib/content/artefact-schema';
import { spotterText } from '@/lib/i18n/en/spotter';

export type SpotterListProps = {
  baseId: string;
  spots: Spot[];
  /** The parts' neutral names, by part id. */
  labels: ReadonlyMap<string, string>;
  marked: ReadonlySet<string>;
  onToggle(spotId: string): void;
};

/**
 * The red-flag exercise's second way to mark (./spotter-board.tsx): every drawn part as a checkbox under its neutral
 * name, for screen-reader users and anyone who prefers a list. The same marks as the toggles in the picture.
 */
export function SpotterList({ baseId, spots, labels, marked, onToggle }: SpotterListProps) {
  return (
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
                <span>{labels.get(spot.id)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
