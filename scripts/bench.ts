/**
 * `npm run bench`: one table of the product's weight and speed, each figure beside its target (issue #6).
 *  1. Build time: the real course, then the course plus 200 generated lessons → marginal ms per lesson.
 *  2. A build of the real course with a bare reference page (the floor) added, then per page: JavaScript gzip as a
 *     modern browser loads it and its ratio to the floor, CSS and HTML gzip, and the host script's gzip size.
 *  3. Lighthouse 12.2.3 in Debian Chromium, mobile and desktop, median of 3 runs.
 * Writes bench-results/bench.json. A benchmark, not a test: budgets that fail `npm test` are byte budgets in
 * scripts/check-size.ts. Leaves out/ holding the bench build; run `npm run build` for a clean one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { gzipSize, pageWeight } from './page-weight';
import { startStaticServer } from './serve-static';

const root = process.cwd();
const outDir = path.join(root, 'out');
const lessonsDir = path.join(root, 'content', 'lessons');
const floorDir = path.join(root, 'app', 'bench-floor');
const extraLessons = 200;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4400);
const targets = { lessonRatio: 1.1, embedRatio: 1.15, hostScript: 1536, mobile: 98, desktop: 100, msPerLesson: 50 };

function build(env: Record<string, string> = {}): number {
  rmSync(path.join(root, '.next'), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  try {
    execFileSync('npx', ['next', 'build'], {
      stdio: 'pipe',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout ?? ''}${stderr ?? ''}`.split('\n').slice(-30).join('\n'));
    throw new Error('next build failed (its last lines are above)');
  }
  return performance.now() - start;
}

/** A course of the real lessons plus `count` copies of lesson 1, renumbered, with unique quiz ids. */
function generatedCourse(count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scamwise-bench-'));
  const folders = readdirSync(lessonsDir)
    .filter((name) => /^\d+-/.test(name))
    .sort();
  folders.forEach((folder) => cpSync(path.join(lessonsDir, folder), path.join(dir, folder), { recursive: true }));
  const template = folders[0]!;
  const source = readFileSync(path.join(lessonsDir, template, 'index.mdx'), 'utf8');
  for (let i = 1; i <= count; i++) {
    const order = folders.length + i;
    const slug = `generated-${order}`;
    const target = path.join(dir, `${String(order).padStart(2, '0')}-${slug}`);
    cpSync(path.join(lessonsDir, template), target, { recursive: true });
    const mdx = source
      .replace(/^order: \d+$/m, `order: ${order}`)
      .replace(/<Quiz\s+id="[^"]+"/g, `<Quiz id="${slug}-quiz"`);
    writeFileSync(path.join(target, 'index.mdx'), mdx);
  }
  return dir;
}

type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
};

async function lighthouseMedian(url: string, chromePort: number, form: 'mobile' | 'desktop'): Promise<Scores> {
  const results: Scores[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(
      url,
      { port: chromePort, output: 'json', logLevel: 'error' },
      form === 'desktop' ? desktopConfig : undefined,
    );
    const { categories, audits } = result!.lhr;
    results.push({
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
      seo: Math.round((categories.seo?.score ?? 0) * 100),
      lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbt: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    });
  }
  // The median run by performance score, as Lighthouse CI's median-run does.
  return results.sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)]!;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

