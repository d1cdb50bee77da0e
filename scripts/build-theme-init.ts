/**
 * Writes public/theme-init.js from lib/theme-init.ts. Run by `npm run dev`, `npm run build` and `npm run test:unit`
 * before anything serves or reads public/, so the file is never stale; it is generated, so git ignores it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { themeInitBudget, themeInitBundle } from './theme-init-bundle';

const outFile = path.resolve('public/theme-init.js');
const code = await themeInitBundle();
writeFileSync(outFile, code);
console.log(`public/theme-init.js: ${code.length} bytes (budget ${themeInitBudget})`);
if (code.length > themeInitBudget) {
  console.error(`public/theme-init.js is over its ${themeInitBudget}-byte budget: it blocks first paint.`);
  process.exit(1);
}
