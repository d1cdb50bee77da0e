import type { MockKit } from './kit';
import { LinkPreview } from './link-preview';
import { ListingBuyBox } from './listing-buy-box';
import { Part } from './part';

/**
 * The live kit, drawn in the browser: parts that can be marked inside a SpotContext, link previews that open on
 * hover and long-press, a listing whose variants can be chosen. For ./artefact.tsx and ./lazy-screens.tsx.
 */
export const interactiveKit: MockKit = { Part, LinkPreview, BuyBox: ListingBuyBox };
