'use client';

import { createContext, useContext } from 'react';
import { spotterText } from '@/lib/i18n/en/spotter';
import type { PartProps } from './kit';
import { PlainPart, partBoxClass } from './part-box';

/** What a checked or revealed part shows: the learner's result, or (when revealed) what the part really is. */
export type PartOutcome = 'found' | 'missed' | 'false-alarm' | 'flag' | 'fine';

export type SpotContextValue = {
  /** Part id → its number (1-based, top to bottom as drawn), for every part the learner can mark. */
  numbers: ReadonlyMap<string, number>;
  /** Part id → its neutral name ("the second message"), the accessible name of its toggle. */
  labels: ReadonlyMap<string, string>;
  marked: ReadonlySet<string>;
  /** True while the learner can mark parts in the picture (not in list view, not after checking). */
  interactive: boolean;
  /** After checking or revealing: the outcome of each spot. */
  outcomes?: ReadonlyMap<string, PartOutcome>;
  onToggle(id: string): void;
};

/**
 * Set by a red-flag exercise around an artefact. Without it (exam verdict items) every part renders as plain text;
 * the printed and no-JavaScript view does not use this module at all (./static-artefact.tsx).
 */
export const SpotContext = createContext<SpotContextValue | null>(null);

const outcomeTone: Record<PartOutcome, { border: string; badge: string }> = {
  found: { border: 'border-good border-solid', badge: 'bg-good text-page' },
  missed: { border: 'border-bad border-dashed', badge: 'bg-bad text-page' },
  'false-alarm': { border: 'border-muted border-dashed', badge: 'bg-muted text-page' },
  flag: { border: 'border-bad border-solid', badge: 'bg-bad text-page' },
  fine: { border: 'border-good border-dashed', badge: 'bg-good text-page' },
};

/**
 * What a link inside an interactive part calls on a plain click, so clicking the link's text selects the part like
 * clicking anywhere else on it (a long-press, which reveals the address, does not). Null outside an exercise.
 */
export const PartToggleContext = createContext<(() => void) | null>(null);

/**
 * One part of a mock artefact. In an exercise every drawn part is a choice, scored or not, so which parts can be
 * marked gives nothing away; none has an outline until it is hovered, focused or marked. The toggle is a real button
 * (aria-pressed) laid over the part, named by the part's neutral name ("the second message"), so it works by click,
 * tap and keyboard alike and a link preview inside the part stays its own control instead of a button in a button.
 * At least 44 px tall (WCAG 2.5.8 asks for 24).
 */
export function Part(props: PartProps) {
  const { id, children, flow = false } = props;
  const context = useContext(SpotContext);
  const number = context?.numbers.get(id);
  if (!context || number === undefined) return <PlainPart {...props} />;
  const Box = flow ? 'div' : 'span';
  const base = partBoxClass(props);

  const outcome = context.outcomes?.get(id);
  if (outcome) {
    const tone = outcomeTone[outcome];
    return (
      <Box data-part={id} data-outcome={outcome} className={`${base} ${tone.border}`}>
        {children}
        <span
          className={`mt-1 ml-1 inline-flex items-center gap-1 self-start rounded px-1.5 text-sm font-bold ${tone.badge}`}
        >
          <span aria-hidden="true">{number}.</span>
          {spotterText.outcome[outcome]}
        </span>
      </Box>
    );
  }

  if (!context.interactive) {
    // Marking from the list, or checked with no outcome to show: the picture is for reading, with no outlines.
    return (
      <Box data-part-box={id} className={`${base} border-transparent`}>
        {children}
      </Box>
    );
  }

  const pressed = context.marked.has(id);
  const toggle = () => context.onToggle(id);
  return (
    <Box
      data-part-box={id}
      className={`${base} relative min-h-11 ${
        pressed
          ? 'border-solid border-bad'
          : 'border-transparent hover:border-dashed hover:border-accent has-[>button:focus-visible]:border-accent'
      }`}
    >
      <button
        type="button"
        data-part={id}
        aria-pressed={pressed}
        aria-label={context.labels.get(id)}
        onClick={toggle}
        className="absolute inset-0 size-full cursor-pointer rounded-md"
      />
      <PartToggleContext value={toggle}>{children}</PartToggleContext>
      {/* The pressed state is announced through aria-pressed; the badge is its visible twin. */}
      {pressed && (
        <span
          aria-hidden="true"
          className="mt-1 ml-1 inline-flex items-center gap-1 self-start rounded bg-bad px-1.5 text-sm font-bold text-page"
        >
          <FlagIcon />
          {spotterText.redFlag}
        </span>
      )}
    </Box>
  );
}

function FlagIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
      <path d="M3 1h1.5v14H3zM5.5 2h8l-2 3.5 2 3.5h-8z" />
    </svg>
  );
}
