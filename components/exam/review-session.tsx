'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { gradeItem, type ExamResponse } from '@/lib/exam/score';
import { useProgress } from '@/lib/progress/progress-store';
import { useHydrated } from '@/lib/use-hydrated';
import { examText } from '@/lib/i18n/en/exam';
import { quizText } from '@/lib/i18n/en/quiz';
import { reviewText } from '@/lib/i18n/en/review';
import { ExamQuestion } from './exam-question';
import { ItemReview } from './item-review';
import { usePool } from './use-pool';
import { useAttempt } from '@/components/questions/use-attempt';
import { useFocusOn } from '@/components/questions/use-focus';
import { VerdictLine } from '@/components/questions/verdict-line';
import { t } from '@/lib/i18n/t';
import { reviewMessages } from '@/lib/i18n/review';

export type ReviewSessionProps = { pool: ExamItem[]; topics: ExamTopic[] };

const primary = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline';

/**
 * "Review your mistakes": the exam items in the review queue come back one by one, with feedback and the
 * explanation after each answer. The store counts right answers in a row; at two, the item leaves the queue.
 */
export function ReviewSession({ pool, topics }: ReviewSessionProps) {
  const hydrated = useHydrated();
  const review = useProgress((state) => state.review);
  const answerReview = useProgress((state) => state.answerReview);
  // Right answers in a row for the item just answered, as the store counted it (the item leaves the queue at 2).
  const [streak, setStreak] = useState(0);
  const { byId } = usePool(pool);
  const topicInfo = new Map(topics.map((topic) => [topic.slug, topic]));
  // Items retired from the pool cannot be asked again; they are simply not shown.
  const queue = hydrated ? Object.keys(review).flatMap((id) => byId.get(id) ?? []) : [];
  const round = useAttempt<ExamItem, ExamResponse>({
    pool: byId,
    feedback: true,
    onAnswer: (item, response) => {
      const correct = gradeItem(item, response).correct;
      setStreak(correct ? (review[item.id] ?? 0) + 1 : 0);
      answerReview(item.id, correct);
    },
    // Each answer is saved as it is given; a round that ends leaves nothing more to save.
    onFinish: () => {},
  });
  const step = round.step;
  const feedbackRef = useFocusOn<HTMLDivElement>(step?.response);

  if (!hydrated) return <p className="text-muted">{examText.loading}</p>;

  if (step && !step.response) {
    return (
      <ExamQuestion
        item={step.item}
        number={step.index + 1}
        total={step.total}
        submitLabel={quizText.check}
        onAnswer={round.answer}
      />
    );
  }
  if (step?.response) {
    const correct = gradeItem(step.item, step.response).correct;
    return (
      <div ref={feedbackRef} tabIndex={-1} className="space-y-4 focus:outline-none">
        <VerdictLine tone={correct ? 'good' : 'bad'} testId="review-feedback">
          {correct
            ? `${examText.feedback.correct} ${t(reviewMessages, 'streak', { count: streak })}`
            : reviewText.reset}
        </VerdictLine>
        <ItemReview item={step.item} topic={topicInfo.get(step.item.topic)} response={step.response} level={2} />
        <button type="button" className={primary} onClick={round.next}>
          {reviewText.next}
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {round.finished && <p role="status">{queue.length ? reviewText.roundDone : reviewText.allDone}</p>}
      {queue.length === 0 ? (
        <>
          {!round.finished && <p>{reviewText.empty}</p>}
          <p>
            <Link href="/exam/">{reviewText.emptyExam}</Link>
          </p>
        </>
      ) : (
        <>
          <p data-testid="review-waiting" className="font-semibold">
            {t(reviewMessages, 'waiting', { count: queue.length })}
          </p>
          <button type="button" className={primary} onClick={() => round.start(queue.map((item) => item.id))}>
            {round.finished ? reviewText.again : reviewText.start}
          </button>
        </>
      )}
    </div>
  );
}
