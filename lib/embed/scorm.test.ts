import { describe, expect, test } from 'vitest';
import { findScormApi, startScormSession, type ScormApi } from './scorm';

/** A recording SCORM 1.2 API, like the mock LMS of e2e/embed-scorm.spec.ts. */
function recordingApi(initial: Record<string, string> = {}) {
  const calls: string[] = [];
  const data = { ...initial };
  const api: ScormApi = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (name) => data[name] ?? '',
    LMSSetValue: (name, value) => (calls.push(`${name}=${value}`), (data[name] = value), 'true'),
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
  };
  return { api, calls, data };
}

type Win = { API?: unknown; parent?: Win | null; opener?: Win | null };
/** A chain of `depth` windows above the launch page; the top one holds `api`. */
function chain(depth: number, api?: unknown): Win {
  const top: Win = { API: api };
  top.parent = top;
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('EMB-14: SCORM 1.2 API discovery', () => {
  const { api } = recordingApi();
  test.each([0, 1, 3, 7])('finds the API %d parents up', (depth) => {
    expect(findScormApi(chain(depth, api))).toBe(api);
  });

  test('stops after 7 parents, as the standard search does', () => {
    expect(findScormApi(chain(8, api))).toBeUndefined();
  });

  test("then searches the opener's chain", () => {
    const win: Win = { parent: null, opener: chain(2, api) };
    expect(findScormApi(win)).toBe(api);
  });

  test('ignores a spoofed or partial API object, and stops at a cross-origin parent', () => {
    expect(findScormApi(chain(1, { LMSInitialize: () => 'true' }))).toBeUndefined();
    expect(findScormApi(chain(1, 'API'))).toBeUndefined();
    const crossOrigin = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findScormApi({ parent: crossOrigin as Win })).toBeUndefined();
  });
});

describe('EMB-14: cmi.core values from the embed events', () => {
  test('a lesson: initialize, incomplete, completed, finish', () => {
    const { api, calls } = recordingApi({ 'cmi.core.lesson_status': 'not attempted' });
    const session = startScormSession(api, 'lesson');
    session.lessonStarted();
    session.lessonCompleted();
    session.finish();
    session.finish();
    expect(calls).toEqual([
      'LMSInitialize',
      'cmi.core.lesson_status=incomplete',
      'LMSCommit',
      'cmi.core.lesson_status=incomplete',
      'LMSCommit',
      'cmi.core.lesson_status=completed',
      'LMSCommit',
      'LMSFinish',
    ]);
  });

  test('a lesson completed earlier stays completed when reopened', () => {
    const { api, data } = recordingApi({ 'cmi.core.lesson_status': 'completed' });
    startScormSession(api, 'lesson').lessonStarted();
    expect(data['cmi.core.lesson_status']).toBe('completed');
  });

  test('the exam: score and passed or failed; a later lower attempt keeps the pass', () => {
    const { api, data } = recordingApi();
    const session = startScormSession(api, 'exam');
    session.examScored(60, false);
    expect(data).toMatchObject({ 'cmi.core.score.raw': '60', 'cmi.core.lesson_status': 'failed' });
    session.examScored(90, true);
    expect(data).toMatchObject({
      'cmi.core.score.raw': '90',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_status': 'passed',
    });
    session.examScored(50, false);
    expect(data).toMatchObject({ 'cmi.core.score.raw': '90', 'cmi.core.lesson_status': 'passed' });
  });

  test('nonsense scores and events of the other kind are ignored', () => {
    const { api, calls } = recordingApi({ 'cmi.core.lesson_status': 'incomplete' });
    const session = startScormSession(api, 'exam');
    session.examScored(101, true);
    session.examScored(Number.NaN, true);
    session.examScored(5.5, false);
    session.lessonCompleted();
    expect(calls).toEqual(['LMSInitialize']);
  });

  test('without an API, or with one that throws or refuses, nothing breaks', () => {
    expect(() => {
      const silent = startScormSession(undefined, 'lesson');
      silent.lessonStarted();
      silent.lessonCompleted();
      silent.finish();
    }).not.toThrow();
    const throwing = recordingApi().api;
    throwing.LMSSetValue = () => {
      throw new Error('LMS error');
    };
    expect(() => startScormSession(throwing, 'exam').examScored(90, true)).not.toThrow();
    const { api, calls } = recordingApi();
    api.LMSInitialize = () => 'false';
    startScormSession(api, 'lesson').lessonCompleted();
    expect(calls).toEqual([]);
  });
});
