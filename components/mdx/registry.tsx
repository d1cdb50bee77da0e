import type { MDXComponents } from 'mdx/types';
import type { SpotterProps } from '@/lib/content/artefact-schema';
import type { QuizData } from '@/lib/content/schema';
import { Quiz } from '@/components/quiz/quiz';
import { Callout, Figure, KeyTakeaways, TaskBox } from './prose';
import { QuizBlock } from './quiz-block';
import { SpotterBlock } from './spotter-block';
import { DeferredChecklist, DeferredSpotter } from './deferred-islands';
import { WhereToReport } from './where-to-report';

// Every lesson has a quiz, so its code comes with the page; the rest load as they come near (./deferred.tsx).
const LessonQuiz = (props: QuizData) => <QuizBlock {...props} island={Quiz} />;
const LessonSpotter = (props: SpotterProps) => <SpotterBlock {...props} island={DeferredSpotter} />;

/**
 * The only components lessons can use. lib/content/lesson-guard.ts holds the matching prop schemas; a unit test
 * keeps the two name lists equal. Interactive parts must come through here: a component imported inside MDX would
 * be bundled into server code and never hydrate. A client component imported here is in the first-load JS of every
 * lesson, rendered or not, so only the quiz is; the others are deferred islands (issue 13).
 */
export const lessonComponents = {
  Quiz: LessonQuiz,
  Spotter: LessonSpotter,
  Callout,
  KeyTakeaways,
  Figure,
  Checklist: DeferredChecklist,
  WhereToReport,
} as const;

/** Overrides for elements that Markdown itself produces; links are the route's (./lesson-content.tsx). */
export const markdownComponents: MDXComponents = { input: TaskBox };
