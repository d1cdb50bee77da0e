import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { ArtefactView } from './artefact-view';
import type { MockKit } from './kit';
import { LinkPreview } from './link-preview';
import { ListingBuyBox } from './listing-buy-box';
import { Part } from './part';

const interactiveKit: MockKit = { Part, LinkPreview, BuyBox: ListingBuyBox };

export type ArtefactProps = { data: ArtefactData };

/**
 * Any mock artefact, live: flaggable parts become controls inside a SpotContext, link previews open on hover and
 * long-press, a listing's variants can be chosen. For client components (the Spotter, the exam); a server
 * component drawing an artefact to read uses StaticArtefact, which ships no JavaScript.
 */
export function Artefact({ data }: ArtefactProps) {
  return <ArtefactView data={data} kit={interactiveKit} />;
}
