'use client';

import { createContext } from 'react';

/*
 * The contexts a red-flag exercise sets around its picture, apart from the Part that reads them: the Spotter and the
 * link preview need the contexts, not the Part's code, and where the picture is drawn on the server
 * (./server-artefact.tsx) Part is a chunk of its own, which would otherwise be copied into theirs (issue 13).
 */

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

/**
 * What a link inside an interactive part calls on a plain click, so clicking the link's text selects the part like
 * clicking anywhere else on it (a long-press, which reveals the address, does not). Null outside an exercise.
 */
export const PartToggleContext = createContext<(() => void) | null>(null);
