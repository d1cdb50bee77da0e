import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { StorageNotice } from '@/components/layout/storage-notice';
import { siteUrl } from '@/lib/site';
import { ui } from '@/lib/ui-strings';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: `${ui.siteName}: ${ui.home.title}`, template: `%s | ${ui.siteName}` },
  description: ui.tagline,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // theme-init.js sets data-theme and the .js class before hydration; that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: it must run before first paint. It is a few hundred bytes. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/theme-init.js" />
      </head>
      <body className="flex min-h-screen flex-col bg-page font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-10 bg-focus px-4 py-3 font-semibold text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          {ui.skipToContent}
        </a>
        <SiteHeader />
        <StorageNotice />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
