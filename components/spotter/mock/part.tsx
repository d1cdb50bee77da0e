'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { spotterText } from '@/lib/i18n/en/spotter';

/** What a checked or revealed part shows: the learner's result, or (when revealed) what the part really is. */
export type PartOutcome = 'found' | 'missed' | 'false-alarm' | 'flag' | 'fine';

export type SpotContextValue = {
  /** Spot id → its number (1-based, in the order the author listed the spots), for every flaggable part. */
  numbers: ReadonlyMap<string, number>;
  marked: ReadonlySet<string>;
  /** True while the learner can mark parts in the picture (not in list view, not after checking). */
  interactive: boolean;
  /** After checking or revealing: the outcome of each spot. */
  outcomes?: ReadonlyMap<string, PartOutcome>;
  onToggle(id: string): void;
};

/**
 * Set by a red-flag exercise around an artefact. Without it (lesson fallback, exam review, verdict items) every
 * part renders as plain text, so the mock kit works the same in server and client components.
 */
export const SpotContext = createContext<SpotContextValue | null>(null);

const outcomeTone: Record<PartOutcome, { border: string; badge: string }> = {
  found: { border: 'border-good border-solid', badge: 'bg-good text-page' },
  missed: { border: 'border-bad border-dashed', badge: 'bg-bad text-page' },
  'false-alarm': { border: 'border-muted border-dashed', badge: 'bg-muted text-page' },
  flag: { border: 'border-bad border-solid', badge: 'bg-bad text-page' },
  fine: { border: 'border-good border-dashed', badge: 'bg-good text-page' },
};

export type PartProps = {
  /** A fixed part name of the artefact kind (lib/spotter/parts.ts) or a list item's id. */
  id: string;
  /** Layout and look of the part (block, padding, bubble colours). Borders belong to Part: they show its state. */
  className?: string;
  /** Phrasing content only (spans): an interactive part is a <button>. */
  children: ReactNode;
  /** Shrink to the content instead of filling the row (e.g. a badge beside a price). */
  fit?: boolean;
};

/**
 * One part of a mock artefact. In an exercise, a flaggable part is a real toggle button (aria-pressed) so it works
 * by click, tap and keyboard alike; at least 44 px tall where space allows (WCAG 2.5.8 asks for 24).
 */
export function Part({ id, className = 'block', children, fit = false }: PartProps) {
  const context = useContext(SpotContext);
  const number = context?.numbers.get(id);
  // Full width by default: a <button> would otherwise shrink to its text while plain parts fill the row.
  const base = `rounded-md border-2 ${fit ? '' : 'w-full'} ${className}`;
  if (!context || number === undefined) {
    return <span className={`${base} border-transparent`}>{children}</span>;
  }

  const outcome = context.outcomes?.get(id);
  if (outcome) {
    const tone = outcomeTone[outcome];
    return (
      <span data-part={id} data-outcome={outcome} className={`${base} ${tone.border}`}>
        {children}
        <span
          className={`mt-1 ml-1 inline-flex items-center gap-1 self-start rounded px-1.5 text-sm font-bold ${tone.badge}`}
        >
          <span aria-hidden="true">{number}.</span>
          {spotterText.outcome[outcome]}
        </span>
      </span>
    );
  }

  if (!context.interactive) {
    // Dashed while marking from the list (it shows which parts are in play); plain once checked or revealed.
    const edge = context.outcomes ? 'border-transparent' : 'border-dashed border-line/60';
    return (
      <span data-part={id} className={`${base} ${edge}`}>
        {children}
      </span>
    );
  }

  const pressed = context.marked.has(id);
  return (
    <button
      type="button"
      data-part={id}
      aria-pressed={pressed}
      onClick={() => context.onToggle(id)}
      className={`${base} min-h-11 cursor-pointer text-left ${
        pressed ? 'border-solid border-bad' : 'border-dashed border-line hover:border-solid hover:border-accent'
      }`}
    >
      {children}
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
    </button>
  );
}

export function FlagIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
      <path d="M3 1h1.5v14H3zM5.5 2h8l-2 3.5 2 3.5h-8z" />
    </svg>
  );
}
