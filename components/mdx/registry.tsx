import type { MDXComponents } from 'mdx/types';
import { Callout, Figure, KeyTakeaways, TaskBox } from './prose';
import { QuizBlock } from './quiz-block';
import { SpotterBlock } from './spotter-block';
import { Checklist } from './checklist';
import { WhereToReport } from './where-to-report';

/**
 * The only components lessons can use. lib/content/lesson-guard.ts holds the matching prop schemas; a unit test
 * keeps the two name lists equal. Interactive parts must come through here: a component imported inside MDX would
 * be bundled into server code and never hydrate.
 */
export const lessonComponents = {
  Quiz: QuizBlock,
  Spotter: SpotterBlock,
  Callout,
  KeyTakeaways,
  Figure,
  Checklist,
  WhereToReport,
} as const;

/** Overrides for elements that Markdown itself produces; links are the route's (./lesson-content.tsx). */
export const markdownComponents: MDXComponents = { input: TaskBox };
