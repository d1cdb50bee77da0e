/**
 * Auto-height policy of the host script (RELIABILITY §1.4.5, EMB-4), as a pure function so it can be unit tested.
 *
 * Heights are clamped to [200, 20000] px (WordPress clamps to 200–1000; lessons are taller). Changes under 2 px are
 * ignored. Resize loops (a `vh` unit, `height:100%`, a scrollbar that appears and disappears) are broken: more than
 * 10 changes within one second, or heights that flip back and forth, stop auto-resizing for good; the iframe goes
 * back to the last good height and the host turns scrolling on. The last good height is the one the child reported
 * before the burst; if the burst began with the child's very first report, it is that first report (the snippet's
 * starting height was never a measurement of the lesson).
 */

export const minHeight = 200;
export const maxHeight = 20000;
const tolerance = 2;
const windowMs = 1000;
const maxChangesPerWindow = 10;

export const clampHeight = (height: number) => Math.min(maxHeight, Math.max(minHeight, height));

export type ResizeDecision = { height: number; stop?: true } | undefined;

/** Returns a function that takes each reported height (and the time) and says what to set, if anything. */
export function createResizeGuard(initialHeight: number) {
  let current = initialHeight;
  let measured = false;
  let stopped = false;
  // Accepted changes in the last second, with the height each one replaced and whether the child had reported it.
  const recent: { at: number; height: number; before: number; beforeMeasured: boolean }[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) < tolerance;

  return (reported: number, now: number): ResizeDecision => {
    if (stopped) return;
    const height = clampHeight(reported);
    if (near(height, current)) return;
    recent.push({ at: now, height, before: current, beforeMeasured: measured });
    measured = true;
    while (recent[0]!.at <= now - windowMs) recent.shift();
    const n = recent.length;
    const at = (i: number) => recent[n - i]!.height;
    const alternating = n >= 4 && near(at(1), at(3)) && near(at(2), at(4));
    if (n > maxChangesPerWindow || alternating) {
      stopped = true;
      const first = recent[0]!;
      current = first.beforeMeasured ? first.before : first.height;
      return { height: current, stop: true };
    }
    current = height;
    return { height };
  };
}
