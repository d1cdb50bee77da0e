/**
 * Runs before first paint, loaded blocking from <head> as public/theme-init.js, so a remembered dark theme never
 * flashes light. A static file rather than an inline script, so the CSP needs no hash or innerHTML sink for it
 * (RELIABILITY SEC-8). scripts/build-theme-init.ts bundles this file; the lists and the storage key are imported,
 * never copied, so the script cannot drift from lib/embed/theme.ts or lib/progress/storage-keys.ts.
 */
import { parseAccent, parseTheme } from './embed/theme';
import { storageKeys } from './progress/storage-keys';

const root = document.documentElement;
root.classList.add('js');
const embed = location.pathname.indexOf('/embed/') === 0;
if (embed) {
  // Embeds look the way the publisher chose (?theme=, ?accent=), never like this browser's saved site choice. The
  // values only pass through the allowlists, so nothing from the address reaches the page (CNT-5);
  // components/embed/embed-theme.tsx does the same in React.
  const params = new URLSearchParams(location.search);
  root.setAttribute('data-theme', parseTheme(params.get('theme')));
  root.setAttribute('data-accent', parseAccent(params.get('accent')));
}
try {
  const choice = window.localStorage.getItem(storageKeys.theme);
  if (!embed && (choice === 'light' || choice === 'dark')) root.setAttribute('data-theme', choice);
} catch {
  // Storage blocked: follow the device setting. Embeds show their "progress won't be kept" notice from the first
  // paint, so it does not push the lesson down after hydration (components/embed/embed-storage-notice.tsx).
  root.classList.add('no-storage');
}
