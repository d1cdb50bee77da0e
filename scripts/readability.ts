/**
 * Prints each lesson's readability figures (issue 11): words of prose, Flesch–Kincaid grade and longest paragraph.
 * Usage: `npx tsx scripts/readability.ts [lesson folder or index.mdx …]` (default: every lesson).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readability } from '../lib/content/readability';
import { lessonsDir } from '../lib/content/lessons-dir';

function lessonFiles(args: string[]): string[] {
  if (args.length === 0) {
    return readdirSync(lessonsDir)
      .sort()
      .map((folder) => path.join(lessonsDir, folder, 'index.mdx'));
  }
  return args.map((arg) => (statSync(arg).isDirectory() ? path.join(arg, 'index.mdx') : arg));
}

const rows = lessonFiles(process.argv.slice(2)).map((file) => {
  const figures = readability(readFileSync(file, 'utf8'));
  return [
    path.basename(path.dirname(file)).padEnd(30),
    String(figures.words).padStart(6),
    figures.grade.toFixed(1).padStart(6),
    String(figures.longestParagraph).padStart(8),
    `  ${figures.longestParagraphStart}…`,
  ].join('');
});
console.log(
  `${'lesson'.padEnd(30)}${'words'.padStart(6)}${'grade'.padStart(6)}${'longest'.padStart(8)}  longest paragraph starts`,
);
console.log(rows.join('\n'));
