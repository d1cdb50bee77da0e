'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { gradeItem, type ExamResponse } from '@/lib/exam/score';
import { useProgressStore } from '@/lib/progress/lazy-progress';
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

export type ReviewRunnerProps = {
  pool: ExamItem[];
  topics: ExamTopic[];
  /** The ids of this round, in order. */
  items: string[];
  /** After "Next" on the round's last item. */
  onFinished(): void;
};

const primary = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline';

/**
 * One round of review (a chunk of its own, loaded when the learner starts it): each item, then whether it was right
 * with the explanation, each answer saved as it is given. Only rendered once the progress store has loaded; it
 * reaches the store through lib/progress/lazy-progress, as a static import would copy the store into this chunk.
 */
export function ReviewRunner({ pool, topics, items, onFinished }: ReviewRunnerProps) {
  const useProgress = useProgressStore()!;
  // Right answers in a row for the item just answered, as the store counted it (the item leaves the queue at 2).
  const [streak, setStreak] = useState(0);
  const { byId } = usePool(pool);
  const topicInfo = new Map(topics.map((topic) => [topic.slug, topic]));
  const round = useAttempt<ExamItem, ExamResponse>({
    pool: byId,
    feedback: true,
    onAnswer: (item, response) => {
      const correct = gradeItem(item, response).correct;
      const { review, answerReview } = useProgress.getState();
      setStreak(correct ? (review[item.id] ?? 0) + 1 : 0);
      answerReview(item.id, correct);
    },
    // Each answer is saved as it is given; a round that ends leaves nothing more to save.
    onFinish: onFinished,
  });
  // Once per mount, before the first paint, so the start button gives way straight to the first item.
  const begun = useRef(false);
  useLayoutEffect(() => {
    if (begun.current) return;
    begun.current = true;
    round.start(items);
  });
  const step = round.step;
  const feedbackRef = useFocusOn<HTMLDivElement>(step?.response);

  if (!step) return null;
  if (!step.response) {
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
  const correct = gradeItem(step.item, step.response).correct;
  return (
    <div ref={feedbackRef} tabIndex={-1} className="space-y-4 focus:outline-none">
      <VerdictLine tone={correct ? 'good' : 'bad'} testId="review-feedback">
        {correct ? `${examText.feedback.correct} ${t(reviewMessages, 'streak', { count: streak })}` : reviewText.reset}
      </VerdictLine>
      <ItemReview item={step.item} topic={topicInfo.get(step.item.topic)} response={step.response} level={2} />
      <button type="button" className={primary} onClick={round.next}>
        {reviewText.next}
      </button>
    </div>
  );
}
