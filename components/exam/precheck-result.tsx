'use client';

import Link from 'next/link';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { formatPoints, scoreAttempt } from '@/lib/exam/attempt-score';
import type { Attempt } from '@/lib/progress/progress-schema';
import { precheckText } from '@/lib/i18n/en/precheck';
import { actionClass } from './action-class';
import { useFocusOn } from '@/components/questions/use-focus';
import { t } from '@/lib/i18n/t';
import { precheckMessages } from '@/lib/i18n/precheck';

export type PrecheckResultProps = {
  pool: ExamItem[];
  topics: ExamTopic[];
  firstLesson: string;
  attempt: Attempt;
  /** The attempt was just finished: its heading takes focus as it appears. */
  focusOnShow: boolean;
};

/**
 * The saved pre-check's score and what each topic showed, with the way on (a chunk of its own: shown after the
 * last answer, or to a learner who took the pre-check before). Answers are not explained here (see ./pre-check).
 */
export function PrecheckResult({ pool, topics, firstLesson, attempt, focusOnShow }: PrecheckResultProps) {
  const heading = useFocusOn<HTMLHeadingElement>(focusOnShow);
  const byId = new Map(pool.map((item) => [item.id, item]));
  const score = scoreAttempt(attempt, (id) => byId.get(id)?.topic);
  return (
    <section aria-labelledby="precheck-result" data-result="precheck" className="space-y-4">
      <h2
        id="precheck-result"
        ref={heading}
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
        <Link href={`/lessons/${firstLesson}/`} className={`${actionClass} bg-accent text-on-accent`}>
          {precheckText.startCourse}
        </Link>
        <Link href="/exam/" className={`${actionClass} border-2 border-accent text-accent`}>
          {precheckText.takeExam}
        </Link>
      </p>
    </section>
  );
}
