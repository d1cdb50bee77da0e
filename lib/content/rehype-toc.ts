import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export type TocEntry = { id: string; title: string };

/** Collects the lesson's `##` sections (after rehype-slug has given them ids) for the table of contents. */
export function rehypeCollectToc(toc: TocEntry[]) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h2' && typeof node.properties.id === 'string') {
        toc.push({ id: node.properties.id, title: toString(node) });
      }
    });
  };
}
