import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compileLesson, type CompiledLesson } from './compile-lesson';
import { LessonError } from './lesson-error';
import { oncePerBuild } from './once-per-build';
import { lessonsDir } from './lessons-dir';

export { lessonsDir };

/** What pages need to list a lesson and compute its status (serialisable, so client islands can take it). */
export type LessonSummary = {
  slug: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
  quizzes: { id: string; questionIds: string[] }[];
};

// Once per build process (lib/content/once-per-build.ts says why the cache is on globalThis).
const compiledCourse = oncePerBuild('scamwiseCourses', (dir: string) => loadCourse(dir));

/** Every lesson, compiled and checked as a course: in order, with unique orders and quiz ids. */
export const getCourse = (dir = lessonsDir): Promise<CompiledLesson[]> => compiledCourse(dir);

async function loadCourse(dir: string): Promise<CompiledLesson[]> {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name))
    .sort();
  // Sorted by number, not name, so 100-x comes after 99-x.
  const lessons = (await Promise.all(folders.map((folder) => compileLesson(folder)))).sort(
    (a, b) => a.frontmatter.order - b.frontmatter.order,
  );
  const quizOwners = new Map<string, string>();
  const spotterOwners = new Map<string, string>();
  lessons.forEach((lesson, index) => {
    if (lesson.frontmatter.order !== index + 1) {
      throw new LessonError(lesson.file, 'frontmatter.order', `expected ${index + 1}: lessons must be numbered 1, 2, 3… without gaps`);
    }
    for (const quiz of lesson.quizzes) {
      const owner = quizOwners.get(quiz.id);
      if (owner) throw new LessonError(lesson.file, `Quiz(${quiz.id}).id`, `already used in ${owner}; quiz ids are progress keys and must be unique`);
      quizOwners.set(quiz.id, lesson.file);
    }
    for (const spotter of lesson.spotters) {
      const owner = spotterOwners.get(spotter.id);
      if (owner) throw new LessonError(lesson.file, `Spotter(${spotter.id}).id`, `already used in ${owner}; spotter ids are progress keys and must be unique`);
      spotterOwners.set(spotter.id, lesson.file);
    }
  });
  return lessons;
}

export function summarise(lesson: CompiledLesson): LessonSummary {
  const { slug, frontmatter } = lesson;
  return {
    slug,
    title: frontmatter.title,
    description: frontmatter.description,
    order: frontmatter.order,
    minutes: frontmatter.minutes,
    quizzes: lesson.quizzes.map((quiz) => ({ id: quiz.id, questionIds: quiz.questions.map((q) => q.id) })),
  };
}

export async function getLessonSummaries(): Promise<LessonSummary[]> {
  return (await getCourse()).map(summarise);
}

export async function getLesson(slug: string): Promise<CompiledLesson | undefined> {
  return (await getCourse()).find((lesson) => lesson.slug === slug);
}
