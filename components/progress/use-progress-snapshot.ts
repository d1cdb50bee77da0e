import { useLazyProgress } from '@/lib/progress/lazy-progress';
import type { Answer } from '@/lib/progress/progress-schema';
import type { CourseState } from '@/lib/progress/selectors';

// What the snapshot shows until the store has loaded after hydration: nothing yet, as in the server render.
const noAnswers: Record<string, Record<string, Answer>> = {};
const noVisits: string[] = [];

/** The lesson data (not the actions), one selector per field so components re-render only when data changes. */
export function useProgressSnapshot(): CourseState {
  const answers = useLazyProgress((state) => state.answers, noAnswers);
  const visited = useLazyProgress((state) => state.visited, noVisits);
  const lastLesson = useLazyProgress((state) => state.lastLesson, null);
  return { answers, visited, lastLesson };
}
