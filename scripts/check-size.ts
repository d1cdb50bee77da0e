/**
 * Byte budgets (issue 13): every exported route's first-load JavaScript (modern browsers, gzip) against the target of
 * 1.10 × the floor, a bare page of a fresh Next app (scripts/bench/floor-figure.ts, never a page of ours). Any route
 * over the target fails `npm test`: every route met it in December 2026, and the list of exceptions with their
 * causes that the check kept until then is gone. An embed host script over 1.5 KB fails as well. Budgets are
 * bytes, never time. Byte breakdowns of a route: scripts/bench/breakdown.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { floorCommand, pageRatio, recordedFloor } from './bench/floor-figure';
import { hostScriptBudget } from './host-script-budget';
import { exportedRoutes, gzipSize, pageWeight } from './page-weight';

const KB = 1024;
const target = Math.floor(recordedFloor.bytes * pageRatio);

const problems: string[] = [];
const installedNext = (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string })
  .version;
if (installedNext !== recordedFloor.next)
  problems.push(
    `The floor was measured with Next ${recordedFloor.next} but Next ${installedNext} is installed: run \`${floorCommand}\` and update scripts/bench/floor-figure.ts`,
  );

const outDir = path.resolve('out');
const routes = exportedRoutes(outDir);
if (routes.length === 0) problems.push('out/ holds no pages: run `npm run build` first');

const lines: string[] = [];
let overCount = 0;
for (const route of routes) {
  const { js } = pageWeight(outDir, route)!;
  const ratio = js / recordedFloor.bytes;
  const over = js > target;
  if (over) {
    overCount += 1;
    problems.push(
      `${route}: ${js} B JS gzip is ×${ratio.toFixed(3)} the floor, over the target of ${target} B (×${pageRatio})`,
    );
  }
  const mark = over ? '  OVER TARGET' : '';
  lines.push(`${route.padEnd(40)} ${(js / KB).toFixed(1).padStart(6)} KB  ×${ratio.toFixed(3)}${mark}`);
}
// EMB-8: the host script publishers load must exist and stay small.
const hostScript = path.join(outDir, 'embed', 'v1.js');
const hostSize = existsSync(hostScript) ? gzipSize(hostScript) : undefined;
if (hostSize === undefined) problems.push('/embed/v1.js is missing (npm run build runs scripts/build-embed.ts)');
else if (hostSize > hostScriptBudget)
  problems.push(`/embed/v1.js: ${hostSize} B gzip is over its budget of ${hostScriptBudget} B`);

console.log(
  `First-load JS per route, gzip, against the bare Next floor of ${(recordedFloor.bytes / KB).toFixed(1)} KB (target ×${pageRatio} = ${(target / KB).toFixed(1)} KB):`,
);
console.log(lines.join('\n'));
console.log(
  `\nTarget ×${pageRatio}: ${overCount ? `MISSED on ${overCount} of ${routes.length} routes` : `met on all ${routes.length} routes`}`,
);
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Host script ${hostSize} B of ${hostScriptBudget} B.`);
