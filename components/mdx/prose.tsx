import type { ReactNode } from 'react';
import { lessonText } from '@/lib/i18n/en/lesson';

export type CalloutProps = {
  /** `tip` for advice, `warning` for a risk, `note` for background. */
  type: 'tip' | 'warning' | 'note';
  /** A short heading; defaults to the type's name. */
  title?: string;
  children: ReactNode;
};

const calloutTone = {
  tip: 'border-accent bg-surface',
  warning: 'border-bad bg-bad-bg',
  note: 'border-line bg-surface',
} as const;

/** An aside in a lesson. */
export function Callout({ type, title, children }: CalloutProps) {
  return (
    <aside
      className={`my-6 rounded-md border-l-4 px-5 py-1 ${calloutTone[type]}`}
      aria-label={title ?? lessonText.calloutLabels[type]}
    >
      <p className="font-bold">{title ?? lessonText.calloutLabels[type]}</p>
      {children}
    </aside>
  );
}

export type KeyTakeawaysProps = { children: ReactNode };

/** The lesson's recap, placed just before the quiz. */
export function KeyTakeaways({ children }: KeyTakeawaysProps) {
  return (
    <section aria-labelledby="key-takeaways" className="my-8 rounded-lg border-2 border-accent px-5 py-1">
      <h2 id="key-takeaways" className="mt-4!">
        {lessonText.keyTakeaways}
      </h2>
      {children}
    </section>
  );
}

export type FigureProps = {
  /** The picture's published address (/figures/…svg), set by lib/content from the SVG beside the lesson. */
  src: string;
  /** The picture's size from its viewBox, set by lib/content: the page keeps its room while it loads. */
  width: string;
  height: string;
  /** What the picture shows, for people who cannot see it. */
  alt: string;
  /** Optional visible caption. */
  caption?: string;
};

/** A lesson picture, full width; width and height give its aspect ratio before it loads, so nothing moves. */
export function Figure({ src, width, height, alt, caption }: FigureProps) {
  return (
    <figure className="my-8">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG file; next/image's optimiser is off in a static export */}
      <img
        src={src}
        width={width}
        height={height}
        alt={alt}
        decoding="async"
        className="h-auto w-full rounded-md border border-line/40 bg-white"
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/**
 * GFM task lists ("- [ ] item") produce disabled, unlabelled checkboxes. In a lesson they are a printed checklist,
 * not a form, so they render as an empty box for the reader's pen (and are hidden from screen readers, which read
 * the list item text).
 */
export function TaskBox() {
  return (
    <span aria-hidden="true" className="mr-2 inline-block size-4 translate-y-0.5 rounded-sm border-2 border-ink" />
  );
}
