'use client';

import { useSearchParams } from 'next/navigation';
import { LessonProgress } from '@/components/progress/lesson-progress';
import type { LessonExercises } from '@/lib/progress/selectors';

export type EmbedLessonProgressProps = { lesson: LessonExercises };

/** LessonProgress for embeds: the publisher page's preview (`?preview=1`, lib/embed/snippet.ts) records no visit. */
export function EmbedLessonProgress({ lesson }: EmbedLessonProgressProps) {
  const preview = useSearchParams().get('preview') === '1';
  return <LessonProgress lesson={lesson} recordVisit={!preview} />;
}
