import type { ReactNode } from 'react';
import { PageContent } from '@/components/mdx/page-content';
import type { PageIslands } from '@/components/mdx/page-registry';
import type { CompiledPage } from '@/lib/content/pages';

export type ProsePageProps = {
  page: CompiledPage;
  /** Tools the page shows between its lead paragraph and its prose (the publisher page's snippet builder). */
  children?: ReactNode;
  /** The client islands its MDX places (components/mdx/page-registry.tsx). */
  islands?: PageIslands;
};

/** A site page whose text is written in content/pages/: heading, lead, then the MDX body. */
export function ProsePage({ page: { frontmatter, code }, children, islands }: ProsePageProps) {
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="text-xl">{frontmatter.intro}</p>
      </header>
      {children}
      <PageContent code={code} islands={islands} />
    </div>
  );
}
