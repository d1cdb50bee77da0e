'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ReviewStartText } from '@/components/exam/exam-text';
import { GettingReady } from '@/components/exam/getting-ready';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { lazyModule } from '@/lib/lazy-module';
import { inFrameView, type ExamView } from '@/lib/embed/exam-views';
import { certificateText } from '@/lib/i18n/en/certificate';
import { embedText } from '@/lib/i18n/en/embed';
import { reviewText } from '@/lib/i18n/en/review';
import { Button } from '@/components/ui/button';

export type EmbedExamViewsProps = {
  pool: ExamItem[];
  topics: ExamTopic[];
  /**
   * The review's start strings, from the server page (components/exam/exam-text.ts); its "Getting ready…" also
   * stands in while either view loads.
   */
  reviewStart: ReviewStartText;
  /** The exam itself (server-rendered heading, intro and the Exam island). */
  children: ReactNode;
};

// Both views open only from a link in the exam's result, so each is a chunk of its own, loaded when first shown.
const certificate = lazyModule(() => import('@/components/exam/certificate'));
const review = lazyModule(() => import('@/components/exam/review-session'));

/**
 * The embedded exam to the end (EMB-12): "Get your certificate" and "Practise your mistakes" stay inside the frame.
 * The full site in a new tab would know nothing of a pass made here (its storage is a different partition, or there
 * is none), so those links switch this page's view instead of navigating. No navigation also means progress kept
 * only in memory (storage blocked, WordPress's sandbox) survives. The exam stays mounted, hidden, so "back" shows
 * the same result with the answers just given.
 */
export function EmbedExamViews({ pool, topics, reviewStart, children }: EmbedExamViewsProps) {
  const [view, setView] = useState<ExamView>('exam');
  const Certificate = certificate.useModule(view === 'certificate')?.Certificate;
  const ReviewSession = review.useModule(view === 'review')?.ReviewSession;
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    // Window capture runs before components/embed/embed-links.tsx (document capture) and next/link.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const next = inFrameView(link.href, window.location.origin);
      if (!next) return;
      event.preventDefault();
      if (next !== 'exam') opener.current = link;
      setView(next);
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);

  useEffect(() => {
    if (view !== 'exam') heading.current?.focus();
    else if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    // The frame's top may be far above the host's viewport: bring the new view's start into sight.
    if (view !== 'exam') heading.current?.scrollIntoView({ block: 'start' });
  }, [view]);

  const title = view === 'certificate' ? certificateText.title : reviewText.title;
  return (
    <>
      <div hidden={view !== 'exam'}>{children}</div>
      {view !== 'exam' && (
        <section aria-labelledby="embed-view-title" data-embed-view={view} className="space-y-6">
          <h1
            id="embed-view-title"
            ref={heading}
            tabIndex={-1}
            className="print-hidden text-3xl font-bold leading-tight focus:outline-none focus-visible:outline"
          >
            {title}
          </h1>
          {view === 'review' && <p className="text-xl">{reviewText.intro}</p>}
          {view === 'certificate' ? (
            Certificate ? (
              <Certificate />
            ) : (
              <GettingReady text={reviewStart.gettingReady} />
            )
          ) : ReviewSession ? (
            <ReviewSession pool={pool} topics={topics} text={reviewStart} />
          ) : (
            <GettingReady text={reviewStart.gettingReady} />
          )}
          <p className="print-hidden">
            <Button variant="secondary" onClick={() => setView('exam')}>
              {embedText.backToExam}
            </Button>
          </p>
        </section>
      )}
    </>
  );
}
