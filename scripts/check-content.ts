/**
 * Content checks run by `npm test` (issue #3, RELIABILITY CNT-3): every lesson compiles and validates, follows the
 * skeleton, has a mixed quiz with an explanation for every option, and mentions no live address except its listed
 * sources. Issue 11: reading grade, longest paragraph, sources (count, https, authoritative hosts) and the words a
 * phone reader scrolls between two exercises. Prints a table of the figures; exits 1 naming the file and the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCourse, lessonsDir } from '../lib/content/lessons';
import { compilePage, pagesDir } from '../lib/content/pages';
import type { CompiledLesson } from '../lib/content/compile-lesson';
import { hostPattern, isAllowedHost, reservedHost, urlPattern } from './addresses';
import { getExamPool, readPoolSources } from '../lib/exam/pool';
import { readability } from '../lib/content/readability';
import { sourceProblems } from '../lib/content/source-policy';
import { gapsOverLimit, interactionGaps, largestGap } from '../lib/content/interaction-gaps';
import { isGenuine } from '../lib/exam/score';

const words = { min: 600, max: 1500 };
/** Issue 4: the red-flag exercises and the exam draw on at least this many different mock artefacts. */
const minArtefacts = 12;
const minQuestions = 4;
/** Issue 11: Flesch–Kincaid grade at most 6 (aim 5), no paragraph over 60 words. */
export const plainLanguage = { maxGrade: 6, maxParagraphWords: 60 };

/** The issue-11 figures of one lesson, for the table and the limits. */
export function lessonFigures(lesson: CompiledLesson, source: string) {
  const prose = readability(source);
  const gaps = interactionGaps(source);
  return { ...prose, gap: largestGap(gaps), overLimit: gapsOverLimit(gaps), minutes: lesson.frontmatter.minutes };
}

/** Issue 11: plain language, short gaps between exercises, trustworthy sources, a true review date. */
export function plainLanguageProblems(lesson: CompiledLesson, source: string): string[] {
  const problems: string[] = [];
  const { frontmatter } = lesson;
  const figures = lessonFigures(lesson, source);
  if (figures.grade > plainLanguage.maxGrade)
    problems.push(`reads at grade ${figures.grade} (Flesch–Kincaid); at most ${plainLanguage.maxGrade}, aim for 5`);
  if (figures.longestParagraph > plainLanguage.maxParagraphWords)
    problems.push(
      `has a paragraph of ${figures.longestParagraph} words ("${figures.longestParagraphStart}…"); at most ${plainLanguage.maxParagraphWords}`,
    );
  for (const gap of figures.overLimit)
    problems.push(
      `has ${gap.words} words between ${gap.after} and ${gap.before}; at most ${gap.limit} there (about three phone screens, header included) without an exercise`,
    );
  problems.push(...sourceProblems(frontmatter.sources));
  if (frontmatter.lastReviewed > new Date().toISOString().slice(0, 10))
    problems.push(`lastReviewed ${frontmatter.lastReviewed} is in the future`);

  return problems;
}

export function problemsFor(lesson: CompiledLesson, source: string, svgs: string[]): string[] {
  const problems: string[] = [];
  const { frontmatter, quizzes, toc, components, wordCount } = lesson;
  const questions = quizzes.flatMap((quiz) => quiz.questions);

  if (wordCount < words.min || wordCount > words.max)
    problems.push(`has ${wordCount} words; lessons need ${words.min}–${words.max}`);
  if (!components.Figure) problems.push('has no <Figure>: every lesson needs at least one picture');
  if (!components.KeyTakeaways) problems.push('has no <KeyTakeaways>');
  if (!toc.some((entry) => entry.id === 'check-your-understanding'))
    problems.push('has no "## Check your understanding" section');
  if (quizzes.length === 0) problems.push('has no <Quiz>');
  if (questions.length < minQuestions)
    problems.push(`quiz has ${questions.length} questions; at least ${minQuestions} needed`);
  if (!questions.some((q) => q.kind === 'single')) problems.push('quiz has no single-answer question');
  if (!questions.some((q) => q.kind === 'multiple')) problems.push('quiz has no multiple-answer question');
  if (!questions.some((q) => q.scenario)) problems.push('quiz has no scenario question');

  // CNT-3: addresses with a scheme must be listed sources; bare hosts must be reserved names or named platforms.
  const sourceUrls = new Set(frontmatter.sources.map((s) => s.url));
  const body = source.replace(/^---[\s\S]*?\n---/, '');
  for (const url of body.match(urlPattern) ?? []) {
    // A mock page's address in a Spotter may carry a scheme; it is fine as long as its host is reserved.
    if (!sourceUrls.has(url) && !reservedHost.test(new URL(url).hostname))
      problems.push(`links to ${url}, which is not in its sources`);
  }
  problems.push(...addressProblems([body.replace(urlPattern, ' '), ...svgs], sourceHosts(frontmatter.sources)));
  return [...new Set(problems)];
}

