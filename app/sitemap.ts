import type { MetadataRoute } from 'next';
import { getCourse } from '@/lib/content/lessons';
import { absoluteUrl, sitePages } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const lessons = await getCourse();
  return [
    ...sitePages.map((path) => ({ url: absoluteUrl(path) })),
    // The About page is listed here until lib/site.ts's sitePages (shared with the footer) takes it.
    { url: absoluteUrl('/about/') },
    ...lessons.map((lesson) => ({
      url: absoluteUrl(`/lessons/${lesson.slug}/`),
      lastModified: lesson.frontmatter.lastReviewed,
    })),
  ];
}
