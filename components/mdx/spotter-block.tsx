import type { SpotterProps } from '@/lib/content/artefact-schema';
import { Spotter } from '@/components/spotter/spotter';
import { SpotterFallback } from '@/components/spotter/spotter-fallback';

/** A lesson's red-flag exercise: the interactive island when JavaScript runs, a readable version without it or on paper. */
export function SpotterBlock(props: SpotterProps) {
  return (
    <>
      <div className="js-only">
        <Spotter {...props} />
      </div>
      <div className="no-js-only">
        <SpotterFallback {...props} />
      </div>
    </>
  );
}
