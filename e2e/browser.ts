import { existsSync } from 'node:fs';

/**
 * The browsers the tests drive: Debian's Chromium (no browser downloads here), in two builds of the same version.
 *
 * Most specs run in the headless shell (apt `chromium-headless-shell`), the same Blink and V8 without the desktop
 * browser around them, which is what Playwright itself runs headless tests in by default: about a third less CPU per
 * test than the full browser, measured on this project's journeys and accessibility checks.
 *
 * The full browser blocks third-party storage in Playwright's off-the-record contexts, as a reader's browser may;
 * the headless shell partitions it, as Chrome does by default (and no switch makes it block:
 * --test-third-party-cookie-phaseout and ForceThirdPartyCookieBlocking were tried). embed-host.spec.ts checks what
 * an embed on another site does when its storage is blocked ("progress won't be kept here", STO-1, STO-8, EMB-7),
 * so it runs in the full browser. The other embed specs pass in either; embeds without storage at all (sandboxes
 * without allow-same-origin: WordPress, the strict-sandbox test) are the same in both.
 *
 * CHROMIUM_PATH names another full Chromium; CHROMIUM_HEADLESS_SHELL_PATH another headless shell. Without a
 * headless shell, every spec runs in the full browser.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const shellPath = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
export const headlessShellPath = existsSync(shellPath) ? shellPath : chromiumPath;

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
