import Link from 'next/link';
import type { AnchorHTMLAttributes } from 'react';
import { embedText } from '@/lib/i18n/en/embed';

export type LessonLinkProps = AnchorHTMLAttributes<HTMLAnchorElement>;

/**
 * Markdown links in lessons. Internal paths use client navigation; https links open in a new tab without handing
 * the opener over (RELIABILITY CNT-2); any other scheme is rendered as plain text rather than a live link.
 */
export function LessonLink({ href = '', children, ...rest }: LessonLinkProps) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (href.startsWith('https://')) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  }
  return <span>{children}</span>;
}

/**
 * Lesson links inside an embed (app/embed). Every link opens in a new tab: the frame itself must never navigate,
 * because our other pages refuse to be framed by other sites (frame-ancestors 'self') and would show an error.
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
