import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { syllable } from 'syllable';
import { unified } from 'unified';

/**
 * Readability of a lesson's prose (issue 11): the figures an editor needs to write for a reading age of about 11
 * (Flesch–Kincaid grade 5–6). Pure functions over the MDX source: frontmatter, code and exercise components (whose
 * text is data, read one option at a time) are left out; the children of Callout and KeyTakeaways are prose and count.
 */
type Readability = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level, rounded to one decimal. */
  grade: number;
  /** Words in the longest paragraph (a list item or table cell counts as a paragraph of its own). */
  longestParagraph: number;
  /** The first words of that paragraph, so an editor can find it. */
  longestParagraphStart: string;
};

/** Components whose content is exercise data or a picture, not prose. */
const nonProse = new Set(['Quiz', 'Spotter', 'Figure']);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The lesson's MDX tree without its YAML frontmatter (gray-matter reads that; here it is not prose). */
export function parseLesson(source: string): Root {
  return parser.parse(source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
}

/** Plain text of a node, skipping code and exercises. */
function plainText(node: RootContent | Root): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
    case 'inlineCode':
    case 'html':
      return '';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (nonProse.has(node.name ?? '')) return '';
      break;
  }
  return 'children' in node ? node.children.map((child) => plainText(child as RootContent)).join('') : '';
}

/** The lesson's paragraphs of prose, in order (paragraphs, and table cells; headings are labels, not sentences). */
export function paragraphs(source: string | Root): string[] {
  const tree = typeof source === 'string' ? parseLesson(source) : source;
  const found: string[] = [];
  const walk = (node: RootContent | Root) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && nonProse.has(node.name ?? '')) return;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const text = plainText(node).replace(/\s+/g, ' ').trim();
      if (text) found.push(text);
      return;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as RootContent));
  };
  walk(tree);
  return found;
}

/** Words are runs of letters or digits, with inner apostrophes and hyphens ("don't", "two-step"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences end at . ! or ? followed by a space or the end; a paragraph without one is still one sentence. */
export function sentenceCount(paragraph: string): number {
  if (wordsOf(paragraph).length === 0) return 0;
  const ends = paragraph.match(/[.!?]+(?=["'’”)]*(?:\s|$))/g)?.length ?? 0;
  const endsWithStop = /[.!?]["'’”)]*\s*$/.test(paragraph);
  return ends + (endsWithStop ? 0 : 1);
}

/**
 * Syllables of one word. wooorm's `syllable` handles English words; a number is read as one word per digit group
 * ("2026" → 1), which undercounts slightly, as readers skim numbers rather than sound them out.
 */
export function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  return Math.max(1, syllable(word));
}

/** Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(counts: { words: number; sentences: number; syllables: number }): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  const grade = 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return Math.round(grade * 10) / 10;
}

export function readability(source: string | Root): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let longestParagraph = 0;
  let longestParagraphStart = '';
  for (const paragraph of paragraphs(source)) {
    const tokens = wordsOf(paragraph);
    words += tokens.length;
    sentences += sentenceCount(paragraph);
    syllables += tokens.reduce((sum, word) => sum + syllablesOf(word), 0);
    if (tokens.length > longestParagraph) {
      longestParagraph = tokens.length;
      longestParagraphStart = tokens.slice(0, 8).join(' ');
    }
  }
  return {
    words,
    sentences,
    syllables,
    grade: fleschKincaidGrade({ words, sentences, syllables }),
    longestParagraph,
    longestParagraphStart,
  };
}
