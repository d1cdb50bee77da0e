import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { ArtefactView } from './artefact-view';
import { interactiveKit } from './interactive-kit';

export type ArtefactProps = { data: ArtefactData };

/**
 * Any mock artefact, live: flaggable parts become controls inside a SpotContext, link previews open on hover and
 * long-press, a listing's variants can be chosen. For client components (the Spotter, the exam); a server
 * component drawing an artefact to read uses StaticArtefact, which ships no JavaScript, and a page that shows one
 * artefact it only knows in the browser loads that kind's screen alone (./lazy-screens.tsx).
 */
export function Artefact({ data }: ArtefactProps) {
  return <ArtefactView data={data} kit={interactiveKit} />;
}
