import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { ArtefactView } from './artefact-view';
import { BuyBoxIsland, LinkPreviewIsland, PartIsland } from './live-parts';
import type { MockKit } from './kit';

const serverDrawnKit: MockKit = { Part: PartIsland, LinkPreview: LinkPreviewIsland, BuyBox: BuyBoxIsland };

/**
 * Any mock artefact, live, drawn by a server component: the screen (one of eight kinds) is plain server HTML and
 * only its parts, link previews and buy box are client islands. For a page whose artefact is known at build (an
 * exercise embed): it ships the live parts, not the code of every screen (issue 13). Client components use
 * ./artefact.tsx.
 */
export function ServerArtefact({ data }: { data: ArtefactData }) {
  return <ArtefactView data={data} kit={serverDrawnKit} />;
}
