/**
 * Every exercise of the course, found in the compiled lessons (EMB-15): red-flag exercises (Spotter) and quizzes,
 * each embeddable alone at /embed/exercise/<id>/ (e.g. a news article about one scam). Ids are the progress keys,
 * unique across the course (checked by lib/content/lessons.ts), so they are stable addresses too.
 */
import type { SpotterProps } from './artefact-schema';
import { getCourse, lessonsDir } from './lessons';
import { oncePerBuild } from './once-per-build';
import type { QuizData } from './schema';

type ExerciseBase = { id: string; title?: string; lesson: { slug: string; title: string } };
export type Exercise = ExerciseBase & ({ kind: 'spotter'; props: SpotterProps } | { kind: 'quiz'; props: QuizData });

// Listed once per build process: each of the course's exercise pages looks itself up in the list, twice.
const listedExercises = oncePerBuild('scamwiseExercises', async (dir: string) =>
  (await getCourse(dir)).flatMap((lesson) => {
    const owner = { slug: lesson.slug, title: lesson.frontmatter.title };
    return [
      ...lesson.spotters.map((props): Exercise => ({ id: props.id, title: props.title, lesson: owner, kind: 'spotter', props })),
      ...lesson.quizzes.map((props): Exercise => ({ id: props.id, title: props.title, lesson: owner, kind: 'quiz', props })),
    ];
  }),
);

export const getExercises = (): Promise<Exercise[]> => listedExercises(lessonsDir);

export async function getExercise(id: string): Promise<Exercise | undefined> {
  return (await getExercises()).find((exercise) => exercise.id === id);
}
