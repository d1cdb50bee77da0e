'use client';

import { useEffect, useRef, useState } from 'react';
import type { ExamTopic, VerdictItem } from '@/lib/exam/schema';
import { gradeItem } from '@/lib/exam/score';
import { dailyItemId, localDay } from '@/lib/practice/daily';
import { usePractice } from '@/lib/practice/practice-store';
import { useHydrated } from '@/lib/use-hydrated';
import { practiceText } from '@/lib/i18n/en/practice';
import { ExamQuestion } from '@/components/exam/exam-question';
import { ItemReview } from '@/components/exam/item-review';
import { ShareResult } from './share-result';
import { StreakCounter } from './streak-counter';

export type DailyPracticeProps = { items: VerdictItem[]; topics: ExamTopic[] };

/**
 * Today's "scam or real?" item from the exam pool, answered with the exam's own question and graded by the exam's
 * own `gradeItem`; then the explanation, the streak and a share card (RELIABILITY PRA-1..3).
 */
export function DailyPractice({ items, topics }: DailyPracticeProps) {
  const hydrated = useHydrated();
  const last = usePractice((state) => state.last);
  const answer = usePractice((state) => state.answer);
  const resultRef = useRef<HTMLDivElement>(null);
  const [justAnswered, setJustAnswered] = useState(false);
  // Saved practice is read after hydration, in the same commit as `hydrated`, so the server HTML and first render agree.
  useEffect(() => usePractice.getState().load(), []);
  useEffect(() => {
    if (justAnswered) resultRef.current?.focus();
  }, [justAnswered]);

  if (!hydrated) return <p className="text-muted">{practiceText.loading}</p>;

  // The learner's own calendar day: read on each render, so a page left open overnight offers the new item.
  const today = localDay(new Date());
  const item = items.find(
    (candidate) =>
      candidate.id ===
      dailyItemId(
        items.map((i) => i.id),
        today,
      ),
  )!;
  const done = last?.day === today && last.itemId === item.id ? last : null;

  if (!done) {
    return (
      <div className="space-y-6">
        <StreakCounter today={today} />
        <ExamQuestion
          item={item}
          number={1}
          total={1}
          submitLabel={practiceText.check}
          onAnswer={(response) => {
            if (response.type !== 'verdict') return;
            const { correct } = gradeItem(item, response);
            answer({ day: today, itemId: item.id, choice: response.choice, confidence: response.confidence, correct });
            setJustAnswered(true);
          }}
        />
      </div>
    );
  }

  const outcome = done.correct ? 'right' : 'wrong';
  return (
    <div ref={resultRef} tabIndex={-1} className="space-y-6 focus:outline-none">
      <p
        role="status"
        data-testid="practice-feedback"
        className={`text-xl font-bold ${done.correct ? 'text-good' : 'text-bad'}`}
      >
        {practiceText[outcome]}
      </p>
      <StreakCounter today={today} />
      <p>{practiceText.doneToday}</p>
      <ShareResult outcome={outcome} />
      <ItemReview
        item={item}
        topic={topics.find((topic) => topic.slug === item.topic)}
        response={{ type: 'verdict', choice: done.choice, confidence: done.confidence }}
        level={2}
      />
    </div>
  );
}
