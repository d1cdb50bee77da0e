import type { Metadata } from 'next';
import Link from 'next/link';
import { HtmlDocument } from '@/components/layout/html-document';
import { SiteChrome } from '@/components/layout/site-chrome';
import { siteUrl } from '@/lib/site';
import { siteText } from '@/lib/i18n/en/site';
import './globals.css';

export { viewport } from './layout';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: `${siteText.notFound.title} | ${siteText.siteName}`,
  robots: { index: false },
};

/**
 * The 404 for every unknown address, with the full site chrome. A global not-found (next.config's
 * experimental.globalNotFound) is its own entry, drawn without the root layout; an app/not-found.tsx would instead
 * be part of the root tree, and its chrome (theme select, storage notice, progress store) would load on every page,
 * embeds included (issue 13).
 */
export default function GlobalNotFound() {
  return (
    <HtmlDocument>
      <SiteChrome>
        <div className="mx-auto max-w-3xl space-y-4">
          <h1 className="text-3xl font-bold">{siteText.notFound.title}</h1>
          <p>{siteText.notFound.body}</p>
          <p>
            <Link href="/">{siteText.notFound.home}</Link>
          </p>
        </div>
      </SiteChrome>
    </HtmlDocument>
  );
}
