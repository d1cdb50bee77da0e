import type { ReactNode, Ref } from 'react';

export type SectionProps = {
  /** The heading's id: the section's anchor and its accessible name (aria-labelledby). */
  id: string;
  title: ReactNode;
  /** h2 for a page's parts, h3 for parts of a part. */
  level?: 2 | 3;
  /** Spacing and any frame; the default stacks the children as the prose pages do. */
  className?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
};

const headingClass = { 2: 'text-2xl font-bold', 3: 'text-xl font-bold' } as const;

/** A titled part of a page, named by its own heading so landmarks and the heading outline agree. */
export function Section({ id, title, level = 2, className = 'space-y-3', headingRef, children }: SectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} ref={headingRef} className={headingClass[level]}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
