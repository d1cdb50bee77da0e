/**
 * Auto-height policy of the host script (RELIABILITY §1.4.5, EMB-4, EMB-11), as pure functions so they can be unit
 * tested.
 *
 * Heights are clamped to [200, 100000] px: the ceiling only stops an absurd value from a broken page (a lesson with
 * red-flag exercises is about 25,000 px tall on a 320 px phone, so the old 20,000 px cap cut lessons off). Changes
 * under 2 px are ignored. Resize loops (a `vh` unit, `height:100%`, a scrollbar that appears and disappears) are
 * broken: more than 10 changes within one second, or heights that flip back and forth, pause auto-resizing; the
 * iframe goes back to the last good height and the host turns scrolling on. The last good height is the one the
 * child reported before the burst; if the burst began with the child's very first report, it is that first report
 * (the snippet's starting height was never a measurement of the lesson).
 *
 * A pause ends when the child has been quiet for `quietMs` (EMB-11): a real loop reports every frame, so it never
 * goes quiet, while a reader who checks, retries and checks again quickly stops clicking. `settle` then applies the
 * latest height, so a burst of quick answers never leaves the lesson in a scrolling box for the rest of the visit.
 */

export const minHeight = 200;
export const maxHeight = 100_000;
export const quietMs = 1500;
const tolerance = 2;
const windowMs = 1000;
const maxChangesPerWindow = 10;

export const clampHeight = (height: number) => Math.min(maxHeight, Math.max(minHeight, height));

export type ResizeDecision = { height: number; stop?: true; resume?: true } | undefined;

export type ResizeGuard = {
  /** Takes each reported height and the time, and says what to set, if anything. */
  (reported: number, now: number): ResizeDecision;
  /** Called `quietMs` after a report while paused: resumes, with the latest height, if nothing came since. */
  settle(now: number): ResizeDecision;
};

export function createResizeGuard(initialHeight: number): ResizeGuard {
  let current = initialHeight;
  let measured = false;
  let paused = false;
  let latest = initialHeight;
  let latestAt = 0;
  // Accepted changes in the last second, with the height each one replaced and whether the child had reported it.
  let recent: { at: number; height: number; before: number; beforeMeasured: boolean }[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) < tolerance;

  const guard = (reported: number, now: number): ResizeDecision => {
    const height = clampHeight(reported);
    latest = height;
    latestAt = now;
    if (paused || near(height, current)) return;
    recent.push({ at: now, height, before: current, beforeMeasured: measured });
    measured = true;
    while (recent[0]!.at <= now - windowMs) recent.shift();
    const n = recent.length;
    const at = (i: number) => recent[n - i]!.height;
    const alternating = n >= 4 && near(at(1), at(3)) && near(at(2), at(4));
    if (n > maxChangesPerWindow || alternating) {
      paused = true;
      const first = recent[0]!;
      current = first.beforeMeasured ? first.before : first.height;
      return { height: current, stop: true };
    }
    current = height;
    return { height };
  };

  guard.settle = (now: number): ResizeDecision => {
    if (!paused || now - latestAt < quietMs) return;
    paused = false;
    recent = [];
    current = latest;
    return { height: latest, resume: true };
  };
  return guard;
}
