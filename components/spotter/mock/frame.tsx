import type { ReactNode } from 'react';
import type { ArtefactKind } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';

export type MockFrameProps = { kind: ArtefactKind; children: ReactNode };

/**
 * The frame of every mock artefact, with the visible "Training example" label in it, so that a screenshot of one
 * can never pass for a real page (ARCHITECTURE §9). Generic marketplace look: no real logo or layout is copied.
 */
export function MockFrame({ kind, children }: MockFrameProps) {
  return (
    <figure
      data-artefact={kind}
      className="mock my-4 overflow-hidden rounded-xl border-2 border-line/70 bg-page text-base leading-snug text-ink"
    >
      <figcaption className="flex flex-wrap items-baseline gap-x-2 border-b-2 border-line/50 bg-warn-bg px-3 py-1.5 text-sm">
        <span className="font-bold uppercase tracking-wide">{mockText.trainingExample}</span>
        <span>{mockText.kinds[kind]}</span>
      </figcaption>
      <div className="space-y-2 p-2 sm:p-3">{children}</div>
    </figure>
  );
}

export type MockLinkProps = { url: string; className?: string };

/**
 * A made-up address, styled like a link but never navigable: a <span>, not an <a href> (RELIABILITY CNT-3). Its
 * host is a reserved name, checked by the artefact schema.
 */
export function MockLink({ url, className = 'text-accent' }: MockLinkProps) {
  return (
    <span translate="no" className={`mock-link break-all underline underline-offset-2 ${className}`}>
      {url}
    </span>
  );
}

/** A small grey label inside a part, e.g. "From". */
export function FieldLabel({ children }: { children: ReactNode }) {
  return <span className="mr-1 text-sm text-muted">{children}</span>;
}
