/**
 * Builds the host script (lib/embed/host.ts) into public/embed/v1.js: one minified ES2018 file with no
 * dependencies, for publishers to load from our origin (RELIABILITY §1.3, EMB-8). Run by `npm run build` before
 * `next build`, so the publisher page can compute the snippet's SRI hash from the exact file that ships.
 * Fails if the gzip size goes over the 1.5 KB budget.
 */
import { hostScriptBudget } from './host-script-budget';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserBundle } from './browser-bundle';

// Every absolute address the build writes (canonical links, oEmbed, SCORM packages) comes from SITE_URL.
if (!process.env.SITE_URL) {
  console.warn(
    'warning: SITE_URL is not set, so canonical links, the oEmbed responses and the SCORM packages will point to ' +
      'http://localhost:3000. Set SITE_URL=https://your-domain when building for deployment.',
  );
}

const outFile = path.resolve('public/embed/v1.js');

const code = await browserBundle(
  'lib/embed/host.ts',
  '/*! Scamwise embed v1 | MIT licence | our own code, no dependencies */',
);
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, code);

const gzip = gzipSync(code, { level: 9 }).length;
console.log(`public/embed/v1.js: ${code.length} bytes, ${gzip} bytes gzip (budget ${hostScriptBudget})`);
if (gzip > hostScriptBudget) {
  console.error(`The host script is over its ${hostScriptBudget}-byte gzip budget.`);
  process.exit(1);
}
