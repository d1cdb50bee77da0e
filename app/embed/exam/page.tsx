import type { Metadata } from 'next';
import { EmbedBridge } from '@/components/embed/embed-bridge';
import { EmbedHeader } from '@/components/embed/embed-header';
import { EmbedStorageNotice } from '@/components/embed/embed-storage-notice';
import { examFullPath } from '@/lib/embed/snippet';
import { ui } from '@/lib/ui-strings';

export const metadata: Metadata = {
  title: { absolute: ui.embed.examFrameTitle },
  alternates: { canonical: examFullPath },
  robots: { index: false },
};

/**
 * The framable final exam. The exam itself is being built on another branch, so for now this page says it is coming
 * and points to the full course, with the same chrome and the same host protocol (height), so publishers can embed
 * it today. Wiring left for the merge: render the exam here and swap EmbedBridge for an exam bridge (embed-bridge.tsx).
 */
export default function EmbeddedExamPage() {
  return (
    <>
      <EmbedHeader href={examFullPath} />
      <EmbedStorageNotice href={examFullPath} linkText={ui.embed.keepProgressCourse} />
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 pt-6 pb-8">
        <h1 className="text-3xl font-bold leading-tight">{ui.embed.examTitle}</h1>
        <p className="text-xl">{ui.embed.examComingSoon}</p>
        <p>
          <a
            href={examFullPath}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-12 items-center rounded-md bg-accent px-5 text-lg font-semibold text-on-accent no-underline hover:underline"
          >
            {ui.embed.openFullCourse}
            <span className="sr-only">&nbsp;{ui.embed.newTab}</span>
          </a>
        </p>
        <p className="text-base text-muted">{ui.embed.credit}</p>
      </main>
      <EmbedBridge />
    </>
  );
}
