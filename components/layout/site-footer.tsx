import Link from 'next/link';
import { lessonText } from '@/lib/i18n/en/lesson';
import { siteText } from '@/lib/i18n/en/site';
import { ThemeSelect } from './theme-select';

const links = [
  { href: '/about/', label: siteText.footer.about },
  { href: '/progress/', label: siteText.footer.progress },
  { href: '/privacy/', label: lessonText.privacyLink },
  { href: '/accessibility/', label: siteText.footer.accessibility },
  { href: '/publishers/', label: siteText.footer.publishers },
];

/** Who we are, the licence, the secondary pages and the colour choice (moved here to keep the header one row). */
export function SiteFooter() {
  return (
    <footer className="print-hidden mt-16 border-t border-line/40 bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-muted">
        <p>{siteText.footer.independence}</p>
        <p>{siteText.footer.licence}</p>
        <nav aria-label={siteText.footer.label}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeSelect labels={siteText.theme} />
      </div>
    </footer>
  );
}
