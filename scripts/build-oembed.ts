/**
 * Writes the static oEmbed responses (EMB-13) that lesson and exam pages advertise with
 * `<link rel="alternate" type="application/json+oembed">`: out/oembed/lessons/<slug>.json and out/oembed/exam.json.
 * Static files, because the course has no server; each page points at its own file, so no `?url=` is needed.
 * Run by `npm run build` after `next build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseTargets } from './course-targets';
import { hostScriptIntegrity } from '../lib/embed/host-integrity';
import { oembedPath, oembedResponse } from '../lib/embed/oembed';
import { siteText } from '../lib/i18n/en/site';
import { siteUrl } from '../lib/site';

const outDir = path.resolve(process.argv[2] ?? 'out');
const targets = await courseTargets();
const integrity = hostScriptIntegrity();
for (const target of targets) {
  const file = path.join(outDir, oembedPath(target));
  mkdirSync(path.dirname(file), { recursive: true });
  const response = oembedResponse(target, { origin: siteUrl, providerName: siteText.siteName, integrity });
  writeFileSync(file, `${JSON.stringify(response, null, 2)}\n`);
}
console.log(`out/oembed/: ${targets.length} oEmbed responses for ${siteUrl}`);
