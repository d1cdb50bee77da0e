import Link from 'next/link';
import { accessibilityText } from '@/lib/i18n/en/accessibility';
import { lessonText } from '@/lib/i18n/en/lesson';
import { siteText } from '@/lib/i18n/en/site';

export function SiteFooter() {
  return (
    <footer className="print-hidden mt-16 border-t border-line/40 bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-muted">
        <p>{siteText.footer.independence}</p>
        <p>{siteText.footer.licence}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/privacy/" className="inline-flex min-h-11 items-center">
              {lessonText.privacyLink}
            </Link>
          </li>
          <li>
            <Link href="/accessibility/" className="inline-flex min-h-11 items-center">
              {accessibilityText.title}
            </Link>
          </li>
          <li>
            <Link href="/publishers/" className="inline-flex min-h-11 items-center">
              {siteText.footer.publishers}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
