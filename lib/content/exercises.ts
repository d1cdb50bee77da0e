/**
 * Every exercise of the course, found in the compiled lessons (EMB-15): red-flag exercises (Spotter) and quizzes,
 * each embeddable alone at /embed/exercise/<id>/ (e.g. a news article about one scam). Ids are the progress keys,
 * unique across the course (checked by lib/content/lessons.ts), so they are stable addresses too.
 */
import type { SpotterProps } from './artefact-schema';
import { getCourse } from './lessons';
import type { QuizData } from './schema';

type ExerciseBase = { id: string; title?: string; lesson: { slug: string; title: string } };
export type Exercise = ExerciseBase & ({ kind: 'spotter'; props: SpotterProps } | { kind: 'quiz'; props: QuizData });

export async function getExercises(): Promise<Exercise[]> {
  return (await getCourse()).flatMap((lesson) => {
    const owner = { slug: lesson.slug, title: lesson.frontmatter.title };
    return [
      ...lesson.spotters.map((props): Exercise => ({ id: props.id, title: props.title, lesson: owner, kind: 'spotter', props })),
      ...lesson.quizzes.map((props): Exercise => ({ id: props.id, title: props.title, lesson: owner, kind: 'quiz', props })),
    ];
  });
}

export async function getExercise(id: string): Promise<Exercise | undefined> {
  return (await getExercises()).find((exercise) => exercise.id === id);
}
