import type { MetadataRoute } from 'next';
import { getCourse } from '@/lib/content/lessons';
import { absoluteUrl, sitePages } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const lessons = await getCourse();
  return [
    ...sitePages.map((path) => ({ url: absoluteUrl(path) })),
    ...lessons.map((lesson) => ({
      url: absoluteUrl(`/lessons/${lesson.slug}/`),
      lastModified: lesson.frontmatter.lastReviewed,
    })),
  ];
}
