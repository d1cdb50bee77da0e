'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { format } from '@/lib/i18n/format';
import { useLazyProgress, useProgressStore } from '@/lib/progress/lazy-progress';
import type { Progress } from '@/lib/progress/progress-schema';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import type { ReviewStartText } from './exam-text';
import { GettingReady } from './getting-ready';

export type ReviewSessionProps = {
  pool: ExamItem[];
  topics: ExamTopic[];
  /** The start screen's strings, from the server page (components/exam/exam-text.ts). */
  text: ReviewStartText;
};

const primary = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline';
const noReview: Progress['review'] = {};

// The questions, their feedback and explanations (with the Spotter's mock kit) are a chunk of their own (issue 13).
const runner = lazyModule(() => import('./review-runner'));

/**
 * "Review your mistakes": the exam items in the review queue come back one by one (./review-runner), with feedback
 * and the explanation after each answer. The store counts right answers in a row; at two, the item leaves the
 * queue. The queue is known once the progress store has loaded after hydration.
 */
export function ReviewSession({ pool, topics, text }: ReviewSessionProps) {
  const ready = useProgressStore() !== undefined;
  const review = useLazyProgress((state) => state.review, noReview);
  const inPool = useMemo(() => new Set(pool.map((item) => item.id)), [pool]);
  // The ids of the round under way, as the queue was when it started; undefined between rounds.
  const [round, setRound] = useState<string[]>();
  const [roundDone, setRoundDone] = useState(false);
  // Items retired from the pool cannot be asked again; they are simply not shown.
  const queue = Object.keys(review).filter((id) => inPool.has(id));
  const Runner = runner.useModule(round !== undefined)?.ReviewRunner;
  useIdlePreload(runner.preload, ready && queue.length > 0 && round === undefined);

  if (!ready) return <p className="text-muted">{text.loading}</p>;
  if (round) {
    if (!Runner) return <GettingReady text={text.gettingReady} />;
    return (
      <Runner
        pool={pool}
        topics={topics}
        items={round}
        onFinished={() => {
          setRound(undefined);
          setRoundDone(true);
        }}
      />
    );
  }

  return (
    <div className="space-y-4">
      {roundDone && <p role="status">{queue.length ? text.roundDone : text.allDone}</p>}
      {queue.length === 0 ? (
        <>
          {!roundDone && <p>{text.empty}</p>}
          <p>
            <Link href="/exam/">{text.emptyExam}</Link>
          </p>
        </>
      ) : (
        <>
          <p data-testid="review-waiting" className="font-semibold">
            {format(text.waiting, { count: queue.length })}
          </p>
          <button
            type="button"
            className={primary}
            onClick={() => setRound(queue)}
            onPointerEnter={() => void runner.preload().catch(() => {})}
            onFocus={() => void runner.preload().catch(() => {})}
          >
            {roundDone ? text.again : text.start}
          </button>
        </>
      )}
    </div>
  );
}
