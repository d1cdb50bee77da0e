'use client';

import type { LinkPreviewProps } from './kit';
import { LinkPreviewControl } from './link-preview-control';
import { LinkAddress } from './link-preview-view';

/**
 * A link in a message with its real address one step away (./link-preview-control.tsx), drawn whole in the browser:
 * the live kit's link preview (./artefact.tsx), for the Spotter in a lesson and the exam.
 */
export function LinkPreview({ url, children }: LinkPreviewProps) {
  return (
    <LinkPreviewControl url={url} address={<LinkAddress url={url} />}>
      {children}
    </LinkPreviewControl>
  );
}
