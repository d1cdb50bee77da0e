'use client';

import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { examBlueprint, randomSeed, seedFromQuery } from '@/lib/exam/draw';
import { attemptFrom, localDay, scoreAttempt, type ExamResponse } from '@/lib/exam/score';
import { useProgress } from '@/lib/progress/progress-store';
import { useHydrated } from '@/lib/use-hydrated';
import { examText } from '@/lib/i18n/en/exam';
import { ExamQuestion } from './exam-question';
import { ExamResult } from './exam-result';
import { usePool } from './use-pool';
import { useAttempt } from '@/components/questions/use-attempt';
import { useFocusOn } from '@/components/questions/use-focus';
import { t } from '@/lib/i18n/t';
import { examMessages } from '@/lib/i18n/exam';

export type ExamProps = {
  /** The whole validated pool, from lib/exam at build time. */
  pool: ExamItem[];
  /** The lessons the pool's topics point at, in course order. */
  topics: ExamTopic[];
};

/**
 * The final exam (the container): draws an attempt, walks through it, grades it, saves ids and right answers to
 * progress (the review queue and the pass day follow from that), and shows the result with every mistake explained.
 * The attempt under way lives in progress, saved answer by answer, so a reload or another tab resumes it at the next
 * question with the same items; reloading cannot re-roll the draw (STO-14).
 */
export function Exam({ pool, topics }: ExamProps) {
  const hydrated = useHydrated();
  const attempts = useProgress((state) => state.exam.attempts);
  const current = useProgress((state) => state.exam.current);
  const precheck = useProgress((state) => state.precheck);
  const review = useProgress((state) => state.review);
  const { startExam, answerExam, recordExam } = useProgress.getState();
  const { byId, draw } = usePool(pool);
  // Items retired from the pool since the attempt began are left out; the ids drawn decide the count, not the blueprint.
  const attempt = useAttempt<ExamItem, ExamResponse>({
    pool: byId,
    // recordExam (in onFinish) ends the attempt in progress, so there is nothing more to end.
    store: { current: hydrated ? current : null, start: startExam, record: answerExam, end: () => {} },
    onFinish: (items, responses) => {
      const record = attemptFrom(items, responses);
      const passed = scoreAttempt(record, (id) => byId.get(id)?.topic).passed;
      recordExam(record, passed ? localDay() : null);
    },
  });
  const finished = attempt.finished?.responses;
  const resultHeading = useFocusOn<HTMLHeadingElement>(finished);
  const last = hydrated ? attempts.at(-1) : undefined;

  const start = () => {
    // ?seed= (allowlisted digits) makes a draw reproducible; each retake shifts it. Items seen in earlier attempts
    // come last, and the pre-check's never appear (a parallel form), so before → after compares like with like.
    const seed = (seedFromQuery(window.location.search) ?? randomSeed()) + attempts.length;
    const seen = attempts.flatMap((past) => past.items);
    attempt.start(draw({ ...examBlueprint, seed, seen, exclude: precheck?.items ?? [] }).map((item) => item.id));
  };

  const step = attempt.step;
  if (step) {
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
