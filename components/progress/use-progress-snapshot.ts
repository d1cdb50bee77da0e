import { useProgress } from '@/lib/progress/progress-store';
import type { CourseState } from '@/lib/progress/selectors';

/** The lesson data (not the actions), one selector per field so components re-render only when data changes. */
export function useProgressSnapshot(): CourseState {
  const answers = useProgress((state) => state.answers);
  const visited = useProgress((state) => state.visited);
  const lastLesson = useProgress((state) => state.lastLesson);
  return { answers, visited, lastLesson };
}
