import { Logo } from '@/components/layout/logo';
import { embedText } from '@/lib/i18n/en/embed';
import { siteText } from '@/lib/i18n/en/site';

export type EmbedHeaderProps = {
  /** Where "Open the full course" leads: the same lesson on the full site. */
  href: string;
};

/** The compact header of an embed: who made it, and the way out to the full course (in a new tab). */
export function EmbedHeader({ href }: EmbedHeaderProps) {
  return (
    <header className="print-hidden border-b border-line/40 bg-surface">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-3 px-3 py-1 text-base sm:px-4">
        <p className="flex items-center gap-2 font-bold">
          <Logo className="size-6" />
          {siteText.siteName}
        </p>
        <a href={href} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center gap-1 font-medium">
          {embedText.openFullCourse}
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
            <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          <span className="sr-only">{embedText.newTab}</span>
        </a>
      </div>
    </header>
  );
}
