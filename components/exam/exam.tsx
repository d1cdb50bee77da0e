'use client';

import { useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import type { ExamResponse } from '@/lib/exam/score';
import type { Attempt } from '@/lib/progress/progress-schema';
import { useLazyProgress, useProgressStore } from '@/lib/progress/lazy-progress';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import { KeptRoom } from '@/components/ui/kept-room';
import type { ExamStartText } from './exam-text';
import { GettingReady } from './getting-ready';

export type ExamProps = {
  /** The whole validated pool, from lib/exam at build time. */
  pool: ExamItem[];
  /** The lessons the pool's topics point at, in course order. */
  topics: ExamTopic[];
  /** The start screen's strings, from the server page (components/exam/exam-text.ts). */
  text: ExamStartText;
};

// The question view (with the Spotter's mock kit) and the result are a chunk of their own: the first screen is the
// start box, and a returning learner's last result appears only once saved progress is read anyway (issue 13).
const views = lazyModule(() => import('./exam-views'));
const preloadViews = () => void views.preload().catch(() => {});

const noAttempts: Attempt[] = [];

/**
 * The final exam (the container): the start box, the attempt under way (./exam-runner: draws, walks through and
 * grades it, saving ids and right answers to progress) and the result with every mistake explained. The attempt
 * under way lives in progress, saved answer by answer, so a reload or another tab resumes it at the next question
 * with the same items; reloading cannot re-roll the draw (STO-14). Progress, and so all of this, is known once the
 * store has loaded after hydration (lib/progress/lazy-progress); until then Start is disabled.
 */
export function Exam({ pool, topics, text }: ExamProps) {
  const ready = useProgressStore() !== undefined;
  const current = useLazyProgress((state) => state.exam.current, null);
  const attempts = useLazyProgress((state) => state.exam.attempts, noAttempts);
  const precheck = useLazyProgress((state) => state.precheck, null);
  const reviewCount = useLazyProgress((state) => Object.keys(state.review).length, 0);
  // Start was pressed and the attempt is not saved yet (the runner draws it once its chunk is there).
  const [starting, setStarting] = useState(false);
  // The answers of the attempt finished on this page view: only they can say what kind of mistake each was.
  const [finished, setFinished] = useState<Readonly<Record<string, ExamResponse>>>();
  if (starting && current) setStarting(false);

  const running = ready && (current !== null || starting);
  const last = attempts.at(-1);
  const loaded = views.useModule(running || (ready && last !== undefined));
  // Start is the likely next step: the views are fetched once the page is idle, so pressing Start is instant.
  useIdlePreload(views.preload, ready);

  if (running) {
    if (!loaded) return <GettingReady text={text.gettingReady} />;
    return (
      <loaded.ExamRunner
        pool={pool}
        begin={starting && !current}
        gettingReady={text.gettingReady}
        onFinished={(responses) => {
          setStarting(false);
          setFinished(responses);
        }}
      />
    );
  }

  return (
    <div className="space-y-8">
      {last &&
        (loaded ? (
          <loaded.ExamResult
            pool={pool}
            topics={topics}
            attempt={last}
            responses={finished}
            precheck={precheck}
            reviewCount={reviewCount}
          />
        ) : (
          <GettingReady text={text.loading} />
        ))}
      <div className="space-y-3 rounded-lg border-2 border-accent p-5">
        {/* Until progress is read the note says so, in the room of a new learner's note: a line above the box that
            vanished for a new learner moved the box up (exam CLS 0.028 on a phone). A returning learner's result
            appears above the box anyway, so their shorter note keeps no extra room. */}
        <p className={ready ? undefined : 'text-muted'}>
          <KeptRoom alsoShows={ready ? [] : [text.keptNote]}>
            {!ready ? text.loading : last ? text.retakeNote : text.keptNote}
          </KeptRoom>
        </p>
        <button
          type="button"
          onClick={() => {
            setFinished(undefined);
            setStarting(true);
          }}
          onPointerEnter={preloadViews}
          onFocus={preloadViews}
          disabled={!ready}
          className="min-h-12 rounded-md bg-accent px-5 text-lg font-semibold text-on-accent hover:underline disabled:opacity-60"
        >
          {last ? text.retake : text.start}
        </button>
      </div>
    </div>
  );
}
