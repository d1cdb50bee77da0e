/**
 * Byte budgets that fail `npm test` (issue #6): the JavaScript a modern browser loads for each exported page, gzip,
 * and the embed host script. Budgets are bytes, never time. They sit at the ratios over the bare-page floor
 * that `npm run bench` measures (163 KB gzip on 2026-11-25, after the exam and embeds landed): pages 1.10 × floor,
 * embeds 1.15 × floor.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exportedRoutes, gzipSize, pageWeight } from './page-weight';

const KB = 1024;
const floor = 163 * KB;
const budgets: { pattern: RegExp; label: string; bytes: number }[] = [
  { pattern: /^\/embed\//, label: 'embed page JS', bytes: Math.round(floor * 1.15) },
  { pattern: /.*/, label: 'page JS', bytes: Math.round(floor * 1.1) },
];
const hostScriptBudget = 1536;

const outDir = path.resolve('out');
const routes = exportedRoutes(outDir);

const problems: string[] = [];
let largest = { route: '', js: 0, budget: 0 };
for (const route of routes) {
  const weight = pageWeight(outDir, route)!;
  const budget = budgets.find((b) => b.pattern.test(route))!;
  if (weight.js > largest.js) largest = { route, js: weight.js, budget: budget.bytes };
  if (weight.js > budget.bytes)
    problems.push(`${route}: ${budget.label} ${weight.js} B gzip is over its budget of ${budget.bytes} B`);
}
// EMB-8: the host script publishers load must exist and stay small.
const hostScript = path.join(outDir, 'embed', 'v1.js');
const hostSize = existsSync(hostScript) ? gzipSize(hostScript) : undefined;
if (hostSize === undefined) problems.push('/embed/v1.js is missing (npm run build runs scripts/build-embed.ts)');
else if (hostSize > hostScriptBudget)
  problems.push(`/embed/v1.js: ${hostSize} B gzip is over its budget of ${hostScriptBudget} B`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Size budgets hold for ${routes.length} pages (largest: ${largest.route} ${(largest.js / KB).toFixed(1)} KB JS gzip of its ${(largest.budget / KB).toFixed(0)} KB budget)` +
    (hostSize !== undefined ? `; host script ${hostSize} B of ${hostScriptBudget} B.` : '.'),
);
