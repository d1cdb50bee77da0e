'use client';

import Link from 'next/link';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { precheckBlueprint, randomSeed, seedFromQuery } from '@/lib/exam/draw';
import { attemptFrom, formatPoints, scoreAttempt, type ExamResponse } from '@/lib/exam/score';
import { useProgress } from '@/lib/progress/progress-store';
import { useHydrated } from '@/lib/use-hydrated';
import { examText } from '@/lib/i18n/en/exam';
import { precheckText } from '@/lib/i18n/en/precheck';
import { ExamQuestion } from './exam-question';
import { usePool } from './use-pool';
import { useAttempt } from '@/components/questions/use-attempt';
import { useFocusOn } from '@/components/questions/use-focus';
import { t } from '@/lib/i18n/t';
import { precheckMessages } from '@/lib/i18n/precheck';

export type PreCheckProps = { pool: ExamItem[]; topics: ExamTopic[]; firstLesson: string };

const button = 'inline-flex min-h-12 items-center rounded-md px-5 text-lg font-semibold no-underline hover:underline';

/**
 * The optional 8-item check before the course, drawn to the exam's blueprint at half the size (every topic, every
 * kind of item, genuine items): what it saves is the "before" that the exam result compares with. Answers are not
 * explained here, so the exam later measures learning rather than memory of this page; the exam never reuses these
 * items (parallel forms).
 */
export function PreCheck({ pool, topics, firstLesson }: PreCheckProps) {
  const hydrated = useHydrated();
  const saved = useProgress((state) => state.precheck);
  const savePrecheck = useProgress((state) => state.savePrecheck);
  const { byId, draw } = usePool(pool);
  const attempts = useProgress((state) => state.exam.attempts);
  const attempt = useAttempt<ExamItem, ExamResponse>({
    pool: byId,
    onFinish: (items, responses) => savePrecheck(attemptFrom(items, responses)),
  });
  const resultHeading = useFocusOn<HTMLHeadingElement>(attempt.finished);

  const step = attempt.step;
  if (step) {
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

  const result = hydrated ? saved : null;
  if (result) {
    const score = scoreAttempt(result, (id) => byId.get(id)?.topic);
    return (
      <section aria-labelledby="precheck-result" data-result="precheck" className="space-y-4">
        <h2
          id="precheck-result"
          ref={resultHeading}
          tabIndex={-1}
          className="text-2xl font-bold focus:outline-none focus-visible:outline"
        >
          {precheckText.resultTitle}
        </h2>
        <p role="status" data-testid="precheck-score" className="text-2xl font-bold">
          {t(precheckMessages, 'score', { right: formatPoints(score.points), total: score.total })}
        </p>
        <ul className="space-y-1">
          {topics
            .filter((topic) => score.byTopic.some((row) => row.topic === topic.slug))
            .map((topic) => {
              const row = score.byTopic.find((entry) => entry.topic === topic.slug)!;
              return (
                <li key={topic.slug} className="flex flex-wrap justify-between gap-x-4 border-b border-line/40 py-2">
                  <Link href={`/lessons/${topic.slug}/`}>{topic.title}</Link>
                  <span className="font-semibold">
                    {row.right === row.total ? precheckText.topicRight : precheckText.topicWrong}
                  </span>
                </li>
              );
            })}
        </ul>
        <p>{precheckText.nextStep}</p>
        <p className="flex flex-wrap gap-3">
          <Link href={`/lessons/${firstLesson}/`} className={`${button} bg-accent text-on-accent`}>
            {precheckText.startCourse}
          </Link>
          <Link href="/exam/" className={`${button} border-2 border-accent text-accent`}>
            {precheckText.takeExam}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => {
          const seed = seedFromQuery(window.location.search) ?? randomSeed();
          // Items of earlier exams are left out where the pool allows, so the two forms never share an item.
          const exclude = attempts.flatMap((past) => past.items);
          attempt.start(draw({ ...precheckBlueprint, seed, exclude }).map((item) => item.id));
        }}
        className={`${button} bg-accent text-on-accent disabled:opacity-60`}
      >
        {precheckText.start}
      </button>
      <Link href={`/lessons/${firstLesson}/`} className={`${button} border-2 border-accent text-accent`}>
        {precheckText.skip}
      </Link>
    </div>
  );
}
