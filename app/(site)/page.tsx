import type { Metadata } from 'next';
import Link from 'next/link';
import { CourseOverview } from '@/components/progress/course-overview';
import { PrecheckOffer } from '@/components/progress/precheck-offer';
import { LessonStatusBadge } from '@/components/progress/lesson-status-badge';
import { getLessonSummaries } from '@/lib/content/lessons';
import { JsonLd } from '@/components/seo/json-ld';
import { Section } from '@/components/ui/section';
import { pageMetadata } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';
import { homeText } from '@/lib/i18n/en/home';
import { siteText } from '@/lib/i18n/en/site';
import { t } from '@/lib/i18n/t';
import { homeMessages } from '@/lib/i18n/home';

export const metadata: Metadata = pageMetadata({ description: homeText.intro, path: '/' });

export default async function HomePage() {
  const lessons = await getLessonSummaries();
  return (
    <div className="space-y-10">
      <JsonLd
        data={{
          '@type': 'Course',
          name: homeText.title,
          description: homeText.intro,
          url: absoluteUrl('/'),
          inLanguage: 'en',
          isAccessibleForFree: true,
          license: 'https://creativecommons.org/licenses/by/4.0/',
          provider: { '@type': 'Organization', name: siteText.siteName, url: absoluteUrl('/') },
          hasPart: lessons.map((lesson) => ({
            '@type': 'LearningResource',
            name: lesson.title,
            url: absoluteUrl(`/lessons/${lesson.slug}/`),
          })),
        }}
      />
      <section className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{homeText.title}</h1>
        <p className="text-xl text-muted">{homeText.intro}</p>
        <CourseOverview lessons={lessons} />
      </section>

      <Section id="check" title={homeText.checkTitle} className="max-w-3xl space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <Card href="/practice/" lead={homeText.practiceLead} body={homeText.practiceBody} />
          <Card href="/exam/" lead={homeText.examLead} body={homeText.examBody} />
          <PrecheckOffer>
            <Card href="/pre-check/" lead={homeText.precheckLead} body={homeText.precheckBody} />
          </PrecheckOffer>
        </div>
      </Section>

      <Section id="outline" title={homeText.outlineTitle} className="max-w-3xl space-y-4">
        <ol className="space-y-3">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className="rounded-lg border border-line/50 p-4 sm:p-5">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-base text-muted">
                  {t(homeMessages, 'lessonNumber', { number: lesson.order })} ·{' '}
                  {t(homeMessages, 'minutes', { count: lesson.minutes })}
                </p>
                <LessonStatusBadge lesson={lesson} />
              </div>
              <h3 className="mt-1 text-xl font-semibold">
                <Link href={`/lessons/${lesson.slug}/`}>{lesson.title}</Link>
              </h3>
              <p className="mt-1 text-muted">{lesson.description}</p>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}

function Card({ href, lead, body }: { href: string; lead: string; body: string }) {
  return (
    <div className="rounded-lg border border-line/50 p-4 sm:p-5">
      <h3 className="text-xl font-semibold">
        <Link href={href}>{lead}</Link>
      </h3>
      <p className="mt-1 text-muted">{body}</p>
    </div>
  );
}
