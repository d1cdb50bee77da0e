/**
 * The Scamwise host script: publishers load it with the embed snippet (built into public/embed/v1.js by
 * scripts/build-embed.ts). It upgrades every `<iframe data-scamwise-embed>` that shows one of our pages
 * (lib/embed/host-core.ts). RELIABILITY §1.4, EMB-2..EMB-6.
 *
 * Without it the iframe still works at the snippet's fixed height; this script only adds to it.
 * Our own code, no dependencies, at most 1.5 KB gzip (checked by the build).
 */
import { startHost } from './host-core';

const script = document.currentScript as HTMLScriptElement | null;
const flags = window as { scamwiseHostV1?: boolean };

// A page that includes the snippet twice must not get every event twice.
if (script && !flags.scamwiseHostV1) {
  flags.scamwiseHostV1 = true;
  // LESSON_ORIGIN comes from where this file was loaded, so one build serves every deployment; compared with ===.
  startHost(new URL(script.src).origin);
}
