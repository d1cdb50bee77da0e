import { browserBundle } from './browser-bundle';

/** Past this the blocking script would start to cost first paint; today it is well under half of it. */
export const themeInitBudget = 1024;

/** public/theme-init.js as it ships, built from lib/theme-init.ts (the unit test runs this exact text). */
export const themeInitBundle = () =>
  browserBundle('lib/theme-init.ts', '/*! Scamwise theme-init | MIT licence | built from lib/theme-init.ts */');
