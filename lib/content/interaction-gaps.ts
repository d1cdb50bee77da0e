import type { Root, RootContent } from 'mdast';
import { parseLesson, wordsOf } from './readability';

/**
 * How far a phone reader scrolls between two things to do (issue 15 item 1): the words of prose between interactive
 * blocks (a Quiz or a Spotter), in document order. A Figure counts as `figureWords`, about the height it takes at
 * 390 px. The e2e test e2e/interaction-gaps.spec.ts measures the same gaps in pixels on the built pages.
 */
export const interactiveComponents = new Set(['Quiz', 'Spotter']);

/**
 * At 390 × 844 a lesson shows about 130 words of prose per screen once headings, paragraph gaps, lists and callouts
 * are counted (measured on the built lessons: roughly 7 words a line and 26 lines, less the spacing), so about
 * three screens is 390 words; 350 keeps a margin for a long heading or a callout's padding.
 */
export const maxWordsBetweenInteractions = 350;
export const figureWords = 100;

export type Gap = { words: number; after: string; before: string };

export function interactionGaps(source: string | Root, leadingWords = 0): Gap[] {
  const tree = typeof source === 'string' ? parseLesson(source) : source;
  const gaps: Gap[] = [];
  let words = leadingWords;
  let after = 'the start of the lesson';
  const close = (before: string) => {
    gaps.push({ words, after, before });
    words = 0;
    after = before;
  };
  const walk = (node: RootContent | Root) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (interactiveComponents.has(name)) return close(`${name}(${idOf(node) ?? '?'})`);
      if (name === 'Figure') {
        words += figureWords;
        return;
      }
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      words += wordsOf(node.value).length;
      return;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as RootContent));
  };
  walk(tree);
  close('the end of the lesson');
  return gaps;
}

function idOf(node: { attributes: { type: string; name?: string; value?: unknown }[] }): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function largestGap(gaps: Gap[]): Gap {
  return gaps.reduce((largest, gap) => (gap.words > largest.words ? gap : largest));
}
