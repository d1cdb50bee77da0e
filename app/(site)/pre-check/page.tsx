import type { Metadata } from 'next';
import { PreCheck } from '@/components/exam/pre-check';
import { precheckStartText } from '@/components/exam/exam-text';
import { getLessonSummaries } from '@/lib/content/lessons';
import { getExamPool } from '@/lib/exam/pool';
import { examTopics } from '@/lib/exam/topics';
import { pageMetadata } from '@/lib/seo';
import { examText } from '@/lib/i18n/en/exam';
import { precheckText } from '@/lib/i18n/en/precheck';

export const metadata: Metadata = pageMetadata({
  title: precheckText.title,
  description: precheckText.description,
  path: '/pre-check/',
});

export default async function PreCheckPage() {
  const pool = getExamPool();
  const lessons = await getLessonSummaries();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">{precheckText.title}</h1>
      <p className="text-xl">{precheckText.intro}</p>
      <div className="js-only">
        <PreCheck
          pool={pool}
          topics={examTopics(pool, lessons)}
          firstLesson={lessons[0]!.slug}
          text={precheckStartText}
        />
      </div>
      <p className="no-js-only print-hidden rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{examText.noJs}</p>
    </div>
  );
}
