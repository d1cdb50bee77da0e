import type { SpotterProps } from '@/lib/content/artefact-schema';
import { SpotterFallback } from '@/components/spotter/spotter-fallback';
import { SpotterIsland } from './spotter-island';

/** A lesson's red-flag exercise: the interactive island when JavaScript runs, a readable version without it or on paper. */
export function SpotterBlock(props: SpotterProps) {
  return (
    <>
      <div className="js-only">
        <SpotterIsland {...props} />
      </div>
      <div className="no-js-only">
        <SpotterFallback {...props} />
      </div>
    </>
  );
}
