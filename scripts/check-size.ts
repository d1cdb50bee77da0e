/**
 * Byte budgets (issue 13): every exported route's first-load JavaScript (modern browsers, gzip) against the target of
 * 1.10 × the floor, a bare page of a fresh Next app (scripts/bench/floor-figure.ts, never a page of ours), reported
 * per route; a guard above today's heaviest route fails `npm test`, and so does an embed host script over 1.5 KB.
 * Budgets are bytes, never time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { floorCommand, guardRatio, pageRatio, recordedFloor } from './bench/floor-figure';
import { hostScriptBudget } from './host-script-budget';
import { exportedRoutes, gzipSize, pageWeight } from './page-weight';

const KB = 1024;
const target = Math.floor(recordedFloor.bytes * pageRatio);
const guard = Math.floor(recordedFloor.bytes * guardRatio);

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
let overTarget = 0;
for (const route of routes) {
  const { js } = pageWeight(outDir, route)!;
  const ratio = js / recordedFloor.bytes;
  if (js > target) overTarget += 1;
  const mark = js > guard ? '  OVER GUARD' : js > target ? '  over target' : '';
  lines.push(`${route.padEnd(40)} ${(js / KB).toFixed(1).padStart(6)} KB  ×${ratio.toFixed(3)}${mark}`);
  if (js > guard)
    problems.push(
      `${route}: ${js} B JS gzip is ×${ratio.toFixed(3)} the floor, over the guard of ${guard} B (×${guardRatio})`,
    );
}

// EMB-8: the host script publishers load must exist and stay small.
const hostScript = path.join(outDir, 'embed', 'v1.js');
const hostSize = existsSync(hostScript) ? gzipSize(hostScript) : undefined;
if (hostSize === undefined) problems.push('/embed/v1.js is missing (npm run build runs scripts/build-embed.ts)');
else if (hostSize > hostScriptBudget)
  problems.push(`/embed/v1.js: ${hostSize} B gzip is over its budget of ${hostScriptBudget} B`);

console.log(
  `First-load JS per route, gzip, against the bare Next floor of ${(recordedFloor.bytes / KB).toFixed(1)} KB (target ×${pageRatio} = ${(target / KB).toFixed(1)} KB; guard ×${guardRatio} = ${(guard / KB).toFixed(1)} KB):`,
);
console.log(lines.join('\n'));
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `Target ×${pageRatio}: ${overTarget ? `MISSED on ${overTarget} of ${routes.length} routes` : `met on all ${routes.length} routes`}. ` +
    `Guard ×${guardRatio} holds; host script ${hostSize} B of ${hostScriptBudget} B.`,
);
