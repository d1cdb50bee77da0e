import type { Metadata } from 'next';
import { Exam } from '@/components/exam/exam';
import { examStartText } from '@/components/exam/exam-text';
import { getLessonSummaries } from '@/lib/content/lessons';
import { getExamPool } from '@/lib/exam/pool';
import { examTopics } from '@/lib/exam/topics';
import { oembedAlternates } from '@/lib/embed/oembed';
import { pageMetadata } from '@/lib/seo';
import { siteUrl } from '@/lib/site';
import { examText } from '@/lib/i18n/en/exam';

const base = pageMetadata({ title: examText.title, description: examText.description, path: '/exam/' });
// oEmbed discovery for WordPress and other CMSs (EMB-13).
export const metadata: Metadata = {
  ...base,
  alternates: { ...base.alternates, types: oembedAlternates({ kind: 'exam' }, siteUrl) },
};

export default async function ExamPage() {
  const pool = getExamPool();
  const topics = examTopics(pool, await getLessonSummaries());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">{examText.title}</h1>
      <p className="text-xl">{examText.intro}</p>
      <div className="js-only">
        <Exam pool={pool} topics={topics} text={examStartText} />
      </div>
      <p className="no-js-only print-hidden rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{examText.noJs}</p>
    </div>
  );
}
