import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { ResetProgress } from '@/components/progress/reset-progress';
import { RestoreProgressCode } from '@/components/progress/restore-progress-code';
import { SaveProgressCode } from '@/components/progress/save-progress-code';
import { Section } from '@/components/ui/section';
import { LessonLink } from './lesson-link';
import { Contact, Event, EventsExample, JsOnly, NoJs, Note, StoredItems, Term, Terms, Warning } from './page-parts';

/**
 * The only components content/pages/*.mdx can use; lib/content/page-schema.ts holds their prop schemas and a unit
 * test keeps the two name lists equal. The progress tools are client islands, placed here rather than imported in
 * MDX, which would bundle them into server code where they would never hydrate.
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
  EventsExample,
  StoredItems,
  ResetProgress,
  SaveProgressCode,
  RestoreProgressCode,
} as const;

/** Markdown's own elements, styled as the site's pages were before their text moved to MDX. */
export const pageMarkdownComponents: MDXComponents = {
  a: LessonLink,
  ul: (props: ComponentPropsWithoutRef<'ul'>) => <ul className="list-disc space-y-2 pl-6" {...props} />,
};
