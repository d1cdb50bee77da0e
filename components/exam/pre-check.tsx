'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { useLazyProgress, useProgressStore } from '@/lib/progress/lazy-progress';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import { actionClass } from './action-class';
import type { PrecheckStartText } from './exam-text';
import { GettingReady } from './getting-ready';

export type PreCheckProps = {
  pool: ExamItem[];
  topics: ExamTopic[];
  firstLesson: string;
  /** The start screen's strings, from the server page (components/exam/exam-text.ts). */
  text: PrecheckStartText;
};

// The questions and the result are chunks of their own, loaded when first shown (issue 13).
const runner = lazyModule(() => import('./precheck-runner'));
const result = lazyModule(() => import('./precheck-result'));
const preloadRunner = () => void runner.preload().catch(() => {});

/**
 * The optional 8-item check before the course, drawn to the exam's blueprint at half the size (every topic, every
 * kind of item, genuine items): what it saves is the "before" that the exam result compares with. Answers are not
 * explained here, so the exam later measures learning rather than memory of this page; the exam never reuses these
 * items (parallel forms). Start is disabled until the progress store has loaded after hydration, as it saves there.
 */
export function PreCheck({ pool, topics, firstLesson, text }: PreCheckProps) {
  const ready = useProgressStore() !== undefined;
  const saved = useLazyProgress((state) => state.precheck, null);
  // Start pressed: the attempt runs in ./precheck-runner, in memory, until its last answer saves it.
  const [running, setRunning] = useState(false);
  // The result of the attempt just finished takes focus as it appears.
  const [justFinished, setJustFinished] = useState(false);
  const Runner = runner.useModule(running)?.PrecheckRunner;
  const Result = result.useModule(ready && saved !== null && !running)?.PrecheckResult;
  useIdlePreload(runner.preload, ready && saved === null && !running);

  if (running) {
    if (!Runner) return <GettingReady text={text.gettingReady} />;
    return (
      <Runner
        pool={pool}
        onFinished={() => {
          setRunning(false);
          setJustFinished(true);
        }}
      />
    );
  }

  if (ready && saved) {
    if (!Result) return <GettingReady text={text.loading} />;
    return <Result pool={pool} topics={topics} firstLesson={firstLesson} attempt={saved} focusOnShow={justFinished} />;
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={!ready}
        onClick={() => setRunning(true)}
        onPointerEnter={preloadRunner}
        onFocus={preloadRunner}
        className={`${actionClass} bg-accent text-on-accent disabled:opacity-60`}
      >
        {text.start}
      </button>
      <Link href={`/lessons/${firstLesson}/`} className={`${actionClass} border-2 border-accent text-accent`}>
        {text.skip}
      </Link>
    </div>
  );
}
