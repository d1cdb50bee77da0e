import Link from 'next/link';
import type { AnchorHTMLAttributes } from 'react';

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
