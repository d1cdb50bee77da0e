import type { Answer, Progress, SpotterResult } from './progress-schema';

/** The part of progress that lesson status is measured from; red-flag exercises are practice and do not count. */
export type CourseState = Pick<Progress, 'answers' | 'visited' | 'lastLesson'>;

/** The shape of a lesson's exercises that progress is measured against (from lib/content's LessonSummary). */
export type LessonExercises = { slug: string; quizzes: { id: string; questionIds: string[] }[] };

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

/** A quiz with no saved answers: one constant, so a hook reading it sees no change until there is one. */
export const noAnswers: Record<string, Answer> = {};

export const selectQuizAnswers = (quizId: string) => (state: CourseState) => state.answers[quizId] ?? noAnswers;

export const selectSpotterResult =
  (spotterId: string) =>
  (state: Progress): SpotterResult | undefined =>
    state.spotters[spotterId];

/** A lesson is done when every question of its exercises has been answered; one without exercises, when opened. */
export function lessonStatus(state: CourseState, lesson: LessonExercises): LessonStatus {
  const { answered, total } = lessonChecks(state, lesson);
  if (total > 0 ? answered === total : state.visited.includes(lesson.slug)) return 'done';
  return answered > 0 || state.visited.includes(lesson.slug) ? 'in-progress' : 'not-started';
}

/** How many of a lesson's questions (its end quiz and the checks between sections) are answered. */
export function lessonChecks(state: CourseState, lesson: LessonExercises): { answered: number; total: number } {
  const questions = lesson.quizzes.flatMap((quiz) => quiz.questionIds.map((id) => state.answers[quiz.id]?.[id]));
  return { answered: questions.filter(Boolean).length, total: questions.length };
}

export function courseProgress(state: CourseState, lessons: LessonExercises[]) {
  const done = lessons.filter((lesson) => lessonStatus(state, lesson) === 'done').length;
  return { done, total: lessons.length };
}

/** Where "continue" should lead: the last lesson opened if unfinished, else the first unfinished one. */
export function continueSlug(state: CourseState, lessons: LessonExercises[]): string | undefined {
  const last = lessons.find((lesson) => lesson.slug === state.lastLesson);
  if (last && lessonStatus(state, last) !== 'done') return last.slug;
  return lessons.find((lesson) => lessonStatus(state, lesson) !== 'done')?.slug;
}
