import type { ComponentType } from 'react';
import type { SpotterProps } from '@/lib/content/artefact-schema';
import { SpotterFallback } from '@/components/spotter/spotter-fallback';
import type { SpotterIslandProps } from '@/components/spotter/spotter';
import { markableParts } from '@/lib/spotter/parts';

export type SpotterBlockProps = SpotterProps & {
  /** The live exercise: deferred in a lesson (./deferred-spotter.tsx), at once in an exercise embed (./islands.tsx). */
  island: ComponentType<SpotterIslandProps>;
};

/**
 * A red-flag exercise: the interactive island when JavaScript runs, a readable version without it or on paper. The
 * readable version is drawn with server components only, so it adds no JavaScript to the page. The island is handed
 * every drawn part and the parts' neutral names, worked out here on the server.
 */
export function SpotterBlock({ island: Island, ...props }: SpotterBlockProps) {
  return (
    <>
      <div className="js-only">
        <Island {...props} {...markableParts(props.spots, props.artefact)} />
      </div>
      <div className="no-js-only">
        <SpotterFallback {...props} />
      </div>
    </>
  );
}
