import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { ArtefactView } from './artefact-view';
import { StaticBuyBox } from './buy-box-view';
import type { MockKit } from './kit';
import { StaticLinkPreview } from './link-preview-view';
import { PlainPart } from './part-box';

const staticKit: MockKit = { Part: PlainPart, LinkPreview: StaticLinkPreview, BuyBox: StaticBuyBox };

/**
 * Any mock artefact for reading: on paper and when JavaScript is off (RELIABILITY RES-1). The same screens as the
 * live Artefact, drawn with server components only, so a page showing one ships none of the mock kit's client code
 * (issue 13). Link addresses still open, through <details>; a listing's variants are native radios.
 */
export function StaticArtefact({ data }: { data: ArtefactData }) {
  return <ArtefactView data={data} kit={staticKit} />;
}
