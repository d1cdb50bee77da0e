import { socialCardPng, type SocialCardProps } from '@/components/seo/social-card';
import { getCourse } from '@/lib/content/lessons';
import { lessonCard, siteCard } from '@/lib/seo';
import { homeText } from '@/lib/i18n/en/home';
import { t } from '@/lib/i18n/t';
import { homeMessages } from '@/lib/i18n/home';

/**
 * Social card images, one per lesson plus one for the rest of the site, drawn at build time from our own template.
 * A route handler rather than opengraph-image.tsx so the exported files end in .png and hosts serve them as images.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const lessons = await getCourse();
  return [{ card: siteCard }, ...lessons.map((lesson) => ({ card: lessonCard(lesson.slug) }))];
}

export async function GET(_request: Request, { params }: { params: Promise<{ card: string }> }) {
  const { card } = await params;
  const lesson = (await getCourse()).find((l) => lessonCard(l.slug) === card);
  const props: SocialCardProps = lesson
    ? {
        eyebrow: `${t(homeMessages, 'lessonNumber', { number: lesson.frontmatter.order })} · ${t(homeMessages, 'minutes', { count: lesson.frontmatter.minutes })}`,
        title: lesson.frontmatter.title,
      }
    : { eyebrow: 'Free online course', title: homeText.title };
  return new Response(new Uint8Array(await socialCardPng(props)), { headers: { 'content-type': 'image/png' } });
}
