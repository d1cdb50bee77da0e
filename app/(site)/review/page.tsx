import type { Metadata } from 'next';
import { ReviewSession } from '@/components/exam/review-session';
import { reviewStartText } from '@/components/exam/exam-text';
import { getLessonSummaries } from '@/lib/content/lessons';
import { getExamPool } from '@/lib/exam/pool';
import { examTopics } from '@/lib/exam/topics';
import { pageMetadata } from '@/lib/seo';
import { examText } from '@/lib/i18n/en/exam';
import { reviewText } from '@/lib/i18n/en/review';

export const metadata: Metadata = pageMetadata({
  title: reviewText.title,
  description: reviewText.description,
  path: '/review/',
});

export default async function ReviewPage() {
  const pool = getExamPool();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">{reviewText.title}</h1>
      <p className="text-xl">{reviewText.intro}</p>
      <div className="js-only">
        <ReviewSession pool={pool} topics={examTopics(pool, await getLessonSummaries())} text={reviewStartText} />
      </div>
      <p className="no-js-only print-hidden rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{examText.noJs}</p>
    </div>
  );
}
