/**
 * `npm run bench`: the product's weight and speed, each figure beside its target (issue 13).
 *  1. The floor: a bare page of a fresh Next app built in a temporary folder (scripts/bench/floor.ts), compared with
 *     the figure scripts/check-size.ts budgets against (scripts/bench/floor-figure.ts).
 *  2. Build cost: the real course and the course plus 200 generated lessons, with cold and with kept caches.
 *  3. Every exported route's first-load JS (modern browsers, gzip) and its ratio to the floor.
 *  4. Lighthouse 12.2.3 mobile and desktop, median of 3, served compressed like a real host, on our pages and on the
 *     floor's (the framework's own scores on this machine); any errored audit or unscored category stops the bench
 *     (scripts/bench/lighthouse.ts).
 *  5. Time to first answer on a lesson under Lighthouse's mobile throttling, applied through DevTools.
 * Writes bench-results/bench.json; exits 1 if Lighthouse broke or the floor drifted. Leaves out/ holding a normal
 * build of the real course.
 */
import { hostScriptBudget } from './host-script-budget';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCosts, extraLessons, pagesPerGeneratedLesson } from './bench/build-cost';
import { barePageCost, measureFloor } from './bench/floor';
import { floorCommand, pageRatio, recordedFloor } from './bench/floor-figure';
import { timeToFirstAnswer } from './bench/first-answer';
import { launchChromium, lighthouseMedian, type Scores } from './bench/lighthouse';
import { exportedRoutes, gzipSize, pageWeight } from './page-weight';
import { startStaticServer } from './serve-static';

