import { useProgress } from '@/lib/progress/progress-store';
import type { Progress } from '@/lib/progress/progress-schema';

/** The saved data (not the actions), one selector per field so components re-render only when data changes. */
export function useProgressSnapshot(): Progress {
  const answers = useProgress((state) => state.answers);
  const visited = useProgress((state) => state.visited);
  const lastLesson = useProgress((state) => state.lastLesson);
  return { answers, visited, lastLesson };
}
