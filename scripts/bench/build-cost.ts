/**
 * What a lesson adds to the build: `npm run build` (the same steps a deploy runs) of the real course, then of the
 * course plus 200 generated lessons, timed; the difference per extra lesson is the marginal cost. Run twice: with
 * the build caches emptied (a fresh clone) and with them kept (a host that keeps node_modules/.cache between builds).
 * Next's own share is measured beside it (scripts/bench/floor.ts: what one more bare page costs a bare app).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Every cache our build steps keep between builds lives there (compiled lessons, social cards).
import { cacheRoot } from '../../lib/build-cache';

export const extraLessons = 200;

export const lessonFolders = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /^\d+-/.test(name))
    .sort();

/** Runs `npm run build` and returns its wall time in ms; on failure prints the build's last lines and throws. */
export function timedBuild(env: Record<string, string> = {}): number {
  const start = performance.now();
  try {
    execFileSync('npm', ['run', 'build'], {
      stdio: 'pipe',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout ?? ''}${stderr ?? ''}`.split('\n').slice(-30).join('\n'));
    throw new Error('npm run build failed (its last lines are above)');
  }
  return performance.now() - start;
}

/**
 * The pages one generated lesson (a copy of lesson 1) adds to out/: its page, its embed, its social card and one
 * embed per exercise (/embed/exercise/<id>/). Times Next's own cost per page, the framework's share of a lesson.
 */
export function pagesPerGeneratedLesson(lessonsDir: string): number {
  const source = readFileSync(path.join(lessonsDir, lessonFolders(lessonsDir)[0]!, 'index.mdx'), 'utf8');
  return 3 + (source.match(/<(Quiz|Spotter)\s+id="/g) ?? []).length;
}

/** A course of the real lessons plus `count` copies of lesson 1, renumbered, with unique quiz and spotter ids. */
export function generatedCourse(lessonsDir: string, count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scamwise-bench-'));
  const folders = lessonFolders(lessonsDir);
  folders.forEach((folder) => cpSync(path.join(lessonsDir, folder), path.join(dir, folder), { recursive: true }));
  const template = folders[0]!;
  const source = readFileSync(path.join(lessonsDir, template, 'index.mdx'), 'utf8');
  for (let i = 1; i <= count; i++) {
    const order = folders.length + i;
    const slug = `generated-${order}`;
    const target = path.join(dir, `${String(order).padStart(3, '0')}-${slug}`);
    cpSync(path.join(lessonsDir, template), target, { recursive: true });
    // A lesson may hold several quizzes and spotters: each copy gets its own numbered id.
    let n = 0;
    const mdx = source
      .replace(/^order: \d+$/m, `order: ${order}`)
      .replace(/^title: (.*)$/m, `title: $1 (${order})`)
      .replace(/<(Quiz|Spotter)\s+id="[^"]+"/g, (_, tag: string) => `<${tag} id="${slug}-${tag.toLowerCase()}-${++n}"`);
    writeFileSync(path.join(target, 'index.mdx'), mdx);
  }
  return dir;
}

export type BuildCost = { realMs: number; bigMs: number; msPerLesson: number };

const cost = (realMs: number, bigMs: number): BuildCost => ({
  realMs,
  bigMs,
  msPerLesson: (bigMs - realMs) / extraLessons,
});

/**
 * The real course and the course with `extraLessons` more, each built twice: first with the build caches emptied
 * (a fresh clone), then again with the caches the first build left (a host that keeps node_modules/.cache). Both
 * builds of the bigger course use the same copy of it, since a lesson's cache entry depends on its path.
 */
export function buildCosts(lessonsDir: string): { cold: BuildCost; kept: BuildCost } {
  const clear = () => rmSync(cacheRoot, { recursive: true, force: true });
  const big = generatedCourse(lessonsDir, extraLessons);
  try {
    // The bigger course first, so that out/ is left holding the real one, which the rest of the bench measures.
    clear();
    const bigCold = timedBuild({ SCAMWISE_LESSONS_DIR: big });
    const bigKept = timedBuild({ SCAMWISE_LESSONS_DIR: big });
    clear();
    const realCold = timedBuild();
    const realKept = timedBuild();
    return { cold: cost(realCold, bigCold), kept: cost(realKept, bigKept) };
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}
