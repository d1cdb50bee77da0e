'use client';

import { Artefact } from './mock/artefact';
import { Spotter, type SpotterIslandProps } from './spotter';

/**
 * The Spotter drawing its own picture in the browser, for a lesson: there the whole exercise is one chunk fetched as
 * it comes near (components/mdx/deferred-islands.tsx), screens included, so none of it is first-load JavaScript. A
 * picture drawn on the server would put the live parts it uses into every such lesson's first load instead.
 */
export function DrawnSpotter(props: SpotterIslandProps) {
  return <Spotter {...props} picture={<Artefact data={props.artefact} />} />;
}
