/**
 * Writes a SCORM 1.2 package per lesson and one for the exam (EMB-14): out/scorm/<slug>.zip and out/scorm/exam.zip,
 * each an imsmanifest.xml, a launch page framing the hosted embed (absolute URL from SITE_URL) and launch.js
 * (lib/embed/scorm-launch.ts). Schools upload them to Moodle, Canvas or TalentLMS. Run by `npm run build`.
 * Zipped with fflate (small, MIT, pinned), since node has no zip writer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseTargets } from './course-targets';
import { browserBundle } from './browser-bundle';
import { strToU8, zipSync } from 'fflate';
import { scormPackage, scormPackagePath } from '../lib/embed/scorm-package';
import { passMark } from '../lib/exam/score';
import { siteUrl } from '../lib/site';

const outDir = path.resolve(process.argv[2] ?? 'out');
const script = await browserBundle('lib/embed/scorm-launch.ts', '/*! Scamwise SCORM 1.2 launch | MIT licence */');

const targets = await courseTargets();
const sizes: number[] = [];
for (const target of targets) {
  const files = scormPackage(target, { origin: siteUrl, masteryScore: Math.round(passMark * 100) });
  // A fixed date, so the same build makes byte-identical packages.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const zip = zipSync(
    Object.fromEntries(
      [...Object.entries(files), ['launch.js', script] as const].map(([name, text]) => [
        name,
        [strToU8(text), { mtime }],
      ]),
    ),
    { level: 9 },
  );
  const file = path.join(outDir, scormPackagePath(target));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, zip);
  sizes.push(zip.length);
}
console.log(
  `out/scorm/: ${targets.length} SCORM 1.2 packages for ${siteUrl}, ${Math.min(...sizes)}–${Math.max(...sizes)} bytes each`,
);
