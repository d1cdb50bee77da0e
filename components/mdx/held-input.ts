import { longPressMs } from '@/lib/long-press';

/** A mock link's words, which a long-press asks to show the link's address (components/spotter/mock/link-preview.tsx). */
const linkText = '[data-link-text]';
/** What is held: presses on controls (a <label> passes its press on to its input), and choices in a <select>. */
const pressable = `button, summary, input, label, ${linkText}`;

export type HeldInput = {
  /** Stops holding, then does again, in order, what was held. */
  replay(): void;
  /** Stops holding and forgets what was held. */
  stop(): void;
};

/**
 * Holds what a learner does to an island's server-rendered HTML before its code is live, so that nothing is lost:
 * a press is cancelled (a <details> would open, a box would tick, and the live island would not know) and pressed
 * again once the island is live; a choice in a <select> is made again, with a change event the island hears.
 * A long-press on a mock link's words is held as what it means once live: a press on that link's "Show address".
 * `onHold` is told of each, so the island can say it is getting ready.
 *
 * It listens on the window, in the capture phase: React stops events on HTML it has not hydrated yet at its root,
 * before they reach the island, and would otherwise see a press it can handle only once the code is there.
 */
export function holdInput(root: HTMLElement, onHold: () => void): HeldInput {
  const held: (() => void)[] = [];
  const hold = (event: Event, again: () => void) => {
    event.preventDefault();
    event.stopPropagation();
    held.push(again);
    onHold();
  };
  /** The element matching `selector` that `event` happened in, if it is inside the island. */
  const inIsland = (event: Event, selector: string) => {
    const found = event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
    return found && root.contains(found) ? found : null;
  };
  // The touch that may be a long-press on a link's words, and the link whose click ends one that was.
  let touch: { text: Element; at: number } | null = null;
  let longPressed: Element | null = null;
  const onPointerDown = (event: PointerEvent) => {
    const text = event.pointerType === 'mouse' ? null : inIsland(event, linkText);
    touch = text && { text, at: event.timeStamp };
  };
  const onPointerUp = (event: PointerEvent) => {
    const pressed = touch;
    touch = null;
    if (!pressed || event.timeStamp - pressed.at < longPressMs) return;
    const summary = pressed.text.parentElement?.querySelector<HTMLElement>(':scope > details > summary');
    if (!summary) return;
    longPressed = pressed.text;
    hold(event, () => summary.click());
  };
  // The phone's own menu for a long-press (the live preview prevents it too).
  const onContextMenu = (event: Event) => {
    if (inIsland(event, linkText)) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    if (longPressed && event.target instanceof Node && longPressed.contains(event.target)) {
      // The click that ends a long-press: already held as "Show address", not a press on the part.
      longPressed = null;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    longPressed = null;
    const control = inIsland(event, pressable);
    if (control) hold(event, () => control.click());
  };
  const onChange = (event: Event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !root.contains(select)) return;
    const { value } = select;
    hold(event, () => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  const listeners = [
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['contextmenu', onContextMenu],
    ['click', onClick],
    ['change', onChange],
  ] as const;
  for (const [type, listener] of listeners) window.addEventListener(type, listener as EventListener, true);
  const stop = () => {
    for (const [type, listener] of listeners) window.removeEventListener(type, listener as EventListener, true);
  };
  return {
    replay() {
      stop();
      for (const again of held.splice(0)) again();
    },
    stop() {
      stop();
      held.length = 0;
    },
  };
}
