import type { Root, RootContent } from 'mdast';
import { parseLesson, wordsOf } from './readability';

/**
 * How far a phone reader scrolls between two things to do (issue 15 item 1): the words of prose between interactive
 * blocks (a Quiz, a Spotter, the checklist or the where-to-report choice), in document order. A Figure counts as `figureWords`, about the height it takes at
 * 390 px. The e2e test e2e/interaction-gaps.spec.ts measures the same gaps in pixels on the built pages.
 */
// The checklist's boxes and the where-to-report country choice are things to do too.
const interactiveComponents = new Set(['Quiz', 'Spotter', 'Checklist', 'WhereToReport']);

/**
 * Measured on the built lessons at 390 × 844: prose with its headings, lists and callouts runs at about 6.6 px a word
 * (some 130 words a screen), so three screens (2,532 px) hold about 380 words; 350 keeps a margin for a long heading
 * or a callout's padding. A picture is about 300 px tall, the height of 50 words.
 */
const maxWordsBetweenInteractions = 350;
/**
 * Before the first exercise the page also shows the lesson's title, description, objectives and table of contents,
 * about 1,200 px on a phone, so the first section gets the remaining 1.6 screens: about 200 words.
 */
export const maxWordsBeforeFirstInteraction = 200;
export const figureWords = 50;

type Gap = { words: number; after: string; before: string };

export function interactionGaps(source: string | Root): Gap[] {
  const tree = typeof source === 'string' ? parseLesson(source) : source;
  const gaps: Gap[] = [];
  let words = 0;
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

/** The limit for one gap: the first one shares its screens with the lesson's header. */
const gapLimit = (index: number) => (index === 0 ? maxWordsBeforeFirstInteraction : maxWordsBetweenInteractions);

/** Each gap over its limit, with the limit, in document order. */
export function gapsOverLimit(gaps: Gap[]): (Gap & { limit: number })[] {
  return gaps.map((gap, index) => ({ ...gap, limit: gapLimit(index) })).filter((gap) => gap.words > gap.limit);
}
