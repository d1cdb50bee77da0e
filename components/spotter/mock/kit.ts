import type { ComponentType, ReactNode } from 'react';
import type { ListingData } from '@/lib/content/artefact-schema';

export type PartProps = {
  /** A fixed part name of the artefact kind (lib/spotter/parts.ts) or a list item's id. */
  id: string;
  /** Layout and look of the part (block, padding, bubble colours). Borders belong to Part: they show its state. */
  className?: string;
  children: ReactNode;
  /** Shrink to the content instead of filling the row (e.g. a badge beside a price). */
  fit?: boolean;
  /** The part holds flow content (a link preview with its <details>), so it is drawn as a <div>, not a <span>. */
  flow?: boolean;
};

export type LinkPreviewProps = {
  /** The address the link really goes to: a reserved, never-live domain (checked by the artefact schema). */
  url: string;
  /** What the message shows: the link's own words, or a drawn button. */
  children: ReactNode;
};

export type BuyBoxProps = { data: ListingData; between?: ReactNode };

/**
 * The three pieces of a mock screen that can come alive: its parts, its link previews and a listing's price and
 * variant picker. The screens take them as a kit, so one set of screens serves both the interactive kit
 * (./artefact.tsx: client components, for the Spotter and the exam) and the static one (./static-artefact.tsx:
 * server components, for the no-JavaScript and print view), and a page that only prints an artefact ships none of
 * the interactive code (issue 13).
 */
export type MockKit = {
  Part: ComponentType<PartProps>;
  LinkPreview: ComponentType<LinkPreviewProps>;
  BuyBox: ComponentType<BuyBoxProps>;
};
