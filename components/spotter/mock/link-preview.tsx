'use client';

import { useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { mockText } from '@/lib/i18n/en/mock';
import { MockLink } from './frame';
import { PartToggleContext } from './part';

/** How long a touch must rest on a link before its address shows, about what phones use for a long-press. */
const holdMs = 500;

export type LinkPreviewProps = {
  /** The address the link really goes to: a reserved, never-live domain (checked by the artefact schema). */
  url: string;
  /** What the message shows: the link's own words, or a drawn button. */
  children: ReactNode;
};

/**
 * A link in a message, shown as its visible text only, with its real address one step away, as phones and mail apps
 * do: hover it, long-press it, or use the small "Show address" button (keyboard, screen readers, anyone). The address
 * opens in a line below the link, never over other parts, is announced in a status region, and closes with Escape.
 * Built on <details>, so without JavaScript the button still opens it. Never an <a href> (RELIABILITY CNT-3).
 */
export function LinkPreview({ url, children }: LinkPreviewProps) {
  const togglePart = useContext(PartToggleContext);
  // Why it is open: a hover closes when the pointer leaves; a press or a long-press stays until pressed again.
  const [openedBy, setOpenedBy] = useState<'hover' | 'press' | null>(null);
  const open = openedBy !== null;
  const addressId = useId();
  const summaryRef = useRef<HTMLElement>(null);
  const hold = useRef<ReturnType<typeof setTimeout>>(undefined);
  const longPressed = useRef(false);

  useEffect(() => {
    if (!open) return;
    // Escape closes it wherever focus is, as it does for a tooltip (WCAG 1.4.13 "dismissible").
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenedBy(null);
      if (summaryRef.current?.parentElement?.contains(document.activeElement)) summaryRef.current.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  useEffect(() => () => clearTimeout(hold.current), []);

  const cancelHold = () => clearTimeout(hold.current);
  return (
    <div
      data-link-preview=""
      className="relative z-10 mt-1 block"
      onPointerEnter={(event) => event.pointerType === 'mouse' && setOpenedBy((by) => by ?? 'hover')}
      onPointerLeave={(event) => event.pointerType === 'mouse' && setOpenedBy((by) => (by === 'hover' ? null : by))}
    >
      <span
        aria-describedby={open ? addressId : undefined}
        data-link-text=""
        // No text selection or callout menu on a long-press: the hold is ours, to show the address.
        className="block cursor-default select-none [-webkit-touch-callout:none]"
        onContextMenu={(event) => event.preventDefault()}
        onPointerDown={(event) => {
          if (event.pointerType === 'mouse') return;
          longPressed.current = false;
          cancelHold();
          hold.current = setTimeout(() => {
            longPressed.current = true;
            setOpenedBy('press');
          }, holdMs);
        }}
        onPointerUp={cancelHold}
        onPointerCancel={cancelHold}
        onClick={(event) => {
          // The click that ends a long-press only showed the address; a plain click selects the part, as elsewhere.
          if (longPressed.current) {
            longPressed.current = false;
            event.preventDefault();
            return;
          }
          togglePart?.();
        }}
      >
        {children}
      </span>
      <details
        open={open}
        onToggle={(event) => {
          // Kept in step when the browser opens it itself (find in page, or before hydration).
          const isOpen = event.currentTarget.open;
          if (isOpen !== open) setOpenedBy(isOpen ? 'press' : null);
        }}
      >
        <summary
          ref={summaryRef}
          onClick={(event) => {
            event.preventDefault();
            setOpenedBy((by) => (by === 'press' ? null : 'press'));
          }}
          className="mt-1 inline-flex min-h-11 cursor-pointer list-none items-center rounded-md border border-line bg-page px-2.5 text-sm font-semibold text-ink [&::-webkit-details-marker]:hidden"
        >
          {openedBy === 'press' ? mockText.hideAddress : mockText.showAddress}
        </summary>
        <span id={addressId} className="mt-1 block rounded-md border-2 border-line bg-page px-2 py-1 text-sm text-ink">
          <span className="font-semibold">{mockText.linkGoesTo}</span>{' '}
          <MockLink url={url} className="font-mono text-ink" />
        </span>
      </details>
      {/* Said once when the address appears, however it was opened. A plain live region, not role="status", so the
          exercise's own status (its verdict) stays the one status of the exercise. */}
      <span aria-live="polite" aria-atomic="true" data-link-announcement="" className="sr-only">
        {open ? `${mockText.linkGoesTo} ${url}` : ''}
      </span>
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
