import Link from 'next/link';
import { ui } from '@/lib/ui-strings';
import { ThemeSelect } from './theme-select';

export function SiteHeader() {
  return (
    <header className="print-hidden border-b border-line/40 bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-ink no-underline">
          {/* Decorative: the link's name is the text beside it. */}
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-8">
            <rect width="64" height="64" rx="14" fill="var(--accent)" />
            <path d="M32 10 14 17v13c0 11 7.5 20 18 24 10.5-4 18-13 18-24V17z" fill="var(--page)" />
            <path
              d="m24 32 6 6 11-13"
              fill="none"
              stroke="var(--accent)"
              strokeWidth="6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {ui.siteName}
        </Link>
        <nav aria-label={ui.nav.label} className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <Link href="/" className="inline-flex min-h-11 items-center font-medium">
            {ui.nav.course}
          </Link>
          <Link href="/exam/" className="inline-flex min-h-11 items-center font-medium">
            {ui.nav.exam}
          </Link>
          <Link href="/privacy/" className="inline-flex min-h-11 items-center font-medium">
            {ui.nav.privacy}
          </Link>
          <ThemeSelect />
        </nav>
      </div>
    </header>
  );
}
