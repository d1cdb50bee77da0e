'use client';

import { useLayoutEffect, useRef } from 'react';
import type { ExamItem } from '@/lib/exam/schema';
import { precheckBlueprint, randomSeed, seedFromQuery } from '@/lib/exam/draw';
import { attemptFrom, type ExamResponse } from '@/lib/exam/score';
import { useProgressStore } from '@/lib/progress/lazy-progress';
import { examText } from '@/lib/i18n/en/exam';
import { ExamQuestion } from './exam-question';
import { usePool } from './use-pool';
import { useAttempt } from '@/components/questions/use-attempt';

export type PrecheckRunnerProps = {
  pool: ExamItem[];
  /** The attempt was graded and saved as the pre-check. */
  onFinished(): void;
};

/**
 * The pre-check's questions (a chunk of its own, loaded once the learner starts): draws eight items when it
 * appears, keeps the answers in memory and saves the graded attempt with the last one. Only rendered once the
 * progress store has loaded; it reaches the store through lib/progress/lazy-progress, as a static import would copy
 * the store into this chunk.
 */
export function PrecheckRunner({ pool, onFinished }: PrecheckRunnerProps) {
  const useProgress = useProgressStore()!;
  const { byId, draw } = usePool(pool);
  const attempt = useAttempt<ExamItem, ExamResponse>({
    pool: byId,
    onFinish: (items, responses) => {
      useProgress.getState().savePrecheck(attemptFrom(items, responses));
      onFinished();
    },
  });
  // Drawn once per mount, before the first paint, so the start screen gives way straight to question 1. Items of
  // earlier exams are left out where the pool allows, so the two forms never share an item.
  const begun = useRef(false);
  useLayoutEffect(() => {
    if (begun.current) return;
    begun.current = true;
    const seed = seedFromQuery(window.location.search) ?? randomSeed();
    const exclude = useProgress.getState().exam.attempts.flatMap((past) => past.items);
    attempt.start(draw({ ...precheckBlueprint, seed, exclude }).map((item) => item.id));
  });
  const step = attempt.step;
  if (!step) return null;
  return (
    <ExamQuestion
      item={step.item}
      number={step.index + 1}
      total={step.total}
      submitLabel={step.last ? examText.finish : examText.next}
      onAnswer={attempt.answer}
    />
  );
}
