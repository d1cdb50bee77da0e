import type { SpotterProps } from '@/lib/content/artefact-schema';
import { inDrawOrder } from '@/lib/spotter/parts';
import { spotterText } from '@/lib/i18n/en/spotter';
import { spotterFallbackText } from '@/lib/i18n/en/spotter-fallback';
import { StaticArtefact } from './mock/static-artefact';

/**
 * The red-flag exercise as readable HTML for when JavaScript is off (RELIABILITY RES-1) and for print: the artefact,
 * then every spot with its explanation behind a <details>, like QuizFallback. A server component.
 */
export function SpotterFallback({ id, title, prompt, artefact, spots }: SpotterProps) {
  const genuine = !spots.some((spot) => spot.flag);
  return (
    <div data-spotter-fallback={id} className="not-prose my-8 space-y-3 border-t-2 border-line/40 pt-6">
      <h3 className="text-xl font-bold">{title ?? spotterText.defaultTitle}</h3>
      <p className="text-muted">{spotterFallbackText.intro}</p>
      <p className="font-semibold">{prompt ?? spotterText.defaultPrompt}</p>
      <StaticArtefact data={artefact} />
      <details className="rounded-md bg-surface px-4 py-2">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{spotterFallbackText.show}</summary>
        {genuine && <p className="pb-2 font-semibold">{spotterFallbackText.genuine}</p>}
        <ul className="space-y-2 pb-2">
          {inDrawOrder(spots, artefact).map((spot) => (
            // The answer key is already on the page in this <details>; the attributes let tests read it too.
            <li key={spot.id} data-spot={spot.id} data-flag={spot.flag}>
              <strong>
                {spot.flag ? spotterFallbackText.flag : spotterFallbackText.fine}: {spot.label}
              </strong>{' '}
              {spot.explanation}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
