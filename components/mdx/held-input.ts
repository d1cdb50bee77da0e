/** What is held: presses on controls (a <label> passes its press on to its input), and choices in a <select>. */
const pressable = 'button, summary, input, label, [data-link-text]';

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
  const onClick = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>(pressable) : null;
    if (control && root.contains(control)) hold(event, () => control.click());
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
  window.addEventListener('click', onClick, true);
  window.addEventListener('change', onChange, true);
  const stop = () => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('change', onChange, true);
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
