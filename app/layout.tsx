import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/site';
import { homeText } from '@/lib/i18n/en/home';
import { siteText } from '@/lib/i18n/en/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: `${siteText.siteName}: ${homeText.title}`, template: `%s | ${siteText.siteName}` },
  description: siteText.tagline,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

/** The document shell shared by the site (app/(site)) and the framable embeds (app/embed). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // theme-init.js sets data-theme and the .js class before hydration; that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: it must run before first paint. It is a few hundred bytes. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/theme-init.js" />
      </head>
      <body className="bg-page font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
