import { describe, expect, test } from 'vitest';
import { clampHeight, createResizeGuard, maxHeight, quietMs } from './resize';

describe('EMB-4: heights are clamped', () => {
  test.each([
    [0, 200],
    [199, 200],
    [200, 200],
    [5000, 5000],
    // EMB-11: a lesson with red-flag exercises on a 320 px phone is taller than the old 20,000 px cap.
    [30000, 30000],
    [100000, 100000],
    [100001, 100000],
    [1e9, 100000],
  ])('%d px becomes %d px', (reported, expected) => {
    expect(clampHeight(reported)).toBe(expected);
  });
});

describe('EMB-4: the resize guard', () => {
  test('applies real changes and ignores changes under 2 px', () => {
    const guard = createResizeGuard(720);
    expect(guard(721, 0)).toBeUndefined();
    expect(guard(1500, 10)).toEqual({ height: 1500 });
    expect(guard(1501, 20)).toBeUndefined();
    expect(guard(1502, 30)).toEqual({ height: 1502 });
    expect(guard(300000, 40)).toEqual({ height: 100000 });
    expect(guard(250000, 50)).toBeUndefined();
  });

  test('more than 10 changes in a second stop it, back at the height reported before the burst', () => {
    const guard = createResizeGuard(720);
    expect(guard(1500, 0)).toEqual({ height: 1500 });
    // 10 changes in one second: still resizing.
    for (let i = 1; i <= 10; i++) expect(guard(1500 + i * 10, 2000 + i * 90)).toEqual({ height: 1500 + i * 10 });
    // The 11th within the same second breaks the loop and goes back to the last good height.
    expect(guard(2000, 2950)).toEqual({ height: 1500, stop: true });
    // Stopped for good.
    expect(guard(3000, 9000)).toBeUndefined();
  });

  test('a loop that starts with the first report stops at that report, not at the snippet height', () => {
    const guard = createResizeGuard(720);
    for (let i = 0; i < 10; i++) expect(guard(1000 + i * 10, i * 50)).toEqual({ height: 1000 + i * 10 });
    expect(guard(2000, 600)).toEqual({ height: 1000, stop: true });
  });

  test('changes spread over time never trip the breaker', () => {
    const guard = createResizeGuard(720);
    for (let i = 1; i <= 50; i++) expect(guard(1000 + i * 10, i * 200)).toEqual({ height: 1000 + i * 10 });
  });

  test('a 1 px-per-frame runaway (min-height:100vh + growing body) is stopped within a second', () => {
    const guard = createResizeGuard(900);
    let stoppedAt: number | undefined;
    for (let frame = 1; frame <= 120 && stoppedAt === undefined; frame++) {
      const decision = guard(900 + frame, frame * 16.7);
      if (decision?.stop) stoppedAt = frame * 16.7;
    }
    expect(stoppedAt).toBeDefined();
    expect(stoppedAt!).toBeLessThan(1000);
  });

  test('heights that flip back and forth stop it at once, at the last good height', () => {
    const guard = createResizeGuard(800);
    expect(guard(1000, 0)).toEqual({ height: 1000 });
    expect(guard(1017, 30)).toEqual({ height: 1017 });
    expect(guard(1000, 60)).toEqual({ height: 1000 });
    expect(guard(1017, 90)).toEqual({ height: 1000, stop: true });
  });

  test('opening and closing a section once is not a loop', () => {
    const guard = createResizeGuard(800);
    expect(guard(1200, 0)).toEqual({ height: 1200 });
    expect(guard(1500, 200)).toEqual({ height: 1500 });
    expect(guard(1200, 400)).toEqual({ height: 1200 });
    expect(guard(1500, 2000)).toEqual({ height: 1500 });
  });
});

describe('EMB-11: a pause ends when the child goes quiet', () => {
  const flip = (guard: ReturnType<typeof createResizeGuard>) => {
    // A fast reader: check (taller), try again (shorter), check, try again, all within a second.
    guard(1000, 0);
    guard(1300, 100);
    guard(1000, 200);
    return guard(1300, 300);
  };

  test('check → retry → check → retry pauses, then resumes at the latest height once quiet', () => {
    const guard = createResizeGuard(800);
    expect(flip(guard)).toEqual({ height: 1000, stop: true });
    // A last answer while paused: remembered, not applied yet.
    expect(guard(1350, 400)).toBeUndefined();
    expect(guard.settle(400 + quietMs - 1)).toBeUndefined();
    expect(guard.settle(400 + quietMs)).toEqual({ height: 1350, resume: true });
    // Auto-resize is back: the next answer grows the frame at once.
    expect(guard(1500, 5000)).toEqual({ height: 1500 });
  });

  test('a loop that keeps reporting never settles', () => {
    const guard = createResizeGuard(900);
    let paused = false;
    for (let frame = 1; frame <= 600; frame++) {
      const now = frame * 16.7;
      if (guard(900 + frame, now)?.stop) paused = true;
      // The host asks quietMs after each report; every earlier report has been followed by another one since.
      if (paused) expect(guard.settle(now + 16)).toBeUndefined();
    }
    expect(paused).toBe(true);
  });

  test('settle does nothing while auto-resize runs, and the resumed height is clamped', () => {
    const guard = createResizeGuard(800);
    expect(guard(1000, 0)).toEqual({ height: 1000 });
    expect(guard.settle(10_000)).toBeUndefined();
    flip(guard);
    guard(1e9, 400);
    expect(guard.settle(400 + quietMs)).toEqual({ height: maxHeight, resume: true });
  });
});
