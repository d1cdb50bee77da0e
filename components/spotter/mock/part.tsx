'use client';

import { useContext } from 'react';
import { spotMarkText } from '@/lib/i18n/en/spot-marks';
import type { PartProps } from './kit';
import { PlainPart, partBoxClass } from './part-box';
import { PartToggleContext, SpotContext, type PartOutcome } from './spot-context';

const outcomeTone: Record<PartOutcome, { border: string; badge: string }> = {
  found: { border: 'border-good border-solid', badge: 'bg-good text-page' },
  missed: { border: 'border-bad border-dashed', badge: 'bg-bad text-page' },
  'false-alarm': { border: 'border-muted border-dashed', badge: 'bg-muted text-page' },
  flag: { border: 'border-bad border-solid', badge: 'bg-bad text-page' },
  fine: { border: 'border-good border-dashed', badge: 'bg-good text-page' },
};

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
          {spotMarkText.outcome[outcome]}
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
          {spotMarkText.redFlag}
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
