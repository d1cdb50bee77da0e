import { ProseRoute, proseMetadata } from '../prose-route';
import { CmsSteps } from '@/components/publishers/cms-steps';
import { EventsExample } from '@/components/publishers/events-example';
import { PublisherTool } from '@/components/publishers/publisher-tool';
import { ScormDownloads } from '@/components/publishers/scorm-downloads';
import { getExercises } from '@/lib/content/exercises';
import { getLessonSummaries } from '@/lib/content/lessons';
import { exerciseTitle } from '@/lib/embed/exercise';
import { hostScriptIntegrity } from '@/lib/embed/host-integrity';
import { siteUrl } from '@/lib/site';

// The reference text under the tools is content/pages/publishers.mdx.
export const generateMetadata = () => proseMetadata('publishers');

/** For consumer-advice sites: build an embed snippet, preview it, and read what it does (RELIABILITY §1). */
export default async function PublishersPage() {
  const lessons = (await getLessonSummaries()).map(({ slug, title, order }) => ({ slug, title, order }));
  const exercises = (await getExercises()).map((exercise) => ({
    id: exercise.id,
    title: exerciseTitle(exercise),
    lesson: exercise.lesson.slug,
  }));
  return (
    <ProseRoute name="publishers" islands={{ EventsExample }}>
      <PublisherTool lessons={lessons} exercises={exercises} buildOrigin={siteUrl} integrity={hostScriptIntegrity()} />
      <CmsSteps />
      <ScormDownloads lessons={lessons} />
    </ProseRoute>
  );
}
