// Runs before first paint (loaded blocking from <head>) so a remembered dark theme never flashes light.
// Kept as a tiny static file rather than an inline script so no innerHTML sink is needed (RELIABILITY SEC-8).
// The key must match storageKeys.theme in lib/progress/storage-keys.ts (a unit test checks it).
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var embed = location.pathname.indexOf('/embed/') === 0;
  if (embed) {
    // Embeds look the way the publisher chose (?theme=, ?accent=), never like this browser's saved site choice.
    // The values are only compared with the allowlists in lib/embed/theme.ts (a unit test keeps them equal), so
    // nothing from the address reaches the page (CNT-5). components/embed/embed-theme.tsx does the same in React.
    var params = new URLSearchParams(location.search);
    var theme = params.get('theme');
    var accent = params.get('accent');
    root.setAttribute('data-theme', ['system', 'light', 'dark'].indexOf(theme) >= 0 ? theme : 'system');
    root.setAttribute('data-accent', ['blue', 'teal', 'purple', 'pink', 'orange'].indexOf(accent) >= 0 ? accent : 'blue');
  }
  try {
    var choice = window.localStorage.getItem('scamwise:theme');
    if (!embed && (choice === 'light' || choice === 'dark')) root.setAttribute('data-theme', choice);
  } catch {
    // Storage blocked: follow the device setting. Embeds show their "progress won't be kept" notice from the first
    // paint, so it does not push the lesson down after hydration (components/embed/embed-storage-notice.tsx).
    root.classList.add('no-storage');
  }
})();
