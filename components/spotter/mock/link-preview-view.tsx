import type { ReactNode } from 'react';
import { mockText } from '@/lib/i18n/en/mock';
import { MockLink } from './frame';
import type { LinkPreviewProps } from './kit';
import { previewClass } from './link-preview-class';

/** The line a preview opens below its link: where the link really goes. */
export function LinkAddress({ url }: { url: string }) {
  return (
    <span className="mt-1 block rounded-md border-2 border-line bg-page px-2 py-1 text-sm text-ink">
      <span className="font-semibold">{mockText.linkGoesTo}</span> <MockLink url={url} className="font-mono text-ink" />
    </span>
  );
}

/**
 * A link preview for paper and for when JavaScript is off: the link's words, and its address behind a native
 * <details> that opens without any script. A server component.
 */
export function StaticLinkPreview({ url, children }: LinkPreviewProps) {
  return (
    <div data-link-preview="" className={previewClass.root}>
      <span data-link-text="" className={previewClass.text}>
        {children}
      </span>
      <details>
        <summary className={previewClass.summary}>{mockText.showAddress}</summary>
        <LinkAddress url={url} />
      </details>
    </div>
  );
}

/** A link's visible words, drawn as a link (underlined, in the link colour), never a real one. */
export function LinkText({ tone, children }: { tone: string; children: ReactNode }) {
  return <span className={`mock-link block underline underline-offset-2 ${tone}`}>{children}</span>;
}

export function GlobeIcon({ className }: { className: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={`fill-none stroke-current ${className}`} strokeWidth="1.5">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" />
    </svg>
  );
}
