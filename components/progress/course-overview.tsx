'use client';

import Link from 'next/link';
import { continueSlug, courseProgress, type LessonExercises } from '@/lib/progress/selectors';
import { useHydrated } from '@/lib/use-hydrated';
import { homeText } from '@/lib/i18n/en/home';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useProgressSnapshot } from './use-progress-snapshot';

export type CourseOverviewProps = { lessons: LessonExercises[] };

/** The course progress bar and the "start / continue" button on the home page. */
export function CourseOverview({ lessons }: CourseOverviewProps) {
  const hydrated = useHydrated();
  const progress = useProgressSnapshot();
  const { done, total } = courseProgress(progress, lessons);
  const started = progress.visited.length > 0 || Object.keys(progress.answers).length > 0;
  const nextSlug = (hydrated && continueSlug(progress, lessons)) || lessons[0]?.slug;
  const action = !hydrated || !started ? homeText.start : done === total ? homeText.review : homeText.continue;

  return (
    <div className="space-y-5 rounded-lg border border-line/50 bg-surface p-5">
      {/* Same height before and after hydration, so nothing jumps (CLS). */}
      <ProgressBar
        label={homeText.progressLabel}
        value={hydrated ? done : 0}
        max={total}
        valueText={hydrated ? homeText.progress(done, total) : homeText.progressLoading}
      />
      <Link
        href={`/lessons/${nextSlug}/`}
        className="inline-flex min-h-12 items-center rounded-md bg-accent px-5 text-lg font-semibold text-on-accent no-underline hover:underline"
      >
        {action}
      </Link>
    </div>
  );
}
