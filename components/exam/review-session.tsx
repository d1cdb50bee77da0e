'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { gradeItem, type ExamResponse } from '@/lib/exam/score';
import { useProgress } from '@/lib/progress/progress-store';
import { useHydrated } from '@/lib/use-hydrated';
import { examText } from '@/lib/i18n/en/exam';
import { quizText } from '@/lib/i18n/en/quiz';
import { reviewText } from '@/lib/i18n/en/review';
import { ExamQuestion } from './exam-question';
import { ItemReview } from './item-review';

export type ReviewSessionProps = { pool: ExamItem[]; topics: ExamTopic[] };

type Round = {
  items: ExamItem[];
  index: number;
  answered?: { response: ExamResponse; correct: boolean; streak: number };
};

const primary = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline';

/**
 * "Review your mistakes": the exam items in the review queue come back one by one, with feedback and the
 * explanation after each answer. The store counts right answers in a row; at two, the item leaves the queue.
 */
export function ReviewSession({ pool, topics }: ReviewSessionProps) {
  const hydrated = useHydrated();
  const review = useProgress((state) => state.review);
  const answerReview = useProgress((state) => state.answerReview);
  const [round, setRound] = useState<Round>();
  const focusRef = useRef<HTMLDivElement>(null);
  const byId = new Map(pool.map((item) => [item.id, item]));
  const topicInfo = new Map(topics.map((topic) => [topic.slug, topic]));
  // Items retired from the pool cannot be asked again; they are simply not shown.
  const queue = hydrated ? Object.keys(review).flatMap((id) => byId.get(id) ?? []) : [];

  useEffect(() => {
    if (round?.answered) focusRef.current?.focus();
  }, [round?.answered]);

  if (!hydrated) return <p className="text-muted">{examText.loading}</p>;

  if (round && round.index < round.items.length) {
    const item = round.items[round.index]!;
    if (!round.answered) {
      return (
        <ExamQuestion
          item={item}
          number={round.index + 1}
          total={round.items.length}
          submitLabel={quizText.check}
          onAnswer={(response) => {
            const correct = gradeItem(item, response).correct;
            const streak = correct ? (review[item.id] ?? 0) + 1 : 0;
            answerReview(item.id, correct);
            setRound({ ...round, answered: { response, correct, streak } });
          }}
        />
      );
    }
    return (
      <div ref={focusRef} tabIndex={-1} className="space-y-4 focus:outline-none">
        <p
          role="status"
          data-testid="review-feedback"
          className={`text-lg font-bold ${round.answered.correct ? 'text-good' : 'text-bad'}`}
        >
          {round.answered.correct
            ? `${examText.feedback.correct} ${reviewText.streak(round.answered.streak)}`
            : reviewText.reset}
        </p>
        <ItemReview item={item} topic={topicInfo.get(item.topic)} response={round.answered.response} level={2} />
        <button
          type="button"
          className={primary}
          onClick={() => setRound({ ...round, index: round.index + 1, answered: undefined })}
        >
          {reviewText.next}
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {round && <p role="status">{queue.length ? reviewText.roundDone : reviewText.allDone}</p>}
      {queue.length === 0 ? (
        <>
          {!round && <p>{reviewText.empty}</p>}
          <p>
            <Link href="/exam/">{reviewText.emptyExam}</Link>
          </p>
        </>
      ) : (
        <>
          <p data-testid="review-waiting" className="font-semibold">
            {reviewText.waiting(queue.length)}
          </p>
          <button type="button" className={primary} onClick={() => setRound({ items: queue, index: 0 })}>
            {round ? reviewText.again : reviewText.start}
          </button>
        </>
      )}
    </div>
  );
}
