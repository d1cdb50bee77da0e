import Link from 'next/link';
import { siteText } from '@/lib/i18n/en/site';
import { Logo } from './logo';
import { ThemeSelect } from './theme-select';

export function SiteHeader() {
  return (
    <header className="print-hidden border-b border-line/40 bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-ink no-underline">
          <Logo />
          {siteText.siteName}
        </Link>
        <nav aria-label={siteText.nav.label} className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <Link href="/" className="inline-flex min-h-11 items-center font-medium">
            {siteText.nav.course}
          </Link>
          <Link href="/exam/" className="inline-flex min-h-11 items-center font-medium">
            {siteText.nav.exam}
          </Link>
          <Link href="/privacy/" className="inline-flex min-h-11 items-center font-medium">
            {siteText.nav.privacy}
          </Link>
          <ThemeSelect />
        </nav>
      </div>
    </header>
  );
}
