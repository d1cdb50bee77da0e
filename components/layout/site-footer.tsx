import Link from 'next/link';
import { ui } from '@/lib/ui-strings';

export function SiteFooter() {
  return (
    <footer className="print-hidden mt-16 border-t border-line/40 bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-muted">
        <p>{ui.footer.independence}</p>
        <p>{ui.footer.licence}</p>
        <p>
          <Link href="/privacy/">{ui.lesson.privacyLink}</Link>
        </p>
        <p>
          <Link href="/publishers/">{ui.footer.publishers}</Link>
        </p>
      </div>
    </footer>
  );
}
