// Boots the WebAssembly game: checks the browser can run it, shows loading
// progress and readable errors, and exposes window.moments for tests and tools.
'use strict';

(function () {
  const loading = document.getElementById('loading');
  const bar = document.getElementById('loading-bar');
  const loadingText = document.getElementById('loading-text');
  const failure = document.getElementById('failure');
  const failureText = document.getElementById('failure-text');

  // Shows a plain-language reason instead of a blank page.
  function fail(message) {
    loading.hidden = true;
    failure.hidden = false;
    failureText.textContent = message;
    console.error('moments: ' + message);
  }

  // The game needs WebAssembly and WebGL 2; say so up front if either is missing.
  function missingFeature() {
    if (typeof WebAssembly !== 'object') return 'This browser cannot run WebAssembly. Please open the game in a current version of Chrome, Edge, Firefox or Safari.';
    const probe = document.createElement('canvas');
    if (!probe.getContext('webgl2')) return 'This browser or computer has WebGL 2 turned off or unavailable, and the game needs it to draw. Try another browser, or ask IT to enable hardware acceleration.';
    return null;
  }

  const missing = missingFeature();
  if (missing) { fail(missing); return; }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    fail('The graphics context was lost (the computer may have gone to sleep or the GPU was reset). Reload the page to continue.');
  });

  window.Module = {
    canvas: canvas,
    // Emscripten reports "Downloading data... (x/y)" while fetching the assets.
    setStatus(text) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) bar.value = 100 * Number(m[1]) / Number(m[2]);
      if (text) loadingText.textContent = text.replace(/\(.*\)/, '').trim() || 'Loading…';
    },
    onGameReady() {
      loading.hidden = true;
      canvas.focus();
    },
    onAbort(what) {
      fail('The game stopped unexpectedly (' + what + '). Reload the page to try again.');
    },
    print(text) { console.log(text); },
    printErr(text) { console.warn(text); },
  };

  // Read-only view of the game for tests, developers and tools.
  window.moments = {
    state() {
      if (!window.Module.ccall) return { screen: 'loading' };
      return JSON.parse(window.Module.ccall('moments_state_json', 'string', [], []));
    },
  };

  const script = document.createElement('script');
  script.src = 'game.js';
  script.onerror = () => fail('The game files could not be downloaded. Check the connection and reload.');
  document.body.appendChild(script);
})();
