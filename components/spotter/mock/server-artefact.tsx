import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { ArtefactView } from './artefact-view';
import { BuyBoxView } from './buy-box-view';
import type { BuyBoxProps, LinkPreviewProps, MockKit } from './kit';
import { LinkAddress } from './link-preview-view';
import { LinkPreviewIsland, PartIsland } from './live-parts';

/** A link preview whose behaviour is an island and whose address line is server HTML. */
function ServerLinkPreview({ url, children }: LinkPreviewProps) {
  return (
    <LinkPreviewIsland url={url} address={<LinkAddress url={url} />}>
      {children}
    </LinkPreviewIsland>
  );
}

/**
 * A listing's price, badges and variants as server HTML around Part islands. In a red-flag exercise every variant is
 * a part to mark (lib/spotter/parts.ts `withEveryPart`), so the buy box offers no choice there and has no behaviour
 * of its own to ship; the choosable one (./listing-buy-box.tsx) is for the exam and lessons.
 */
function ServerBuyBox(props: BuyBoxProps) {
  return <BuyBoxView {...props} Part={PartIsland} flaggable />;
}

const serverDrawnKit: MockKit = { Part: PartIsland, LinkPreview: ServerLinkPreview, BuyBox: ServerBuyBox };

/**
 * Any mock artefact in a red-flag exercise, drawn by a server component: the screen (one of eight kinds) is plain
 * server HTML and only its parts and its link previews' behaviour are client islands. For a page whose exercise is
 * known at build (an exercise embed): it ships the live parts, not the code of every screen (issue 13). Client
 * components use ./artefact.tsx.
 */
export function ServerArtefact({ data }: { data: ArtefactData }) {
  return <ArtefactView data={data} kit={serverDrawnKit} />;
}
