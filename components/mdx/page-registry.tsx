import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { Section } from '@/components/ui/section';
import { LessonLink } from './lesson-link';
import { Contact, Event, JsOnly, NoJs, Note, StoredItems, Term, Terms, Warning } from './page-parts';

/**
 * The only components content/pages/*.mdx can use; lib/content/page-schema.ts holds their prop schemas and a unit
 * test keeps the two name lists equal. The client islands (the progress tools, the publishers' copyable example) are named here but handed in by the
 * route that shows them: a server module that imports a client component puts it in the first-load JS of every page
 * that imports the module, so one registry holding them all made /privacy/ ship the code tools of /progress/.
 */
export const pageComponents = {
  Section,
  Note,
  Warning,
  JsOnly,
  NoJs,
  Contact,
  Terms,
  Term,
  Event,
  StoredItems,
} as const;

/** The client islands a page may place; its route passes the ones its MDX uses (a missing one fails the build). */
export const pageIslandNames = ['ResetProgress', 'SaveProgressCode', 'RestoreProgressCode', 'EventsExample'] as const;
export type PageIslands = Partial<Record<(typeof pageIslandNames)[number], MDXComponents[string]>>;

/** Markdown's own elements, styled as the site's pages were before their text moved to MDX. */
export const pageMarkdownComponents: MDXComponents = {
  a: LessonLink,
  ul: (props: ComponentPropsWithoutRef<'ul'>) => <ul className="list-disc space-y-2 pl-6" {...props} />,
};
