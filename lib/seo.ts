import type { Metadata } from 'next';
import { absoluteUrl } from './site';
import { homeText } from '@/lib/i18n/en/home';
import { siteText } from '@/lib/i18n/en/site';

/** Social card file names under /social/ (drawn by app/social/[card]/route.tsx). */
export const siteCard = 'scamwise.png';
export const lessonCard = (slug: string) => `${slug}.png`;

/**
 * Description, canonical URL and Open Graph / Twitter card for one page, so every page is findable and shareable
 * the same way (issue #6). `path` is the page's path with its trailing slash.
 */
export function pageMetadata({
  title,
  description,
  path,
  card = siteCard,
}: {
  title?: string;
  description: string;
  path: string;
  card?: string;
}): Metadata {
  const image = { url: `/social/${card}`, width: 1200, height: 630, alt: title ?? homeText.title };
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      siteName: siteText.siteName,
      title: title ?? `${siteText.siteName}: ${homeText.title}`,
      description,
      url: absoluteUrl(path),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: title ?? homeText.title, description, images: [image.url] },
  };
}