const root = process.cwd();
const outDir = path.join(root, 'out');
const lessonsDir = path.join(root, 'content', 'lessons');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4400);
const targets = {
  mobile: 98,
  desktop: 100,
  msPerLesson: 50,
  firstAnswerMs: 4000,
  hostScript: hostScriptBudget,
  floorDrift: 0.01,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Audited = { mobile: Scores; desktop: Scores };
/** Lighthouse mobile and desktop, median of `runs` each, in the one Chromium the bench keeps open. */
async function audit(url: string): Promise<Audited> {
  return {
    mobile: await lighthouseMedian(url, chrome.port, 'mobile', runs),
    desktop: await lighthouseMedian(url, chrome.port, 'desktop', runs),
  };
}

const chrome = await launchChromium();

console.log('Building the floor: a bare page in a fresh Next app, then Lighthouse on it, served as ours are…');
// The floor's scores are the framework's own on this machine: what no page of ours can beat.
const { bytes: floor, audited: floorScores } = await measureFloor(root, async (floorOut) => {
  writeFileSync(path.join(floorOut, '_headers'), '');
  const floorServer = await startStaticServer(port + 1, floorOut);
  try {
    return await audit(`http://localhost:${port + 1}/`);
  } finally {
    floorServer.close();
  }
});
const drift = floor / recordedFloor.bytes - 1;

// BENCH_BUILD_COST=0 skips the four builds (most of the bench's time) and measures the out/ already there.
const measureBuilds = process.env.BENCH_BUILD_COST !== '0';
console.log(
  measureBuilds
    ? "Build cost: 2 bare builds (Next's cost per page), then 4 of ours (real and +200 lessons, each cold, then with kept caches)…"
    : 'Build cost: skipped',
);
// Next's own cost per exported page (two more bare builds), so the build cost can be read against the framework's.
const pageCost = measureBuilds ? await barePageCost(root) : undefined;
// Leaves out/ holding the real course.
const { cold, kept: warm } = measureBuilds ? buildCosts(lessonsDir) : { cold: undefined, kept: undefined };

const weights = exportedRoutes(outDir).map((route) => ({ route, js: pageWeight(outDir, route)!.js }));
// Lighthouse and the first answer are measured on the heaviest lesson (one with a red-flag exercise), not the lightest.
const heaviest = (prefix: string) =>
  weights.filter((w) => w.route.startsWith(prefix)).sort((a, b) => b.js - a.js)[0]!.route;
const lessonRoute = heaviest('/lessons/');
const embedRoute = heaviest('/embed/lessons/');
const audited = [
  { name: 'home', route: '/', indexed: true },
  { name: 'lesson', route: lessonRoute, indexed: true },
  { name: 'exam', route: '/exam/', indexed: true },
  { name: 'publishers', route: '/publishers/', indexed: true },
  { name: 'embed (lesson)', route: embedRoute, indexed: false },
];

const server = await startStaticServer(port);
const scores: ({ name: string; route: string; indexed: boolean } & Audited)[] = [];
let firstAnswers: number[];
try {
  for (const page of audited) {
    console.log(`Lighthouse ×${runs} mobile and desktop: ${page.route}`);
    scores.push({ ...page, ...(await audit(`http://localhost:${port}${page.route}`)) });
  }
  await chrome.kill();
  console.log('Time to first answer…');
  firstAnswers = await timeToFirstAnswer(`http://localhost:${port}${lessonRoute}`, runs);
} finally {
  server.close();
}

const lines: string[] = ['', `Scamwise bench, ${new Date().toISOString().slice(0, 10)}, ${weights.length} routes`];
lines.push(
  '',
  `Floor (bare Next page, measured now): ${floor} B = ${kb(floor)} JS gzip; check-size uses ${recordedFloor.bytes} B (${recordedFloor.measured}): ` +
    (Math.abs(drift) <= targets.floorDrift
      ? `within ${targets.floorDrift * 100}% (${(drift * 100).toFixed(2)}%)`
      : `DRIFTED ${(drift * 100).toFixed(2)}%: run \`${floorCommand}\` and update scripts/bench/floor-figure.ts`),
  '',
  `route                                      JS gzip   ×floor  (target ≤ ${pageRatio.toFixed(2)})`,
);
for (const { route, js } of weights) {
  const ratio = js / floor;
  lines.push(`${route.padEnd(40)} ${kb(js).padStart(9)}   ${ratio.toFixed(3)}  ${mark(ratio <= pageRatio)}`);
}
lines.push(
  '',
  `Lighthouse 12.2.3, median of ${runs}, served compressed   mobile P/A/BP/SEO   desktop P/A/BP/SEO   LCP mob  TBT mob  CLS`,
);
const categories = (s: Scores) => [s.performance, s.accessibility, s.bestPractices, s.seo];
let lighthouseOk = true;
const scoreLine = (name: string, route: string, row: Audited, verdict: string) =>
  `${name.padEnd(16)} ${route.padEnd(40)} ${categories(row.mobile).join('/').padStart(15)}   ${categories(row.desktop).join('/').padStart(15)}   ${`${row.mobile.lcp} ms`.padStart(7)} ${`${row.mobile.tbt} ms`.padStart(7)}  ${row.mobile.cls}  ${verdict}`;
// Not judged: the bare page has no title or description, and is only there to show the framework's own figures.
lines.push(scoreLine('floor', '/ of the bare Next app', floorScores, '(the framework alone)'));
for (const row of scores) {
  // SEO is excepted on noindex embeds: "not indexable" is their purpose.
  const judged = (s: Scores) => (row.indexed ? categories(s) : categories(s).slice(0, 3));
  const ok =
    judged(row.mobile).every((s) => s >= targets.mobile) && judged(row.desktop).every((s) => s >= targets.desktop);
  lighthouseOk &&= ok;
  lines.push(scoreLine(row.name, row.route, row, mark(ok)));
}
const indexes = [floorScores, ...scores].flatMap((row) => [row.mobile.benchmarkIndex, row.desktop.benchmarkIndex]);
lines.push(
  `Targets: mobile ≥ ${targets.mobile} and desktop ${targets.desktop} in every category (SEO excepted on noindex embeds): ${mark(lighthouseOk)}`,
  `Lighthouse's benchmarkIndex of this machine: median ${median(indexes)} (${Math.min(...indexes)}–${Math.max(...indexes)}); its mobile preset slows the CPU ×4 whatever the machine, so a slower machine scores every page lower, the floor's too`,
);
const firstAnswer = median(firstAnswers);
lines.push(
  '',
  `Time to first answer on ${lessonRoute} (DevTools throttling: Lighthouse mobile network, CPU ×4): median ${firstAnswer} ms of [${firstAnswers.join(', ')}] (target ≤ ${targets.firstAnswerMs}: ${mark(firstAnswer <= targets.firstAnswerMs)})`,
);
const hostScript = gzipSize(path.join(outDir, 'embed', 'v1.js'));
lines.push(
  `Host script /embed/v1.js: ${hostScript} B gzip (target ≤ ${targets.hostScript}: ${mark(hostScript <= targets.hostScript)})`,
);
const costLine = (label: string, cost: typeof cold) =>
  !cost
    ? `Build, ${label}: not measured (BENCH_BUILD_COST=0)`
    : `Build, ${label}: real course ${(cost.realMs / 1000).toFixed(1)} s, +${extraLessons} lessons ${(cost.bigMs / 1000).toFixed(1)} s: marginal ${cost.msPerLesson.toFixed(1)} ms per lesson (target ≤ ${targets.msPerLesson}: ${mark(cost.msPerLesson <= targets.msPerLesson)})`;
lines.push(costLine('caches emptied (fresh clone)', cold), costLine('caches kept (node_modules/.cache)', warm));
if (pageCost !== undefined) {
  const pages = pagesPerGeneratedLesson(lessonsDir);
  lines.push(
    `Next's own share: a bare app's build costs ${pageCost.toFixed(1)} ms per exported page; a generated lesson exports ${pages} pages (page, embed, social card, ${pages - 3} exercise embeds) = ${(pageCost * pages).toFixed(1)} ms per lesson before any of our work`,
  );
}
console.log(lines.join('\n'));

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const json = {
  date: new Date().toISOString(),
  runs,
  targets,
  floor,
  floorScores,
  recordedFloor,
  weights,
  scores,
  firstAnswers,
  hostScript,
  cold,
  warm,
  barePageMs: pageCost,
};
writeFileSync(path.join(root, 'bench-results', 'bench.json'), JSON.stringify(json, null, 2));
console.log('\nWrote bench-results/bench.json');
if (Math.abs(drift) > targets.floorDrift) process.exit(1);
