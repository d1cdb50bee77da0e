'use client';

import { useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { linkPreviewText } from '@/lib/i18n/en/link-preview';
import { longPressMs } from '@/lib/long-press';
import type { LinkPreviewProps } from './kit';
import { previewClass } from './link-preview-class';
import { PartToggleContext } from './spot-context';

/**
 * A link in a message, shown as its visible text only, with its real address one step away, as phones and mail apps
 * do: hover it, long-press it, or use the small "Show address" button (keyboard, screen readers, anyone). The address
 * opens in a line below the link, never over other parts, is announced in a status region, and closes with Escape.
 * Built on <details>, so without JavaScript the button still opens it. Never an <a href> (RELIABILITY CNT-3).
 * The address line itself is given, drawn: on the server in an exercise embed (./server-artefact.tsx), so the
 * chunk of this island holds only its behaviour (issue 13); in the browser by ./link-preview.tsx.
 */
export type LinkPreviewControlProps = LinkPreviewProps & {
  /** The line the preview opens: where the link really goes (<LinkAddress> of ./link-preview-view.tsx). */
  address: ReactNode;
};

export function LinkPreviewControl({ url, children, address }: LinkPreviewControlProps) {
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
      className={previewClass.root}
      onPointerEnter={(event) => event.pointerType === 'mouse' && setOpenedBy((by) => by ?? 'hover')}
      onPointerLeave={(event) => event.pointerType === 'mouse' && setOpenedBy((by) => (by === 'hover' ? null : by))}
    >
      <span
        aria-describedby={open ? addressId : undefined}
        data-link-text=""
        className={previewClass.text}
        onContextMenu={(event) => event.preventDefault()}
        onPointerDown={(event) => {
          if (event.pointerType === 'mouse') return;
          longPressed.current = false;
          cancelHold();
          hold.current = setTimeout(() => {
            longPressed.current = true;
            setOpenedBy('press');
          }, longPressMs);
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
          className={previewClass.summary}
        >
          {openedBy === 'press' ? linkPreviewText.hideAddress : linkPreviewText.showAddress}
        </summary>
        <span id={addressId} className="block">
          {address}
        </span>
      </details>
      {/* Said once when the address appears, however it was opened. A plain live region, not role="status", so the
          exercise's own status (its verdict) stays the one status of the exercise. */}
      <span aria-live="polite" aria-atomic="true" data-link-announcement="" className="sr-only">
        {open ? `${linkPreviewText.linkGoesTo} ${url}` : ''}
      </span>
    </div>
  );
}