const sourceHosts = (sources: { url: string }[]) => sources.map((s) => new URL(s.url).hostname);

/** CNT-3: every bare host in the texts is a reserved name, a platform the course names, or a listed source's. */
export function addressProblems(texts: string[], hosts: string[] = []): string[] {
  const problems: string[] = [];
  for (const text of texts) {
    for (const host of text.match(hostPattern) ?? []) {
      if (!isAllowedHost(host, hosts)) {
        problems.push(
          `mentions the address "${host}": made-up addresses must use a reserved name (.example, .test, .invalid)`,
        );
      }
    }
  }
  return problems;
}

async function main() {
  const course = await getCourse();
  const rows: string[] = [];
  let failures = 0;
  for (const lesson of course) {
    const dir = path.join(lessonsDir, path.basename(path.dirname(lesson.file)));
    const source = readFileSync(path.join(dir, 'index.mdx'), 'utf8');
    const svgs = readdirSync(dir)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => readFileSync(path.join(dir, name), 'utf8').replace(/xmlns(:\w+)?="[^"]*"/g, ''));
    const problems = [...problemsFor(lesson, source, svgs), ...plainLanguageProblems(lesson, source)];
    const questions = lesson.quizzes.reduce((n, quiz) => n + quiz.questions.length, 0);
    const figures = lessonFigures(lesson, source);
    rows.push(
      [
        lesson.slug.padEnd(28),
        `${String(lesson.wordCount).padStart(5)} words`,
        `grade ${figures.grade.toFixed(1)}`,
        `longest ¶ ${String(figures.longestParagraph).padStart(2)}`,
        `${String(figures.minutes).padStart(2)} min`,
        `${String(lesson.frontmatter.sources.length).padStart(2)} sources`,
        `${String(questions).padStart(2)} questions`,
        `${lesson.spotters.length} spotters`,
        `largest gap ${String(figures.gap.words).padStart(3)} words`,
        problems.length ? 'FAIL' : 'ok',
      ].join('  '),
    );
    if (/^minutes:/m.test(source.split(/\n---/)[0] ?? ''))
      console.warn(`${lesson.file}: frontmatter "minutes" is ignored (reading time is computed); remove it`);
    for (const problem of problems) {
      console.error(`${lesson.file}: ${problem}`);
      failures++;
    }
  }
  console.log(rows.join('\n'));

  // The site pages' prose (content/pages): a bad field throws a LessonError naming the file, as the build would.
  const pages = readdirSync(pagesDir).filter((name) => name.endsWith('.mdx'));
  await Promise.all(pages.map((name) => compilePage(name.replace(/\.mdx$/, ''))));
  console.log(`\nSite pages: ${pages.length} compiled and valid.`);

  // The exam pool: validated like lessons (a LessonError names the file, item and field), and scanned for addresses.
  const pool = getExamPool();
  for (const { file } of readPoolSources()) {
    const source = readFileSync(file, 'utf8');
    for (const problem of new Set(addressProblems([source]))) {
      console.error(`${file}: ${problem}`);
      failures++;
    }
  }
  const artefacts = new Set([
    ...course.flatMap((lesson) => lesson.spotters.map((spotter) => JSON.stringify(spotter.artefact))),
    ...pool.flatMap((item) => (item.type === 'question' ? [] : [JSON.stringify(item.artefact)])),
  ]);
  const spotters = course.reduce((n, lesson) => n + lesson.spotters.length, 0);
  console.log(
    `\nExam pool: ${pool.length} items (${pool.filter(isGenuine).length} genuine) in ${new Set(pool.map((i) => i.topic)).size} topics; ` +
      `${spotters} red-flag exercises in lessons; ${artefacts.size} distinct mock artefacts.`,
  );
  if (artefacts.size < minArtefacts) {
    console.error(`content: only ${artefacts.size} distinct mock artefacts; issue 4 asks for at least ${minArtefacts}`);
    failures++;
  }
  if (failures) {
    console.error(`\n${failures} content problem(s).`);
    process.exit(1);
  }
  console.log(`\nContent checks passed for ${course.length} lessons.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
