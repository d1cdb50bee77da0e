import { embedText } from '@/lib/i18n/en/embed';
import type { LessonLinkProps } from './lesson-link';

/**
 * Lesson links inside an embed (app/embed). Every link opens in a new tab: the frame itself must never navigate,
 * because our other pages refuse to be framed by other sites (frame-ancestors 'self') and would show an error.
 * Plain <a>, in a module of its own, so an embedded lesson ships no next/link (issue 13).
 */
export function EmbeddedLessonLink({ href = '', children, ...rest }: LessonLinkProps) {
  if (href.startsWith('/') || href.startsWith('https://')) {
    return (
      <a {...rest} href={href} target="_blank" rel="noopener noreferrer">
        {children}
        <span className="sr-only"> {embedText.newTab}</span>
      </a>
    );
  }
  return <span>{children}</span>;
}
