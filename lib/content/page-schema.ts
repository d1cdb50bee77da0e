import { z } from 'zod';
import { idPattern, idRuleMessage } from '@/lib/ids';
import type { ComponentRule } from './jsx-props';

/**
 * What an editor writes in a site page (content/pages/*.mdx): the frontmatter, and the props of the components a
 * page may place. Like lessons, a page that breaks these fails the build naming the file and the field.
 */
const text = z.string().trim().min(1, 'must not be empty');

export const pageFrontmatterSchema = z.strictObject({
  /** The page's heading and the start of its <title>. */
  title: text.max(90, 'must be at most 90 characters'),
  /** For search results and social cards. */
  description: text.max(160, 'must be at most 160 characters'),
  /** The lead paragraph under the heading. */
  intro: text.max(500, 'must be at most 500 characters'),
});

export type PageFrontmatter = z.output<typeof pageFrontmatterSchema>;

const none = z.strictObject({});

/**
 * The only components a page may use. Must match components/mdx/page-registry.tsx (a unit test keeps them in step).
 * The interactive ones (saving, restoring and resetting progress) are client islands the page places by name.
 */
export const pageComponentRules = {
  /** A titled part of the page; its id is the heading's anchor, which other pages and tests link to. */
  Section: { props: z.strictObject({ id: z.string().regex(idPattern, idRuleMessage), title: text }), children: true },
  /** A quiet aside: a date, a trademark notice. */
  Note: { props: none, children: true },
  /** A paragraph that must not be missed. */
  Warning: { props: none, children: true },
  /** Shown only when JavaScript runs, and its counterpart shown only when it does not. */
  JsOnly: { props: none, children: true },
  NoJs: { props: none, children: true },
  /** The deployer's contact address (SITE_CONTACT), after `lead`; without one, `fallback` or nothing. */
  Contact: { props: z.strictObject({ lead: text, fallback: text.optional() }), children: false },
  /** A list of named parts, each explained in a sentence or two. */
  Terms: { props: none, children: true },
  Term: { props: z.strictObject({ name: text }), children: true },
  /** One embed event: its name, when it fires (the children) and its event.detail. */
  Event: { props: z.strictObject({ name: text, detail: text }), children: true },
  EventsExample: { props: none, children: false },
  StoredItems: { props: none, children: false },
  ResetProgress: { props: none, children: false },
  SaveProgressCode: { props: none, children: false },
  RestoreProgressCode: { props: none, children: false },
} satisfies Record<string, ComponentRule>;
