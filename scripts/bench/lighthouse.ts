/**
 * Lighthouse 12.2.3 in Debian Chromium, median of several runs. A run in which any category has no score or any
 * audit errored is not a score at all (this Chromium's traces have crashed audits such as the LCP element and
 * render-blocking ones), so it throws, naming every failed audit, instead of letting a category quietly lose points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';

export type Form = 'mobile' | 'desktop';

export type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's own measure of the machine's speed, which its simulated throttling does not adjust for. */
  benchmarkIndex: number;
};

type TraceEvent = { name: string; ph: string; cat: string; id?: string; id2?: { local?: string; global?: string } };
type TraceEvents = { traceEvents: (TraceEvent & { args?: { chrome_frame_reporter?: unknown } })[] };

/**
 * This Chromium (156) emits PipelineReporter frames whose begin event has no `chrome_frame_reporter`; Lighthouse
 * 12.2.3's trace engine reads `frame_sequence` from it unguarded, and the RootCauses/TraceElements gatherers and the
 * render-blocking audit crash. Lighthouse 13 needs Node 22, so the collected trace drops those frames (begin and end)
 * before Lighthouse reads it. Those frames only move screenshot timestamps to the moment of presentation (a frame or
 * so later, read by Speed Index); without them the engine uses each screenshot's own time, as it already does for a
 * trace's first and last frame. Every other event, and so every other metric and audit, is untouched.
 */
export function withoutUnreadableFrames<T extends TraceEvents>(trace: T): T {
  const key = (event: TraceEvent) => `${event.cat}:${event.id ?? event.id2?.global ?? event.id2?.local}`;
  const unreadable = new Set(
    trace.traceEvents
      .filter((event) => event.name === 'PipelineReporter' && event.ph === 'b' && !event.args?.chrome_frame_reporter)
      .map(key),
  );
  const traceEvents = trace.traceEvents.filter(
    (event) => !(event.name === 'PipelineReporter' && unreadable.has(key(event))),
  );
  return { ...trace, traceEvents };
}

const collectTrace = TraceGatherer.endTraceAndCollectEvents.bind(TraceGatherer);
TraceGatherer.endTraceAndCollectEvents = async (session) => withoutUnreadableFrames(await collectTrace(session));

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Every way a report can be broken: a runtime error, a category without a score, an audit that errored. */
export function lighthouseErrors(lhr: Lhr): string[] {
  const errors: string[] = [];
  if (lhr.runtimeError) errors.push(`runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const [id, category] of Object.entries(lhr.categories))
    if (category.score === null) errors.push(`category ${id} has no score`);
  for (const [id, audit] of Object.entries(lhr.audits))
    if (audit.scoreDisplayMode === 'error' || audit.errorMessage)
      errors.push(`audit ${id}: ${audit.errorMessage ?? 'error'}`);
  return errors;
}

export async function launchChromium() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** The median run by performance score, as Lighthouse CI's median-run does. Throws if any run errored. */
export async function lighthouseMedian(url: string, chromePort: number, form: Form, runs: number): Promise<Scores> {
  const results: Scores[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(
      url,
      { port: chromePort, output: 'json', logLevel: 'error' },
      form === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned no report for ${url} (${form})`);
    const { lhr } = result;
    const errors = lighthouseErrors(lhr);
    if (errors.length)
      throw new Error(`Lighthouse ${form} run ${i + 1} on ${url} is broken:\n  ${errors.join('\n  ')}`);
    const { categories, audits } = lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    results.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbt: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    });
  }
  return results.sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)]!;
}
