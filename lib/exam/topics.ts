import type { LessonSummary } from '@/lib/content/lessons';
import type { ExamItem, ExamTopic } from './schema';

/** The lessons the pool's topics point at, in course order: the exam shows scores and review links by lesson. */
export function examTopics(pool: ExamItem[], lessons: LessonSummary[]): ExamTopic[] {
  const used = new Set(pool.map((item) => item.topic));
  return lessons.filter((lesson) => used.has(lesson.slug)).map(({ slug, title, order }) => ({ slug, title, order }));
}
