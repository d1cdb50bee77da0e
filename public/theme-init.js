// Runs before first paint (loaded blocking from <head>) so a remembered dark theme never flashes light.
// Kept as a tiny static file rather than an inline script so no innerHTML sink is needed (RELIABILITY SEC-8).
// The key must match storageKeys.theme in lib/progress/storage-keys.ts (a unit test checks it).
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var choice = window.localStorage.getItem('scamwise:theme');
    if (choice === 'light' || choice === 'dark') root.setAttribute('data-theme', choice);
  } catch {
    // Storage blocked: follow the device setting.
  }
})();
