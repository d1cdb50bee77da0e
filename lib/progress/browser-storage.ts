import { createSafeStorage } from './safe-storage';

/**
 * The one place that touches browser storage (ARCHITECTURE §4). Its own module, apart from the progress store, so
 * the site chrome (theme choice, storage notice) and small preferences reach storage without shipping the store,
 * its schema and its actions in every page's first-load JavaScript (issue 13).
 */
export const progressStorage = createSafeStorage(() =>
  typeof window === 'undefined' ? undefined : window.localStorage,
);
