import type { ReactNode } from 'react';

export type KeptRoomProps = {
  /** What is shown now. */
  children: ReactNode;
  /**
   * The other texts this place shows in turn (a placeholder while progress loads, the longest value, the note a
   * returning learner sees). Their room is kept in the same grid cell, so swapping one for another never changes the
   * height: on a phone a two-line placeholder giving way to a one-line value moved everything below it (CLS).
   */
  alsoShows: readonly string[];
};

/**
 * Text that keeps the room of every text it will show, aligned to its start so a shorter text does not move the
 * words either. The reserved texts are drawn as invisible generated content (from a data attribute) rather than as
 * text nodes: they take room, yet are not in the page's text, so find-in-page, copying and tests that look for the
 * visible words see them once, and visibility: hidden keeps them out of the accessibility tree.
 */
export function KeptRoom({ children, alsoShows }: KeptRoomProps) {
  return (
    <span className="grid">
      <span className="[grid-area:1/1]">{children}</span>
      {alsoShows.map((text, index) => (
        <span
          key={index}
          aria-hidden="true"
          data-room={text}
          className="invisible [grid-area:1/1] before:content-[attr(data-room)]"
        />
      ))}
    </span>
  );
}
