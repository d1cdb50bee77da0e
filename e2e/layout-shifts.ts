import type { Page } from '@playwright/test';

type Shift = { value: number; from: string[] };

/**
 * Records every layout shift not caused by the reader's own input, as the CLS metric counts them, from the page's
 * first paint (a buffered observer, installed before any of the page's scripts). Call before `page.goto`.
 */
export const recordLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      })[])
        if (!entry.hadRecentInput)
          shifts.push({ value: entry.value, from: entry.sources.map((source) => source.node?.nodeName ?? '?') });
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** The shifts recorded so far, read two frames on so that a shift the last change caused has been reported. */
export async function layoutShifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}
