import type { ComponentType } from 'react';
import type { SpotterProps } from '@/lib/content/artefact-schema';
import { SpotterFallback } from '@/components/spotter/spotter-fallback';

export type SpotterBlockProps = SpotterProps & {
  /** The live exercise: deferred in a lesson (./deferred-spotter.tsx), at once in an exercise embed (./islands.tsx). */
  island: ComponentType<SpotterProps>;
};

/**
 * A red-flag exercise: the interactive island when JavaScript runs, a readable version without it or on paper. The
 * readable version is drawn with server components only, so it adds no JavaScript to the page.
 */
export function SpotterBlock({ island: Island, ...props }: SpotterBlockProps) {
  return (
    <>
      <div className="js-only">
        <Island {...props} />
      </div>
      <div className="no-js-only">
        <SpotterFallback {...props} />
      </div>
    </>
  );
}
