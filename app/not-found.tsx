import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteChrome } from '@/components/layout/site-chrome';
import { siteText } from '@/lib/i18n/en/site';

export const metadata: Metadata = { title: siteText.notFound.title, robots: { index: false } };

/** The global 404 sits outside app/(site), so it adds the site chrome itself. */
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{siteText.notFound.title}</h1>
        <p>{siteText.notFound.body}</p>
        <p>
          <Link href="/">{siteText.notFound.home}</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
