/**
 * The service worker (issue 15, RELIABILITY OFF-1..3): after the first visit every lesson, the exam and daily
 * practice open offline. Serwist does the caching (precache with a revision per file, written in by
 * scripts/build-sw.ts from the exported out/ folder); this file only configures it.
 *
 * Updates never break an open page (OFF-2): a new worker waits (no skipWaiting) while any tab still uses the old
 * one, whose cached chunks stay until then; the page offers a reload, which sends SKIP_WAITING (handled by Serwist).
 */
import { Serwist, type PrecacheEntry } from 'serwist';

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // /lessons/x/ is out/lessons/x/index.html; the RSC payloads are fetched with a cache-busting ?_rsc= parameter
    // that the static files ignore, so every parameter is ignored when looking a request up.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
  },
  skipWaiting: false,
  // The first worker takes the page that installed it, so client-side navigation works offline straight away.
  clientsClaim: true,
  navigationPreload: false,
});

serwist.addEventListeners();
