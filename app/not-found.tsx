import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteChrome } from '@/components/layout/site-chrome';
import { ui } from '@/lib/ui-strings';

export const metadata: Metadata = { title: ui.notFound.title, robots: { index: false } };

/** The global 404 sits outside app/(site), so it adds the site chrome itself. */
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{ui.notFound.title}</h1>
        <p>{ui.notFound.body}</p>
        <p>
          <Link href="/">{ui.notFound.home}</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
