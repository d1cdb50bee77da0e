/**
 * Checks of the exported site in out/, run by `npm test` after the build:
 * - SEC-2: no browser file contains `new Function`, `bundleMDX` or `getMDXComponent`; `unsafe-eval` nowhere.
 * - CNT-4: every internal link resolves to an exported page or file, and every #fragment to an id on that page.
 * - CNT-2: every link that opens a new tab has rel="noopener"; external links are https only.
 * - CNT-3: no href points at a host other than our sources' hosts or reserved names.
 * Exits 1 listing every problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { getCourse } from '../lib/content/lessons';
import { reportHosts } from '../lib/report/schema';
import { loadWhereToReport } from '../lib/report/where-to-report';
import { hostPattern, isAllowedHost, reservedHost } from './addresses';

const outDir = path.resolve(process.argv[2] ?? 'out');
const problems: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(outDir);
const rel = (file: string) => path.relative(outDir, file);

// SEC-2
for (const file of files.filter((f) => rel(f).startsWith('_next/') && f.endsWith('.js'))) {
  const text = readFileSync(file, 'utf8');
  for (const banned of ['new Function', 'bundleMDX', 'getMDXComponent']) {
    if (text.includes(banned)) problems.push(`SEC-2: ${rel(file)} contains "${banned}"`);
  }
}
for (const file of files.filter((f) => /\.(html|js|txt)$/.test(f) || path.basename(f) === '_headers')) {
  if (readFileSync(file, 'utf8').includes('unsafe-eval')) problems.push(`SEC-2: ${rel(file)} mentions unsafe-eval`);
}

/** The file a site path is served from, or undefined. */
function resolvePath(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(outDir, clean, 'index.html')]
    : [path.join(outDir, clean), path.join(outDir, `${clean}.html`)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const idsByFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
    ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
    idsByFile.set(file, ids);
  }
  return ids;
}

const course = await getCourse();
const sourceHosts = new Set([
  ...course.flatMap((lesson) => lesson.frontmatter.sources.map((s) => new URL(s.url).host)),
  // The report-it routes are vetted data of their own (content/report, checked in lib/report), not lesson sources.
  ...reportHosts(loadWhereToReport()),
]);

// CNT-3 over the rendered text too: every address a reader can see is a listed source, a platform the course
// names, our own site, or a reserved name.
const ownHost = new URL(process.env.SITE_URL ?? 'http://localhost:3000').hostname;
const allowedHost = (host: string) => host === ownHost || isAllowedHost(host, sourceHosts);

const pages = files.filter((f) => f.endsWith('.html'));
for (const page of pages) {
  const { document } = new JSDOM(readFileSync(page, 'utf8')).window;
  document.querySelectorAll('script, style').forEach((el) => el.remove());
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  for (const token of new Set(texts.join(' ').match(hostPattern) ?? [])) {
    const host = token.toLowerCase();
    if (!allowedHost(host)) problems.push(`CNT-3: ${rel(page)} shows the address "${token}"`);
  }
  const pagePath =
    '/' +
    rel(page)
      .replace(/index\.html$/, '')
      .replace(/\.html$/, '');
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    const where = `${rel(page)}: <a href="${href}">`;
    if (link.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(link.getAttribute('rel') ?? '')) {
      problems.push(`CNT-2: ${where} opens a new tab without rel="noopener"`);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      const url = new URL(href);
      if (url.protocol === 'mailto:') continue;
      if (url.protocol !== 'https:') problems.push(`CNT-2: ${where} is not https`);
      else if (!sourceHosts.has(url.host) && !reservedHost.test(url.hostname))
        problems.push(`CNT-3: ${where} is not a listed source`);
      continue;
    }
    // CNT-4: internal links and fragments.
    const [target, fragment] = href.startsWith('#')
      ? [pagePath, href.slice(1)]
      : [href.split('#')[0]!, href.split('#')[1]];
    const file = resolvePath(new URL(target, `http://site${pagePath}`).pathname);
    if (!file) problems.push(`CNT-4: ${where} points at a page that does not exist`);
    else if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
      problems.push(`CNT-4: ${where} points at #${fragment}, which is not on that page`);
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${rel(outDir) || 'out/'}.`);
  process.exit(1);
}
console.log(
  `Checked ${pages.length} pages and ${files.length} files in out/: no broken links or fragments, no eval, no live mock links.`,
);
