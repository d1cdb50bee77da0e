import type { ReactNode } from 'react';
import { siteText } from '@/lib/i18n/en/site';
import { SiteFooter } from './site-footer';
import { OfflineSupport } from './service-worker';
import { SiteHeader } from './site-header';
import { StorageNotice } from './storage-notice';

/** The full site's chrome: skip link, header, storage notice, main, footer. Embeds (app/embed) do without it. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-10 bg-focus px-4 py-3 font-semibold text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {siteText.skipToContent}
      </a>
      <SiteHeader />
      <StorageNotice />
      <OfflineSupport updateReady={siteText.offline.updateReady} reload={siteText.offline.reload} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
