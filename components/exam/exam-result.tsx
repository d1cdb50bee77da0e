'use client';

import Link from 'next/link';
import type { Attempt } from '@/lib/progress/progress-schema';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { formatPoints, gainOf, passMark, scoreAttempt, truthOf, type ExamResponse } from '@/lib/exam/score';
import { signalFigures } from '@/lib/exam/signal';
import { examText } from '@/lib/i18n/en/exam';
import { BeforeAfter } from './before-after';
import { ItemReview } from './item-review';
import { ButtonLink } from '@/components/ui/button-link';
import { useFocusOn } from '@/components/questions/use-focus';
import { Section } from '@/components/ui/section';
import { t } from '@/lib/i18n/t';
import { examMessages } from '@/lib/i18n/exam';

export type ExamResultProps = {
  pool: ExamItem[];
  topics: ExamTopic[];
  attempt: Attempt;
  /** The answers of an attempt just finished; a result loaded from storage has none. */
  responses?: Record<string, ExamResponse>;
  precheck: Attempt | null;
  /** How many items wait in the review queue. */
  reviewCount: number;
};

/**
 * The result (the exam's "navigation/result" part): score, pass or not, before → after (score, scams caught, genuine
 * pages flagged, calibration), per topic, and every mistake explained. A chunk of its own (components/exam/exam.tsx).
 * An attempt just finished brings its heading into focus as it appears, so keyboard and screen-reader users start
 * at the result.
 */
export function ExamResult({ pool, topics, attempt, responses, precheck, reviewCount }: ExamResultProps) {
  const headingRef = useFocusOn<HTMLHeadingElement>(responses);
  const byId = new Map(pool.map((item) => [item.id, item]));
  const topicOf = (id: string) => byId.get(id)?.topic;
  const topicInfo = new Map(topics.map((topic) => [topic.slug, topic]));
  const score = scoreAttempt(attempt, topicOf);
  const before = precheck ? scoreAttempt(precheck, topicOf) : undefined;
  const gain = gainOf(before, score);
  const truth = (id: string) => {
    const item = byId.get(id);
    return item && truthOf(item);
  };
  const mistakes = attempt.items.filter((id) => !attempt.right.includes(id)).flatMap((id) => byId.get(id) ?? []);
  // Passing on points but not on genuine items gets its own message: over-caution is the reason.
  const failedOnGenuine = !score.passed && score.percent >= passMark * 100;
  const rows = topics.filter((topic) => score.byTopic.some((entry) => entry.topic === topic.slug));

  return (
    <section aria-labelledby="exam-result" data-result={score.passed ? 'passed' : 'failed'} className="space-y-6">
      <div className="space-y-2">
        <h2
          id="exam-result"
          ref={headingRef}
          tabIndex={-1}
          className="text-2xl font-bold focus:outline-none focus-visible:outline"
        >
          {responses ? examText.resultTitle : examText.lastResultTitle}
        </h2>
        <div role="status" className="space-y-1">
          <p data-testid="exam-score" className="text-3xl font-bold">
            {t(examMessages, 'score', {
              points: formatPoints(score.points),
              total: score.total,
              percent: score.percent,
            })}
          </p>
          <p className={`text-lg font-semibold ${score.passed ? 'text-good' : 'text-ink'}`}>
            {score.passed ? examText.passed : failedOnGenuine ? examText.failedGenuine : examText.failed}
          </p>
        </div>
        {score.passed && (
          <p>
            <ButtonLink href="/certificate/">{examText.certificateLink}</ButtonLink>
          </p>
        )}
      </div>

      <Section id="exam-gain" title={examText.gainTitle} level={3} className="space-y-2 rounded-lg bg-surface p-4">
        {gain ? (
          <p data-testid="exam-gain">
            {t(examMessages, 'gain', gain)}{' '}
            <strong>
              {t(examMessages, 'gainPoints', {
                ...gain,
                change: gain.points > 0 ? 'up' : gain.points < 0 ? 'down' : 'same',
              })}
            </strong>
          </p>
        ) : (
          <p>{examText.noPrecheck}</p>
        )}
        <BeforeAfter
          before={before && precheck ? { score: before, figures: signalFigures(precheck, truth) } : undefined}
          after={{ score, figures: signalFigures(attempt, truth) }}
        />
      </Section>

      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-bold">{examText.byTopicTitle}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-3">
              {examText.topic}
            </th>
            <th scope="col" className="py-2 pr-3">
              {examText.yourScore}
            </th>
            {before && (
              <th scope="col" className="py-2">
                {examText.before}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((topic) => {
            const entry = score.byTopic.find((row) => row.topic === topic.slug)!;
            const earlier = before?.byTopic.find((row) => row.topic === topic.slug);
            return (
              <tr key={topic.slug} data-topic={topic.slug} className="border-b border-line/40">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/lessons/${topic.slug}/`}>{topic.title}</Link>
                </th>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {t(examMessages, 'outOf', { right: formatPoints(entry.right), total: entry.total })}
                </td>
                {before && (
                  <td className="py-2 whitespace-nowrap">
                    {earlier
                      ? t(examMessages, 'outOf', { right: formatPoints(earlier.right), total: earlier.total })
                      : '–'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>

      <Section id="exam-mistakes" title={examText.mistakesTitle} level={3} className="space-y-4">
        {mistakes.length === 0 ? (
          <p>{examText.noMistakes}</p>
        ) : (
          mistakes.map((item) => (
            <ItemReview
              key={item.id}
              item={item}
              topic={topicInfo.get(item.topic)}
              response={responses?.[item.id]}
              level={4}
            />
          ))
        )}
        {reviewCount > 0 && (
          <p>
            <ButtonLink href="/review/" variant="link">
              {t(examMessages, 'reviewLink', { count: reviewCount })}
            </ButtonLink>
          </p>
        )}
      </Section>
    </section>
  );
}
