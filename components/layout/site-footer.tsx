import Link from 'next/link';
import { ui } from '@/lib/ui-strings';

export function SiteFooter() {
  return (
    <footer className="print-hidden mt-16 border-t border-line/40 bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-muted">
        <p>{ui.footer.independence}</p>
        <p>{ui.footer.licence}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/privacy/" className="inline-flex min-h-11 items-center">
              {ui.lesson.privacyLink}
            </Link>
          </li>
          <li>
            <Link href="/accessibility/" className="inline-flex min-h-11 items-center">
              {ui.accessibility.title}
            </Link>
          </li>
          <li>
            <Link href="/publishers/" className="inline-flex min-h-11 items-center">
              {ui.footer.publishers}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
