'use client';

import { useEffect, useRef, useState } from 'react';
import type { ExamTopic, VerdictItem } from '@/lib/exam/schema';
import { gradeVerdict } from '@/lib/exam/grade-verdict';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import { dailyItemId, localDay } from '@/lib/practice/daily';
import { usePractice } from '@/lib/practice/practice-store';
import { useHydrated } from '@/lib/use-hydrated';
import { practiceText } from '@/lib/i18n/en/practice';
import { GettingReady } from '@/components/exam/getting-ready';
import { QuestionFrame } from '@/components/exam/question-frame';
import { VerdictQuestion } from '@/components/exam/verdict-question';
import { liveScreens } from '@/components/spotter/mock/lazy-screens';
import { StreakCounter } from './streak-counter';

export type DailyPracticeProps = { items: VerdictItem[]; topics: ExamTopic[] };

// The share card and the explanation follow the answer: a chunk of their own (issue 13), while the question, the
// first screen of the day, comes with the page.
const details = lazyModule(() => import('./practice-details'));

/**
 * Today's "scam or real?" item from the exam pool, answered with the exam's own question and graded by the exam's
 * own `gradeVerdict` (what `gradeItem` uses for this kind); then the explanation, the streak and a share card
 * (RELIABILITY PRA-1..3).
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

  // The day's picture: only its kind's screen, fetched once the day is known (in the browser, after hydration).
  const Screen = liveScreens[item.artefact.kind].useModule(hydrated && !done)?.LiveScreen;

  // Needed once today's answer is given: fetched when the browser is idle, so the explanation follows at once.
  const Details = details.useModule(hydrated && done !== null)?.PracticeDetails;
  useIdlePreload(details.preload, hydrated);

  const loading = <p className="text-muted">{practiceText.loading}</p>;
  if (!hydrated) return loading;

  if (!done) {
    // Until the picture has come, the question waits whole, so nothing below it moves when the picture appears.
    if (!Screen) return loading;
    return (
      <div className="space-y-6">
        <StreakCounter today={today} />
        <QuestionFrame item={item} number={1} total={1} takeFocus={false}>
          <VerdictQuestion
            item={item}
            picture={<Screen data={item.artefact} />}
            submitLabel={practiceText.check}
            onAnswer={(response) => {
              if (response.type !== 'verdict') return;
              const { correct } = gradeVerdict(item, response.choice);
              answer({
                day: today,
                itemId: item.id,
                choice: response.choice,
                confidence: response.confidence,
                correct,
              });
              setJustAnswered(true);
            }}
          />
        </QuestionFrame>
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
      {Details ? (
        <Details
          outcome={outcome}
          item={item}
          topic={topics.find((topic) => topic.slug === item.topic)}
          response={{ type: 'verdict', choice: done.choice, confidence: done.confidence }}
        />
      ) : (
        <GettingReady text={practiceText.gettingReady} />
      )}
    </div>
  );
}
