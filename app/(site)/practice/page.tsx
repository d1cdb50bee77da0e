import type { Metadata } from 'next';
import { DailyPractice } from '@/components/practice/daily-practice';
import { getLessonSummaries } from '@/lib/content/lessons';
import { getExamPool } from '@/lib/exam/pool';
import type { VerdictItem } from '@/lib/exam/schema';
import { examTopics } from '@/lib/exam/topics';
import { pageMetadata } from '@/lib/seo';
import { practiceText } from '@/lib/i18n/en/practice';

export const metadata: Metadata = pageMetadata({
  title: practiceText.title,
  description: practiceText.description,
  path: '/practice/',
});

/** Daily practice: the exam pool's "scam or real?" items, one a day, chosen in the browser (issue 15). */
export default async function PracticePage() {
  const pool = getExamPool();
  const items = pool.filter((item): item is VerdictItem => item.type === 'verdict');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">{practiceText.title}</h1>
      <p className="text-xl">{practiceText.intro}</p>
      {/* The day's question is drawn in the browser, under a one-line placeholder: a screen's height kept for it
          means the footer starts below the fold and does not jump down when the question comes (layout shift). */}
      <div className="js-only min-h-svh">
        <DailyPractice items={items} topics={examTopics(pool, await getLessonSummaries())} />
      </div>
      <p className="no-js-only print-hidden rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">
        {practiceText.noJs}
      </p>
    </div>
  );
}
