import type { Metadata } from 'next';
import Link from 'next/link';
import { CopyableCode } from '@/components/publishers/copyable-code';
import { PublisherTool } from '@/components/publishers/publisher-tool';
import { getExercises } from '@/lib/content/exercises';
import { getLessonSummaries } from '@/lib/content/lessons';
import { exerciseTitle } from '@/lib/embed/exercise';
import { hostScriptPath } from '@/lib/embed/snippet';
import { CmsSteps } from '@/components/publishers/cms-steps';
import { ScormDownloads } from '@/components/publishers/scorm-downloads';
import { hostScriptIntegrity } from '@/lib/embed/host-integrity';
import { pageMetadata } from '@/lib/seo';
import { siteUrl } from '@/lib/site';
import { publishersText } from '@/lib/i18n/en/publishers';

export const metadata: Metadata = pageMetadata({
  title: publishersText.title,
  description: publishersText.description,
  path: '/publishers/',
});

const p = publishersText;

/** For consumer-advice sites: build an embed snippet, preview it, and read what it does (RELIABILITY §1). */
export default async function PublishersPage() {
  const lessons = (await getLessonSummaries()).map(({ slug, title, order }) => ({ slug, title, order }));
  const exercises = (await getExercises()).map((exercise) => ({
    id: exercise.id,
    title: exerciseTitle(exercise),
    lesson: exercise.lesson.slug,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{p.title}</h1>
        <p className="text-xl text-muted">{p.intro}</p>
      </header>

      <PublisherTool lessons={lessons} exercises={exercises} buildOrigin={siteUrl} integrity={hostScriptIntegrity()} />
      {/* The same host script publishers load: it fits the preview and feeds the event console (EMB-16). */}
      <script async src={hostScriptPath} />

      <CmsSteps />
      <ScormDownloads lessons={lessons} />

      <section aria-labelledby="why" className="space-y-3">
        <h2 id="why" className="text-2xl font-bold">
          {p.whyTitle}
        </h2>
        <dl className="space-y-3">
          {p.why.map(([part, reason]) => (
            <div key={part}>
              <dt className="inline font-semibold">{part}: </dt>
              <dd className="inline">{reason}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="events" className="space-y-4">
        <h2 id="events" className="text-2xl font-bold">
          {p.eventsTitle}
        </h2>
        <p>{p.eventsIntro}</p>
        {/* Cards rather than a table, so they read well on a 320 px phone. */}
        <dl className="space-y-3">
          {p.events.map(([name, when, detail]) => (
            <div key={name} className="rounded-lg border border-line/50 p-4">
              <dt className="font-mono text-base font-semibold break-all">{name}</dt>
              <dd className="mt-1">{when}</dd>
              <dd className="mt-1">
                <span className="font-semibold">{p.eventHeaders.detail}: </span>
                <code className="font-mono text-base">{detail}</code>
              </dd>
            </div>
          ))}
        </dl>
        <CopyableCode code={p.eventsExample} label={p.eventsExampleLabel} copyLabel={p.copyExample} />
        <p>{p.eventsPrivacy}</p>
        <p className="rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3 font-medium">{p.advisory}</p>
      </section>

      <section aria-labelledby="stores" className="space-y-3">
        <h2 id="stores" className="text-2xl font-bold">
          {p.storageTitle}
        </h2>
        {p.storage.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>
          <Link href="/privacy/">{p.storageLink}</Link>
        </p>
      </section>

      <section aria-labelledby="csp" className="space-y-3">
        <h2 id="csp" className="text-2xl font-bold">
          {p.cspTitle}
        </h2>
        <p>{p.csp}</p>
      </section>

      <section aria-labelledby="licence" className="space-y-3">
        <h2 id="licence" className="text-2xl font-bold">
          {p.licenceTitle}
        </h2>
        <p>{p.licence}</p>
      </section>
    </div>
  );
}
