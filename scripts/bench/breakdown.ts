/**
 * Which modules a page's first-load JavaScript is made of, beyond the framework: for each chunk a route loads, its
 * gzip size and the source files in it, each with its share of the chunk's gzip bytes (its share of the minified
 * bytes, from the source map, times the chunk's gzip size: gzip does not split per module, so shares are estimates
 * that add up to the chunk). Needs a build with source maps:
 *   SOURCE_MAPS=1 npx next build && npx tsx scripts/bench/breakdown.ts /lessons/common-scams/ /exam/
 * Chunks a bare Next app loads too (the same bytes, scripts/bench/floor.ts) are summed on one line as "framework".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';
import { gzipSize, pageScripts } from '../page-weight';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Framework chunks: those whose only sources are Next, React and Turbopack's runtime. */
const frameworkSource = (source: string) =>
  /node_modules\/(next|react|react-dom|scheduler|@swc\/helpers)\//.test(source) || /turbopack/.test(source);

/** Minified bytes per source file in one chunk, read from its source map. */
async function bytesBySource(file: string): Promise<Map<string, number>> {
  const code = readFileSync(file, 'utf8');
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const sizes = new Map<string, number>();
  if (!mapName || !existsSync(path.join(path.dirname(file), mapName))) {
    sizes.set('(no source map: build with SOURCE_MAPS=1)', code.length);
    return sizes;
  }
  const raw = JSON.parse(readFileSync(path.join(path.dirname(file), mapName), 'utf8')) as RawSourceMap;
  const lines = code.split('\n');
  await SourceMapConsumer.with(raw, null, (consumer) => {
    // Each mapping owns the bytes up to the next mapping on its line.
    let previous: { line: number; column: number; source: string } | undefined;
    const close = (line: number, column: number) => {
      if (!previous) return;
      const end = line === previous.line ? column : lines[previous.line - 1]!.length;
      sizes.set(previous.source, (sizes.get(previous.source) ?? 0) + Math.max(0, end - previous.column));
    };
    consumer.eachMapping((m) => {
      close(m.generatedLine, m.generatedColumn);
      const source = (m.source ?? '(runtime)').replace(/^.*?\/(node_modules\/|(?=app\/|components\/|lib\/))/, '');
      previous = { line: m.generatedLine, column: m.generatedColumn, source };
    });
    if (previous) close(previous.line + 1, 0);
  });
  return sizes;
}

/** Gzip bytes per source file for a route, summed over the chunks it loads. */
async function sourcesOf(outDir: string, route: string): Promise<{ total: number; sizes: Map<string, number> }> {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const sizes = new Map<string, number>();
  let total = 0;
  for (const url of pageScripts(html)) {
    const file = path.join(outDir, decodeURIComponent(url.split('?')[0]!));
    const gzip = gzipSize(file);
    total += gzip;
    const minified = await bytesBySource(file);
    const all = [...minified.values()].reduce((a, b) => a + b, 0) || 1;
    const chunk = path.basename(file);
    for (const [source, bytes] of minified) {
      const key = `${source}\t${chunk}`;
      sizes.set(key, (sizes.get(key) ?? 0) + (bytes / all) * gzip);
    }
  }
  return { total, sizes };
}

// FLOOR_OUT: the out/ of a bare app built with source maps; its sources are left out of the listing.
const floorOut = process.env.FLOOR_OUT;
const floorSources = new Set(
  floorOut ? [...(await sourcesOf(floorOut, '/')).sizes.keys()].map((key) => key.split('\t')[0]!) : [],
);

async function breakdown(route: string) {
  const { total, sizes } = await sourcesOf(outDir, route);
  const beyond = [...sizes].filter(([key]) => !floorSources.has(key.split('\t')[0]!) && !frameworkSource(key));
  const framework = [...sizes].filter(([key]) => !floorSources.has(key.split('\t')[0]!) && frameworkSource(key));
  const sum = (rows: [string, number][]) => Math.round(rows.reduce((a, [, b]) => a + b, 0));
  console.log(
    `${route}: ${KB(total)} JS gzip; beyond the floor: ours ${sum(beyond)} B, framework modules the floor lacks ${sum(framework)} B`,
  );
  for (const [key, bytes] of [...beyond, ...framework].sort((a, b) => b[1] - a[1]))
    if (bytes >= 80) console.log(`  ${String(Math.round(bytes)).padStart(6)} B  ${key.replace('\t', '   [') + ']'}`);
}

for (const route of process.argv.slice(2).filter((arg) => arg.startsWith('/'))) await breakdown(route);
