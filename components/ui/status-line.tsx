import type { ReactNode } from 'react';

export type StatusLineProps = {
  /** The verdict or notice; empty while there is nothing to say. */
  children?: ReactNode;
  className?: string;
  id?: string;
};

/**
 * A polite live region for a verdict or a notice ("Copied.", "Nothing was changed."). It is always in the page, so
 * a screen reader announces the text when it appears, and it keeps one line of height so nothing jumps (WCAG 4.1.3).
 */
export function StatusLine({ children, className = 'font-medium', id }: StatusLineProps) {
  return (
    <div role="status" id={id} className={`min-h-[1.6em] ${className}`}>
      {children}
    </div>
  );
}
