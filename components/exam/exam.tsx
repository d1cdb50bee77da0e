'use client';

import { useEffect, useRef, useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { examBlueprint, randomSeed, seedFromQuery } from '@/lib/exam/draw';
import { attemptFrom, localDay, scoreAttempt, type ExamResponse } from '@/lib/exam/score';
import { useProgress } from '@/lib/progress/progress-store';
import { useHydrated } from '@/lib/use-hydrated';
import { examText } from '@/lib/i18n/en/exam';
import { ExamQuestion } from './exam-question';
import { ExamResult } from './exam-result';
import { usePool } from './use-pool';

export type ExamProps = {
  /** The whole validated pool, from lib/exam at build time. */
  pool: ExamItem[];
  /** The lessons the pool's topics point at, in course order. */
  topics: ExamTopic[];
};

type Running = { items: ExamItem[]; responses: Record<string, ExamResponse> };

/**
 * The final exam (the container): draws an attempt, walks through it, grades it, saves ids and right answers to
 * progress (the review queue and the pass day follow from that), and shows the result with every mistake explained.
 */
export function Exam({ pool, topics }: ExamProps) {
  const hydrated = useHydrated();
  const attempts = useProgress((state) => state.exam.attempts);
  const precheck = useProgress((state) => state.precheck);
  const review = useProgress((state) => state.review);
  const recordExam = useProgress((state) => state.recordExam);
  const { byId, draw } = usePool(pool);
  const [running, setRunning] = useState<Running>();
  const [finished, setFinished] = useState<Record<string, ExamResponse>>();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const last = hydrated ? attempts.at(-1) : undefined;
  useEffect(() => {
    if (finished) resultHeading.current?.focus();
  }, [finished]);

  const start = () => {
    // ?seed= (allowlisted digits) makes a draw reproducible; each retake shifts it. Items seen in earlier attempts
    // come last, and the pre-check's never appear (a parallel form), so before → after compares like with like.
    const seed = (seedFromQuery(window.location.search) ?? randomSeed()) + attempts.length;
    const seen = attempts.flatMap((attempt) => attempt.items);
    setFinished(undefined);
    setRunning({ items: draw({ ...examBlueprint, seed, seen, exclude: precheck?.items ?? [] }), responses: {} });
  };

  const answer = (response: ExamResponse) => {
    if (!running) return;
    const item = running.items[Object.keys(running.responses).length]!;
    const responses = { ...running.responses, [item.id]: response };
    if (Object.keys(responses).length < running.items.length) {
      setRunning({ ...running, responses });
      return;
    }
    const attempt = attemptFrom(running.items, responses);
    const passed = scoreAttempt(attempt, (id) => byId.get(id)?.topic).passed;
    recordExam(attempt, passed ? localDay() : null);
    setRunning(undefined);
    setFinished(responses);
  };

  if (running) {
    const index = Object.keys(running.responses).length;
    return (
      <div className="space-y-4">
        <progress
          aria-label={examText.questionOf(index + 1, running.items.length)}
          value={index}
          max={running.items.length}
          className="block h-3 w-full appearance-none overflow-hidden rounded-full border border-line bg-surface [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-surface [&::-webkit-progress-value]:bg-accent"
        />
        <ExamQuestion
          item={running.items[index]!}
          number={index + 1}
          total={running.items.length}
          submitLabel={index + 1 === running.items.length ? examText.finish : examText.next}
          onAnswer={answer}
        />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      {!hydrated ? (
        <p className="text-muted">{examText.loading}</p>
      ) : (
        last && (
          <ExamResult
            pool={pool}
            topics={topics}
            attempt={last}
            responses={finished}
            precheck={precheck}
            reviewCount={Object.keys(review).length}
            title={finished ? examText.resultTitle : examText.lastResultTitle}
            headingRef={resultHeading}
          />
        )
      )}
      <div className="space-y-3 rounded-lg border-2 border-accent p-5">
        <p>{last ? examText.retakeNote : examText.keptNote}</p>
        <button
          type="button"
          onClick={start}
          disabled={!hydrated}
          className="min-h-12 rounded-md bg-accent px-5 text-lg font-semibold text-on-accent hover:underline disabled:opacity-60"
        >
          {last ? examText.retake : examText.start}
        </button>
      </div>
    </div>
  );
}
