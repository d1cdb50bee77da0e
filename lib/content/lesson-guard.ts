import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
// Type-only imports that add MDX's expression and ESM nodes to mdast's node types.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { jsxProps, rejectCode, ruleFor, type ComponentRule, type JsxElement } from './jsx-props';
import { LessonError, parseOrThrow } from './lesson-error';
import { spotterPropsSchema, type SpotterProps } from './artefact-schema';
import { calloutPropsSchema, figurePropsSchema, quizPropsSchema, type QuizData } from './schema';
import { checklistPropsSchema, checklistWords, type ChecklistProps } from './checklist-schema';
import { publishFigure, type PublishedFigure } from './figures';

/** What the guard learns about a lesson while checking it. */
export type LessonFacts = {
  quizzes: QuizData[];
  /** The red-flag exercises, in order; their ids are progress keys, checked for uniqueness across the course. */
  spotters: SpotterProps[];
  /** Words of prose (text and inline code), not counting exercise data. */
  wordCount: number;
  /** How many times each registered component is used, for the skeleton check. */
  components: Record<string, number>;
  /** The lesson's pictures, to be written under public/figures/ (lib/content/figures.ts). */
  figures: PublishedFigure[];
  /** The guard's own error, kept because esbuild flattens plugin errors into text. */
  error?: LessonError;
};

/**
 * The only components a lesson may use. Must match components/mdx/registry.tsx (a unit test keeps them in step);
 * anything else is refused at build time instead of rendering as a silent hole.
 */
export const lessonComponentRules = {
  Quiz: { props: quizPropsSchema, children: false },
  Spotter: { props: spotterPropsSchema, children: false },
  Callout: { props: calloutPropsSchema, children: true },
  KeyTakeaways: { props: z.strictObject({}), children: true },
  Figure: { props: figurePropsSchema, children: false },
  Checklist: { props: checklistPropsSchema, children: false },
  WhereToReport: { props: z.strictObject({}), children: false },
} satisfies Record<string, ComponentRule>;

/**
 * A remark plugin that enforces "limited MDX" (RELIABILITY CNT-1) and validates every component's props with zod,
 * failing the build with the file and the field. It also checks and publishes Figure pictures (a lesson folder
 * stays self-contained) and records the lesson's quizzes and word count in `facts`.
 */
export function remarkLessonGuard(options: { file: string; dir: string; facts: LessonFacts }) {
  const { file, dir, facts } = options;
  return () => (tree: Root) => {
    try {
      check(tree, file, dir, facts);
    } catch (error) {
      if (error instanceof LessonError) facts.error = error;
      throw error;
    }
  };
}

function check(tree: Root, file: string, dir: string, facts: LessonFacts) {
    visit(tree, (node) => {
      rejectCode(node, file, 'lessons');
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          facts.wordCount += node.value.split(/\s+/).filter(Boolean).length;
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, file, dir, facts);
          return;
      }
    });
}

function checkElement(node: JsxElement, file: string, dir: string, facts: LessonFacts) {
  const line = node.position?.start.line;
  const name = node.name ?? '<>';
  const rule = ruleFor(node, file, lessonComponentRules, 'lessons');
  const props = jsxProps(node, file);

  // Exercises are named by id in errors ("Spotter(fee-text).spots[2].id"), so a lesson with several is easy to fix.
  const label = (name === 'Quiz' || name === 'Spotter') && typeof props.id === 'string' ? `${name}(${props.id})` : name;
  const data = parseOrThrow(rule.props, props, file, label, line);
  facts.components[name] = (facts.components[name] ?? 0) + 1;
  if (name === 'Quiz') facts.quizzes.push(data as QuizData);
  if (name === 'Spotter') facts.spotters.push(data as SpotterProps);
  // A checklist's items are the lesson's prose, written as props so each can be ticked.
  if (name === 'Checklist') facts.wordCount += checklistWords(data as ChecklistProps);
  if (name === 'Figure') placeFigure(node, data as z.output<typeof figurePropsSchema>, file, dir, facts, line);
}

/**
 * Checks Figure's SVG and points the element at its published file (lib/content/figures.ts), with the picture's
 * width and height so the page keeps its room while it loads.
 */
function placeFigure(
  node: JsxElement,
  data: { src: string },
  file: string,
  dir: string,
  facts: LessonFacts,
  line?: number,
) {
  let svg: string;
  try {
    svg = readFileSync(path.join(dir, data.src), 'utf8');
  } catch {
    throw new LessonError(file, 'Figure.src', `no file "${data.src}" beside the lesson`, line);
  }
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg)) {
    throw new LessonError(file, 'Figure.src', `"${data.src}" is not an SVG document`, line);
  }
  if (/<script|<foreignObject|\son[a-z]+\s*=|(?:href|src)\s*=\s*["'](?!#)/i.test(svg)) {
    throw new LessonError(file, 'Figure.src', `"${data.src}" contains scripts, event handlers or external references`, line);
  }
  const figure = publishFigure(svg);
  if (!figure) {
    throw new LessonError(file, 'Figure.src', `"${data.src}" needs a viewBox with a width and height, e.g. viewBox="0 0 640 400"`, line);
  }
  facts.figures.push(figure);
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  node.attributes = [
    ...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'src'),
    attribute('src', figure.src),
    attribute('width', String(figure.width)),
    attribute('height', String(figure.height)),
  ];
}
