import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A lesson picture as it is published: a file of its own under /figures/, named by its content. */
export type PublishedFigure = {
  /** The address pages use, e.g. /figures/3f2a…svg. */
  src: string;
  /** The sanitised, compacted SVG text written to that address. */
  svg: string;
  /** From the SVG's viewBox, so the page keeps the picture's room before it has loaded (no layout shift). */
  width: number;
  height: number;
};

/** Where scripts/compile-course.ts writes the figures for `next build` to copy into out/. */
export const figuresDir = (projectRoot = process.cwd()) => path.join(projectRoot, 'public', 'figures');

/**
 * Publishes a checked SVG under a name that is the hash of its content, so the file can be cached for ever and two
 * lessons using the same picture share it. A file rather than a data: URI (issue 13): inlined, every picture was
 * in each page twice (the HTML and the RSC payload), and embedded lessons and the service worker cached it again
 * with every page that showed it. Returns undefined when the SVG has no usable viewBox.
 */
export function publishFigure(svg: string): PublishedFigure | undefined {
  const compact = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
  const viewBox = /<svg\b[^>]*\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(compact);
  const width = Number(viewBox?.[1]);
  const height = Number(viewBox?.[2]);
  if (!(width > 0 && height > 0)) return undefined;
  const name = createHash('sha256').update(compact).digest('hex').slice(0, 16);
  return { src: `/figures/${name}.svg`, svg: compact, width, height };
}

/** Replaces the folder's contents with exactly these figures, so a picture no lesson uses any more is not shipped. */
export function writeFigures(figures: readonly PublishedFigure[], dir = figuresDir()) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const figure of figures) writeFileSync(path.join(dir, path.basename(figure.src)), figure.svg);
}
