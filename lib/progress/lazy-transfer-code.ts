import { lazyModule } from '@/lib/lazy-module';

/**
 * The progress code's encoder and decoder (./transfer-code, with lz-string), loaded only when a code is made or
 * restored, or when the learner points at a button that does so (issue 13): /progress/ shows its form without them.
 */
const loader = lazyModule(() => import('./transfer-code'));

export const transferCode = {
  ...loader,
  /** For hover and focus: starts the request early; a failure is left to the action, which waits for it. */
  preloadQuietly: () => void loader.preload().catch(() => {}),
};
