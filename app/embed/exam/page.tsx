import type { Metadata } from 'next';
import { ExamEmbedBridge } from '@/components/embed/embed-bridge';
import { EmbedExamViews } from '@/components/embed/embed-exam-views';
import { EmbedHeader } from '@/components/embed/embed-header';
import { EmbedStorageNotice } from '@/components/embed/embed-storage-notice';
import { Exam } from '@/components/exam/exam';
import { examStartText, reviewStartText } from '@/components/exam/exam-text';
import { getLessonSummaries } from '@/lib/content/lessons';
import { examFullPath } from '@/lib/embed/snippet';
import { getExamPool } from '@/lib/exam/pool';
import { examTopics } from '@/lib/exam/topics';
import { embedText } from '@/lib/i18n/en/embed';
import { examText } from '@/lib/i18n/en/exam';

export const metadata: Metadata = {
  title: { absolute: embedText.examFrameTitle },
  alternates: { canonical: examFullPath },
  robots: { index: false },
};

/**
 * The final exam as other sites frame it: the same exam island, without the site's chrome (RELIABILITY §1), with
 * its certificate and review of mistakes inside the frame (EMB-12).
 */
export default async function EmbeddedExamPage() {
  const pool = getExamPool();
  const topics = examTopics(pool, await getLessonSummaries());
  return (
    <>
      <EmbedHeader href={examFullPath} />
      <EmbedStorageNotice href={examFullPath} linkText={embedText.keepProgressCourse} />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 pt-6 pb-8">
        <EmbedExamViews pool={pool} topics={topics} reviewStart={reviewStartText}>
          <div className="space-y-6">
            <h1 className="text-3xl font-bold leading-tight">{examText.title}</h1>
            <p className="text-xl">{examText.intro}</p>
            <div className="js-only">
              <Exam pool={pool} topics={topics} text={examStartText} />
            </div>
            <p className="no-js-only rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{examText.noJs}</p>
          </div>
        </EmbedExamViews>
        <p className="print-hidden text-base text-muted">{embedText.credit}</p>
      </main>
      <ExamEmbedBridge />
    </>
  );
}
