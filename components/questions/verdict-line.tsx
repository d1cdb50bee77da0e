import type { ReactNode } from 'react';

const toneClass = { good: 'text-good', bad: 'text-bad', muted: 'text-muted' } as const;

export type VerdictLineProps = {
  tone: keyof typeof toneClass;
  children?: ReactNode;
  testId?: string;
};

/**
 * The verdict after an answer ("Right.", "Not quite."), in a live region. Render it before there is a verdict
 * (empty) where the page stays put, so the verdict is announced when it appears (A11Y-2); it keeps its height then,
 * so nothing below jumps.
 */
export function VerdictLine({ tone, children, testId }: VerdictLineProps) {
  return (
    <p role="status" data-testid={testId} className={`min-h-[1.6em] text-lg font-bold ${toneClass[tone]}`}>
      {children}
    </p>
  );
}
