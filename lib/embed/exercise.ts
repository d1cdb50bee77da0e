/** Names of single-exercise embeds (EMB-15), shared by the page, its snippet and the publisher tool. */
import { quizText } from '@/lib/i18n/en/quiz';
import { spotterText } from '@/lib/i18n/en/spotter';

type ExerciseRef = { id: string; kind: 'spotter' | 'quiz'; title?: string; lesson: { title: string } };

/** The exercise's own title, or the component's default (a quiz's with its lesson, since every lesson has one). */
export const exerciseTitle = (exercise: ExerciseRef) =>
  exercise.title ??
  (exercise.kind === 'spotter' ? spotterText.defaultTitle : `${quizText.defaultTitle}: ${exercise.lesson.title}`);
