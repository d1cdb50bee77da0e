/**
 * Compiles the course into the build cache before `next build`, so that each lesson is compiled once per build
 * (issue 13). Next's workers then only read the cache (lib/build-cache.ts); without this step every worker that
 * collects page data would compile the whole course at the same moment, on the same cores. One process is enough:
 * the lessons are compiled concurrently and esbuild runs in a process of its own, so both cores are busy (two
 * processes of one half each took as long: 7.9 s against 7.6 s for 207 lessons). A broken lesson fails the build
 * here, naming its file and field. The lessons' pictures are written to public/figures/ here too, from the same
 * (cached) compile, so they are there on every build whether or not a lesson was recompiled.
 */
import { writeFigures } from '../lib/content/figures';
import { getCourse } from '../lib/content/lessons';

const start = performance.now();
const lessons = await getCourse();
const figures = lessons.flatMap((lesson) => lesson.figures);
writeFigures(figures);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(
  `Compiled ${lessons.length} lessons in ${seconds} s (from the build cache where unchanged); ${figures.length} figures in public/figures/`,
);
