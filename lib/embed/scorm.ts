/**
 * The SCORM 1.2 side of our LMS packages (EMB-14): finding the LMS's API object and turning the embed's events into
 * cmi.core values. Ours rather than pipwerks' wrapper: the standard API search is a dozen lines, and the wrapper's
 * SCORM 2004 support, debugging and global state are more than a launch page needs. SCORM 1.2 Runtime Environment
 * §3.3 (API discovery: the parent chain, then the opener's) and the cmi.core data model.
 *
 * Everything is guarded: without an API (the page opened outside an LMS, or an LMS that throws) the embed works on.
 */

/** The calls of a SCORM 1.2 API object we use. Values are strings, as the standard says. */
export type ScormApi = {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
};

type Searchable = { API?: unknown; parent?: Searchable | null; opener?: Searchable | null };

/** How many parents the standard search climbs (the ADL sample uses 7). */
const maxSearchDepth = 7;

const isApi = (value: unknown): value is ScormApi =>
  typeof value === 'object' &&
  value !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof (value as Record<string, unknown>)[name] === 'function',
  );

/** window.API on `start` or up to 7 parents above it; a cross-origin window ends the climb. */
function searchChain(start: Searchable | null | undefined): ScormApi | undefined {
  let win = start;
  for (let depth = 0; win && depth <= maxSearchDepth; depth++) {
    try {
      if (isApi(win.API)) return win.API;
      if (!win.parent || win.parent === win) return undefined;
      win = win.parent;
    } catch {
      // A parent on another origin throws on access: no API up there that we may use.
      return undefined;
    }
  }
  return undefined;
}

/** The standard search: the parent chain of `win`, then the chain of its opener (an LMS that opens a pop-up). */
export function findScormApi(win: Searchable): ScormApi | undefined {
  const found = searchChain(win);
  if (found) return found;
  try {
    return win.opener ? searchChain(win.opener) : undefined;
  } catch {
    return undefined;
  }
}

export type ScormKind = 'lesson' | 'exam';

type ScormSession = {
  lessonStarted(): void;
  lessonCompleted(): void;
  examScored(score: number, passed: boolean): void;
  finish(): void;
};

const done = new Set(['completed', 'passed']);

/** A session on `api` (or a silent one when there is none). Calls after finish() are ignored, as SCORM requires. */
export function startScormSession(api: ScormApi | undefined, kind: ScormKind): ScormSession {
  let open = false;
  const call = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch {
      return undefined;
    }
  };
  if (api) open = String(call(() => api.LMSInitialize(''))) === 'true';
  const get = (name: string) => (open ? (call(() => api!.LMSGetValue(name)) ?? '') : '');
  const set = (values: [string, string][]) => {
    if (!open) return;
    for (const [name, value] of values) call(() => api!.LMSSetValue(name, value));
    call(() => api!.LMSCommit(''));
  };
  const status = () => get('cmi.core.lesson_status');
  const best = () => Number(get('cmi.core.score.raw')) || 0;

  // A first launch is "incomplete" until the lesson is done or the exam is passed or failed.
  if (['', 'not attempted'].includes(status())) set([['cmi.core.lesson_status', 'incomplete']]);

  return {
    lessonStarted() {
      if (kind === 'lesson' && !done.has(status())) set([['cmi.core.lesson_status', 'incomplete']]);
    },
    lessonCompleted() {
      if (kind === 'lesson') set([['cmi.core.lesson_status', 'completed']]);
    },
    examScored(score, passed) {
      if (kind !== 'exam' || !Number.isInteger(score) || score < 0 || score > 100) return;
      // The best attempt counts: a later, lower attempt never takes a pass away.
      const keep = status() === 'passed' && score < best();
      if (keep) return;
      set([
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(score)],
        ['cmi.core.lesson_status', passed ? 'passed' : status() === 'passed' ? 'passed' : 'failed'],
      ]);
    },
    finish() {
      if (!open) return;
      open = false;
      call(() => api!.LMSFinish(''));
    },
  };
}
