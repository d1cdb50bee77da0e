import type { Spot } from '@/lib/content/artefact-schema';
import type { SpotterScore } from '@/lib/spotter/score';
import { spotterResultText } from '@/lib/i18n/en/spotter-result';
import { isUnscored } from '@/lib/spotter/unscored';

export type SpotterResultProps = {
  /** Unique prefix for element ids on the page. */
  baseId: string;
  spots: Spot[];
  /** The learner's checked result; omit with `revealed` to show the answer key. */
  score?: SpotterScore<Spot>;
  revealed?: boolean;
};

/**
 * The explanations after checking (the "navigation/result" part of the exercise): found, missed and false alarms,
 * each with its explanation; on a genuine artefact, kind feedback on over-caution and why each part is normal.
 */
export function SpotterResult({ baseId, spots, score, revealed }: SpotterResultProps) {
  const number = (spot: Spot) => spots.indexOf(spot) + 1;
  const group = (key: string, title: string, items: Spot[], tone: string) =>
    items.length > 0 && (
      <div key={key} className="space-y-1">
        <p id={key} className="font-bold">
          {title}
        </p>
        <ul aria-labelledby={key} className="space-y-2">
          {items.map((spot) => (
            <li key={spot.id} className={`rounded-md border-l-4 bg-surface px-3 py-2 ${tone}`}>
              <span className="font-semibold">
                {number(spot)}. {spot.label}:
              </span>{' '}
              {spot.explanation}
            </li>
          ))}
        </ul>
      </div>
    );

  const id = (name: string) => `${baseId}-${name}`;
  if (revealed || !score) {
    return (
      <div className="space-y-4">
        {group(
          id('flags'),
          spotterResultText.groups.flags,
          spots.filter((s) => s.flag),
          'border-bad',
        )}
        {group(
          id('fine'),
          spotterResultText.groups.fine,
          spots.filter((s) => !s.flag && !isUnscored(s)),
          'border-good',
        )}
      </div>
    );
  }
  if (score.genuine) {
    // Why the authored parts are normal; parts the exercise does not score are listed only if marked.
    const normal = spots.filter((spot) => !score.falseAlarms.includes(spot) && !isUnscored(spot));
    return (
      <div className="space-y-4">
        {score.verdict === 'over-cautious' && <p>{spotterResultText.overCautionNote}</p>}
        {group(id('over'), spotterResultText.groups.overCaution, score.falseAlarms, 'border-muted')}
        {group(id('safe'), spotterResultText.groups.whySafe, normal, 'border-good')}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {group(id('found'), spotterResultText.groups.found, score.found, 'border-good')}
      {group(id('missed'), spotterResultText.groups.missed, score.missed, 'border-bad')}
      {group(id('false'), spotterResultText.groups.falseAlarms, score.falseAlarms, 'border-muted')}
    </div>
  );
}
