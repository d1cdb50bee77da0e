import { getCourse } from '../lib/content/lessons';
import type { CourseTarget } from '../lib/embed/snippet';

/** What can be embedded or packaged: every lesson of the course, in order, then the exam (EMB-13, EMB-14). */
export async function courseTargets(): Promise<CourseTarget[]> {
  const lessons = (await getCourse()).map((lesson) => ({
    kind: 'lesson' as const,
    slug: lesson.slug,
    title: lesson.frontmatter.title,
  }));
  return [...lessons, { kind: 'exam' }];
}
