import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HtmlDocument } from '@/components/layout/html-document';
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
  return <HtmlDocument>{children}</HtmlDocument>;
}
