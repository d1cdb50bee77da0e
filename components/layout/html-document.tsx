import type { ReactNode } from 'react';

/**
 * The <html> document every page is drawn in: the root layout (site and embeds) and the global 404, which Next
 * renders without the root layout (app/global-not-found.tsx).
 */
export function HtmlDocument({ children }: { children: ReactNode }) {
  return (
    // theme-init.js sets data-theme and the .js class before hydration; that difference is expected.
    <html lang="en" suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- App Router documents write <head>; next/head is the Pages Router's. */}
      <head>
        {/* Blocking on purpose: it must run before first paint. It is a few hundred bytes. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/theme-init.js" />
      </head>
      <body className="bg-page font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
