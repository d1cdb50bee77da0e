'use client';

import { useLayoutEffect, useRef } from 'react';
import type { ExamItem } from '@/lib/exam/schema';
import { examBlueprint, randomSeed, seedFromQuery } from '@/lib/exam/draw';
import { attemptFrom, localDay, scoreAttempt, type ExamResponse } from '@/lib/exam/score';
import { useLazyProgress, useProgressStore } from '@/lib/progress/lazy-progress';
import { examText } from '@/lib/i18n/en/exam';
import { ExamQuestion } from './exam-question';
import { GettingReady } from './getting-ready';
import { usePool } from './use-pool';
import { useAttempt } from '@/components/questions/use-attempt';
import { t } from '@/lib/i18n/t';
import { examMessages } from '@/lib/i18n/exam';

export type ExamRunnerProps = {
  pool: ExamItem[];
  /** Start pressed and no attempt saved yet: draw one as soon as this view is there. */
  begin: boolean;
  gettingReady: string;
  /** The attempt was graded and recorded, with the answers given (they explain each mistake). */
  onFinished(responses: Readonly<Record<string, ExamResponse>>): void;
};

/**
 * The exam's attempt under way (in the views' chunk, loaded when the learner starts or an attempt is to be resumed):
 * draws an attempt, walks through it and grades it, saving each answer to progress as it is given (STO-14). Only
 * rendered once the progress store has loaded; it reaches the store through lib/progress/lazy-progress, as a static
 * import would copy the store into this chunk.
 */
export function ExamRunner({ pool, begin, gettingReady, onFinished }: ExamRunnerProps) {
  const useProgress = useProgressStore()!;
  const current = useLazyProgress((state) => state.exam.current, null);
  const { startExam, answerExam, recordExam } = useProgress.getState();
  const { byId, draw } = usePool(pool);
  // Items retired from the pool since the attempt began are left out; the ids drawn decide the count, not the blueprint.
  const attempt = useAttempt<ExamItem, ExamResponse>({
    pool: byId,
    // recordExam (in onFinish) ends the attempt in progress, so there is nothing more to end.
    store: { current, start: startExam, record: answerExam, end: () => {} },
    onFinish: (items, responses) => {
      const record = attemptFrom(items, responses);
      const passed = scoreAttempt(record, (id) => byId.get(id)?.topic).passed;
      recordExam(record, passed ? localDay() : null);
      onFinished(responses);
    },
  });

  // Once per mount, before the first paint, so the start box gives way straight to question 1. The store ignores a
  // start while an attempt is under way (another tab may have begun one), and that attempt is shown instead.
  const begun = useRef(false);
  useLayoutEffect(() => {
    if (!begin || begun.current) return;
    begun.current = true;
    // ?seed= (allowlisted digits) makes a draw reproducible; each retake shifts it. Items seen in earlier attempts
    // come last, and the pre-check's never appear (a parallel form), so before → after compares like with like.
    const { exam, precheck } = useProgress.getState();
    const seed = (seedFromQuery(window.location.search) ?? randomSeed()) + exam.attempts.length;
    const seen = exam.attempts.flatMap((past) => past.items);
    attempt.start(draw({ ...examBlueprint, seed, seen, exclude: precheck?.items ?? [] }).map((item) => item.id));
  });

  const step = attempt.step;
  if (!step) return <GettingReady text={gettingReady} />;
  return (
    <div className="space-y-4">
      <progress
        aria-label={t(examMessages, 'questionOf', { number: step.index + 1, total: step.total })}
        value={step.index}
        max={step.total}
        className="block h-3 w-full appearance-none overflow-hidden rounded-full border border-line bg-surface [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-surface [&::-webkit-progress-value]:bg-accent"
      />
      <ExamQuestion
        key={step.id}
        item={step.item}
        number={step.index + 1}
        total={step.total}
        submitLabel={step.last ? examText.finish : examText.next}
        onAnswer={attempt.answer}
      />
    </div>
  );
}
