import { continueSlug, courseProgress, type CourseState, type LessonExercises } from '@/lib/progress/selectors';

/** What the home page offers as the one next thing to do (issue 15). */
export type NextStep =
  | { kind: 'start'; slug: string }
  | { kind: 'continue'; slug: string }
  | { kind: 'review' }
  | { kind: 'exam' }
  | { kind: 'certificate' };

export type NextStepState = CourseState & {
  /** Day of the first exam pass, or null. */
  passedOn: string | null;
  /** How many exam items wait in the review queue. */
  reviewCount: number;
};

/**
 * The learner's next step, in the order a course is followed: lessons first, then the exam (after reviewing the
 * mistakes of a failed attempt), then the certificate. The lesson count comes from the data, never a constant.
 */
export function nextStep(state: NextStepState, lessons: LessonExercises[]): NextStep {
  if (state.passedOn) return { kind: 'certificate' };
  const { done, total } = courseProgress(state, lessons);
  if (done < total) {
    const started = state.visited.length > 0 || Object.keys(state.answers).length > 0;
    const slug = continueSlug(state, lessons) ?? lessons[0]!.slug;
    return started ? { kind: 'continue', slug } : { kind: 'start', slug };
  }
  return state.reviewCount > 0 ? { kind: 'review' } : { kind: 'exam' };
}