async function main() {
  // The host script is built before next build, as `npm run build` does (the publisher page hashes it).
  execFileSync('npx', ['tsx', 'scripts/build-embed.ts'], { stdio: 'ignore' });

  // 1. Build cost per lesson.
  console.log('Building the course with 200 generated lessons…');
  const bigCourse = generatedCourse(extraLessons);
  const bigMs = build({ SCAMWISE_LESSONS_DIR: bigCourse });
  rmSync(bigCourse, { recursive: true, force: true });

  // 2. The real course with the floor page; this is the build the rest is measured on.
  console.log('Building the course with a bare reference page…');
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(path.join(floorDir, 'page.tsx'), 'export default function BenchFloor() {\n  return <p>Floor</p>;\n}\n');
  let realMs: number;
  try {
    realMs = build();
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  const lessonCount = readdirSync(lessonsDir).filter((name) => /^\d+-/.test(name)).length;
  const msPerLesson = (bigMs - realMs) / extraLessons;

  const firstLesson = readdirSync(lessonsDir)
    .filter((n) => /^\d+-/.test(n))
    .sort()[0]!
    .replace(/^\d+-/, '');
  const pages = [
    { name: 'floor (bare page)', route: '/bench-floor/' },
    { name: 'home', route: '/' },
    { name: 'lesson', route: `/lessons/${firstLesson}/` },
    { name: 'exam', route: '/exam/' },
    { name: 'embed (lesson)', route: `/embed/lessons/${firstLesson}/` },
  ];
  const floor = pageWeight(outDir, '/bench-floor/')!;
  const hostScript = existsSync(path.join(outDir, 'embed', 'v1.js'))
    ? gzipSize(path.join(outDir, 'embed', 'v1.js'))
    : undefined;

  // 3. Lighthouse on every page that exists.
  const server = await startStaticServer(port);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const rows = [];
  try {
    for (const page of pages) {
      const weight = pageWeight(outDir, page.route);
      if (!weight) {
        rows.push({ ...page, missing: true as const });
        continue;
      }
      console.log(`Lighthouse: ${page.route}`);
      const url = `http://localhost:${port}${page.route}`;
      const mobile = await lighthouseMedian(url, chrome.port, 'mobile');
      const desktop = await lighthouseMedian(url, chrome.port, 'desktop');
      rows.push({ ...page, weight, ratio: weight.js / floor.js, mobile, desktop });
    }
  } finally {
    await chrome.kill();
    server.close();
  }

  // The table.
  const lines: string[] = [];
  lines.push(
    '',
    `Scamwise bench — ${new Date().toISOString().slice(0, 10)}, ${lessonCount} lessons, Lighthouse 12.2.3 median of ${runs}`,
    '',
  );
  lines.push(
    'page                 JS gzip   ×floor  target      CSS gz    HTML gz   LH mobile P/A/BP/SEO  LH desktop P/A/BP/SEO  LCP mob  TBT mob  CLS',
  );
  for (const row of rows) {
    if ('missing' in row) {
      lines.push(`${row.name.padEnd(20)} (not built yet: ${row.route})`);
      continue;
    }
    const { weight, ratio, mobile, desktop } = row;
    const limit =
      row.name === 'lesson' ? targets.lessonRatio : row.name.startsWith('embed') ? targets.embedRatio : undefined;
    const target = limit ? `≤${limit.toFixed(2)} ${mark(ratio <= limit)}` : '';
    const scores = (s: Scores) => `${s.performance}/${s.accessibility}/${s.bestPractices}/${s.seo}`;
    lines.push(
      `${row.name.padEnd(20)} ${pad(kb(weight.js), 9)} ${pad(ratio.toFixed(3), 7)}  ${target.padEnd(10)} ${pad(kb(weight.css), 8)} ${pad(kb(weight.html), 9)}   ${pad(scores(mobile), 19)}  ${pad(scores(desktop), 21)}  ${pad(mobile.lcp + ' ms', 7)} ${pad(mobile.tbt + ' ms', 7)}  ${mobile.cls}`,
    );
  }
  const measured = rows.filter((r) => !('missing' in r)) as Extract<(typeof rows)[number], { weight: unknown }>[];
  const mobileOk = measured.every((r) =>
    [r.mobile.performance, r.mobile.accessibility, r.mobile.bestPractices, r.mobile.seo].every(
      (s) => s >= targets.mobile,
    ),
  );
  const desktopOk = measured.every((r) =>
    [r.desktop.performance, r.desktop.accessibility, r.desktop.bestPractices, r.desktop.seo].every(
      (s) => s >= targets.desktop,
    ),
  );
  lines.push('');
  lines.push(
    `Turbopack ships one shared client chunk to every page, the floor included: ${kb(floor.ownJs)} of the floor's ${kb(floor.js)} is our code; the framework alone is ${kb(floor.js - floor.ownJs)}.`,
  );
  lines.push(
    `Lighthouse mobile ≥ ${targets.mobile} in every category: ${mark(mobileOk)}; desktop = ${targets.desktop}: ${mark(desktopOk)}`,
  );
  lines.push(
    hostScript === undefined
      ? 'Host script /embed/v1.js: not built yet'
      : `Host script /embed/v1.js: ${hostScript} B gzip (target ≤ ${targets.hostScript} B: ${mark(hostScript <= targets.hostScript)})`,
  );
  lines.push(
    `Build: real course (${lessonCount} lessons) ${(realMs / 1000).toFixed(1)} s; +${extraLessons} lessons ${(bigMs / 1000).toFixed(1)} s; marginal ${msPerLesson.toFixed(1)} ms per lesson (target ≤ ${targets.msPerLesson}: ${mark(msPerLesson <= targets.msPerLesson)})`,
  );
  console.log(lines.join('\n'));

  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    lessons: lessonCount,
    runs,
    targets,
    pages: rows,
    hostScriptGzip: hostScript ?? null,
    build: { realMs, bigMs, extraLessons, msPerLesson },
  };
  writeFileSync(path.join(root, 'bench-results', 'bench.json'), JSON.stringify(json, null, 2));
  console.log('\nWrote bench-results/bench.json');
}

await main();
