import Link from 'next/link';
import { siteText } from '@/lib/i18n/en/site';
import { Logo } from './logo';

/**
 * One row on a phone (issue 15: at most 110 px of an 844 px screen): the name and three destinations. The theme
 * choice and "Your data" live in the footer, where they are still one tab stop away.
 */
export function SiteHeader() {
  return (
    <header className="print-hidden border-b border-line/40 bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1.5">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-ink no-underline">
          <Logo className="size-7" />
          {siteText.siteName}
        </Link>
        <nav aria-label={siteText.nav.label}>
          <ul className="flex flex-wrap items-center gap-x-4">
            {siteText.nav.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center font-medium">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
