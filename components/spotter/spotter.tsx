'use client';

import { useRef, useState, type ReactNode } from 'react';
import type { SpotterProps as SpotterData } from '@/lib/content/artefact-schema';
import { loadProgressStore, useLazyProgress } from '@/lib/progress/lazy-progress';
import { selectSpotterResult } from '@/lib/progress/selectors';
import type { MarkableParts } from '@/lib/spotter/parts';
import { scoreSpotter } from '@/lib/spotter/score';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import { useHydrated } from '@/lib/use-hydrated';
import { spotterText } from '@/lib/i18n/en/spotter';
import { checkedOutcomes, revealedOutcomes, SpotterBoard } from './spotter-board';
import { t } from '@/lib/i18n/t';
import { spotterMessages } from '@/lib/i18n/spotter';

/**
 * An exercise as the server hands it to the browser (components/mdx/spotter-block.tsx): its data, with every drawn
 * part as a spot and the parts' neutral names already worked out there.
 */
export type SpotterIslandProps = Omit<SpotterData, 'spots'> & MarkableParts;

export type SpotterProps = Omit<SpotterIslandProps, 'artefact'> & {
  /** The artefact drawn with the live kit: on the server in an exercise embed, in the browser in a lesson. */
  picture: ReactNode;
};

// The explanations follow a check: a chunk of their own, fetched when the browser is idle (issue 13).
const resultView = lazyModule(() => import('./spotter-result'));

const noMarks: string[] = [];

/**
 * A lesson's red-flag exercise (the container): owns the marks, checks them, saves the result to progress, and
 * offers reveal and retry. Verdicts go to a live region that exists from the start, so they are announced (A11Y-2).
 */
export function Spotter({ id, title, prompt, picture, spots, parts }: SpotterProps) {
  // `spots` holds every drawn part, top to bottom as the learner sees them; unscored ones are false alarms.
  const hydrated = useHydrated();
  const saved = useLazyProgress(selectSpotterResult(id), undefined);
  const [draft, setDraft] = useState<string[]>(noMarks);
  const [revealed, setRevealed] = useState(false);
  const [nudge, setNudge] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The saved result appears only after hydration, so the server HTML and the first client render agree (STO-5).
  const result = hydrated ? saved : undefined;
  const marked = new Set(result?.marked ?? draft);
  const score = result ? scoreSpotter(spots, result.marked) : undefined;
  const outcomes = score ? checkedOutcomes(spots, marked) : revealed ? revealedOutcomes(spots) : undefined;
  const baseId = `spotter-${id}`;
  const SpotterResult = resultView.useModule(outcomes !== undefined)?.SpotterResult;
  useIdlePreload(resultView.preload, hydrated);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());
  const toggle = (spotId: string) => {
    setNudge(false);
    setDraft((current) => (current.includes(spotId) ? current.filter((x) => x !== spotId) : [...current, spotId]));
  };
  const check = (marks: string[]) => {
    // Through the store's loader: it loads after hydration (lib/progress/lazy-progress), and a check is never lost.
    void loadProgressStore().then((store) =>
      store.getState().checkSpotter(id, { marked: marks, correct: scoreSpotter(spots, marks).correct }),
    );
    focusResult();
  };
  const retry = () => {
    setDraft(noMarks);
    setRevealed(false);
    setNudge(false);
    void loadProgressStore().then((store) => store.getState().clearSpotter(id));
    // Back to the first control of the exercise, so keyboard users can start again at once.
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('[data-part], [data-spot]')?.focus());
  };

  const status = score
    ? spotterText.verdicts[score.verdict]
    : revealed
      ? spotterText.revealed
      : nudge
        ? spotterText.markFirst
        : '';
  // Over-caution is never shown as an error: it gets a neutral colour and its own kind wording.
  const tone = score?.correct
    ? 'text-good'
    : score?.verdict === 'over-cautious'
      ? 'text-ink'
      : score || nudge
        ? 'text-bad'
        : 'text-ink';

  return (
    <section
      ref={rootRef}
      aria-labelledby={`${baseId}-title`}
      data-spotter={id}
      className="not-prose my-8 space-y-3 border-t-2 border-line/40 pt-6"
    >
      <h3 id={`${baseId}-title`} className="text-xl font-bold">
        {title ?? spotterText.defaultTitle}
      </h3>
      <p className="font-semibold">{prompt ?? spotterText.defaultPrompt}</p>
      {!outcomes && <p className="text-base text-muted">{spotterText.howTo}</p>}
      <SpotterBoard
        baseId={baseId}
        picture={picture}
        spots={spots}
        parts={parts}
        marked={marked}
        onToggle={toggle}
        outcomes={outcomes}
      />
      {!outcomes && (
        <p className="text-base text-muted">{t(spotterMessages, 'markedCount', { count: draft.length })}</p>
      )}

      <div ref={resultRef} tabIndex={-1} className="space-y-3 rounded-md">
        <div role="status" className={`min-h-[1.6em] text-lg font-bold ${tone}`}>
          {status && <p>{status}</p>}
          {score?.verdict === 'partly' && (
            <p className="text-base font-semibold text-ink">
              {t(spotterMessages, 'partlyDetail', {
                found: score.found.length,
                total: score.found.length + score.missed.length,
                falseAlarms: score.falseAlarms.length,
              })}
            </p>
          )}
        </div>
        {outcomes && SpotterResult && (
          <SpotterResult baseId={baseId} spots={spots} score={score} revealed={revealed && !score} />
        )}
        <div className="flex flex-wrap gap-2">
          {outcomes ? (
            <button
              type="button"
              onClick={retry}
              className="min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline"
            >
              {spotterText.tryAgain}
            </button>
          ) : (
            <>
              <button
                type="button"
                onClick={() => (draft.length === 0 ? setNudge(true) : check(draft))}
                className="min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline"
              >
                {spotterText.check}
              </button>
              <button
                type="button"
                onClick={() => {
                  setDraft(noMarks);
                  check(noMarks);
                }}
                className="min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline"
              >
                {spotterText.looksSafe}
              </button>
              <button
                type="button"
                onClick={() => {
                  setRevealed(true);
                  focusResult();
                }}
                className="min-h-12 rounded-md px-3 font-semibold text-accent underline"
              >
                {spotterText.reveal}
              </button>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
