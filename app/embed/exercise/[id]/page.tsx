import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExerciseEmbedBridge } from '@/components/embed/exercise-embed-bridge';
import { EmbedHeader } from '@/components/embed/embed-header';
import { EmbedStorageNotice } from '@/components/embed/embed-storage-notice';
import { QuizBlock } from '@/components/mdx/quiz-block';
import { QuizIsland, SpotterIsland } from '@/components/mdx/islands';
import { SpotterBlock } from '@/components/mdx/spotter-block';
import { ServerArtefact } from '@/components/spotter/mock/server-artefact';
import type { SpotterIslandProps } from '@/components/spotter/spotter';
import { getExercise, getExercises, type Exercise } from '@/lib/content/exercises';
import { exerciseTitle } from '@/lib/embed/exercise';
import { embedText } from '@/lib/i18n/en/embed';
import { t } from '@/lib/i18n/t';
import { embedMessages } from '@/lib/i18n/embed';

type EmbeddedExercisePageProps = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getExercises()).map((exercise) => ({ id: exercise.id }));
}

export async function generateMetadata({ params }: EmbeddedExercisePageProps): Promise<Metadata> {
  const exercise = await getExercise((await params).id);
  if (!exercise) return {};
  return {
    title: { absolute: t(embedMessages, 'exerciseFrameTitle', { title: exerciseTitle(exercise) }) },
    description: t(embedMessages, 'exerciseFrom', { title: exercise.lesson.title }),
    alternates: { canonical: `/lessons/${exercise.lesson.slug}/` },
    robots: { index: false },
  };
}

/**
 * The exercise is the whole page, in view at once, so a Spotter here loads with the page (not deferred as in a
 * lesson). Its picture is drawn here, on the server: the page ships the live parts of the mock kit, not the code of
 * all eight screens for the one it shows (issue 13).
 */
const EmbedSpotter = (props: SpotterIslandProps) => (
  <SpotterIsland {...props} picture={<ServerArtefact data={props.artefact} />} />
);

const Block = ({ exercise }: { exercise: Exercise }) =>
  exercise.kind === 'spotter' ? (
    <SpotterBlock {...exercise.props} island={EmbedSpotter} />
  ) : (
    <QuizBlock {...exercise.props} island={QuizIsland} />
  );

/** One exercise alone, for an article about one scam (EMB-15): the exercise, then the way to its whole lesson. */
export default async function EmbeddedExercisePage({ params }: EmbeddedExercisePageProps) {
  const exercise = await getExercise((await params).id);
  if (!exercise) notFound();
  const href = `/lessons/${exercise.lesson.slug}/`;
  return (
    <>
      <EmbedHeader href={href} />
      <EmbedStorageNotice href={href} linkText={embedText.keepProgressLesson} />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 pt-6 pb-8">
        <h1 className="sr-only">{exerciseTitle(exercise)}</h1>
        <div className="prose prose-lg prose-lesson max-w-none">
          <Block exercise={exercise} />
        </div>
        <p>
          <a href={href} target="_blank" rel="noopener" className="font-semibold">
            {t(embedMessages, 'exerciseFrom', { title: exercise.lesson.title })}
            <span className="sr-only"> {embedText.newTab}</span>
          </a>
        </p>
        <p className="text-base text-muted">{embedText.credit}</p>
      </main>
      <ExerciseEmbedBridge />
    </>
  );
}
