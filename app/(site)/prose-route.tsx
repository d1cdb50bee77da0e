import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ProsePage } from '@/components/layout/prose-page';
import type { PageIslands } from '@/components/mdx/page-registry';
import { getPage } from '@/lib/content/pages';
import { pageMetadata } from '@/lib/seo';

/**
 * What the routes of the prose pages share: /name/ is content/pages/name.mdx, and its metadata is that file's
 * frontmatter. Not a route itself (Next.js only routes page.tsx).
 */
export async function proseMetadata(name: string): Promise<Metadata> {
  const { title, description } = (await getPage(name)).frontmatter;
  return pageMetadata({ title, description, path: `/${name}/` });
}

type ProseRouteProps = { name: string; children?: ReactNode; islands?: PageIslands };

export async function ProseRoute({ name, children, islands }: ProseRouteProps) {
  return (
    <ProsePage page={await getPage(name)} islands={islands}>
      {children}
    </ProsePage>
  );
}
