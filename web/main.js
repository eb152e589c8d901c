// Boots the WebAssembly game: checks the browser can run it, shows loading
// progress and readable errors, and exposes window.moments for tests and tools.
'use strict';

(function () {
  const loading = document.getElementById('loading');
  const bar = document.getElementById('loading-bar');
  const failure = document.getElementById('failure');
  const failureText = document.getElementById('failure-text');

  // Shows a plain-language reason instead of a blank page.
  function fail(message) {
    loading.hidden = true;
    failure.hidden = false;
    failureText.textContent = message;
    console.error('moments: ' + message);
  }

  // An error's message as the middle of a sentence: its own full stops dropped.
  function reason(message) { return String(message || 'a file did not load').replace(/[.\s]+$/, ''); }

  const NO_WEBGL2 = 'This browser or computer has WebGL 2 turned off or unavailable, and the game needs it to draw. Try another browser, or ask IT to enable hardware acceleration.';

  // The game needs WebAssembly and WebGL 2; say so up front if the browser lacks
  // either. (A WebGL 2 that exists but is switched off is reported by the game
  // itself when it cannot create its context: a probe context here would cost
  // as much time as the game's own.)
  function missingFeature() {
    if (typeof WebAssembly !== 'object') return 'This browser cannot run WebAssembly. Please open the game in a current version of Chrome, Edge, Firefox or Safari.';
    if (typeof WebGL2RenderingContext !== 'function') return NO_WEBGL2;
    if (typeof DecompressionStream !== 'function') return 'This browser is too old for the game. Please open it in a current version of Chrome, Edge, Firefox or Safari.';
    return null;
  }

  // Until the first frame, any uncaught failure (a file the server refused, a
  // broken download) is shown in words instead of an endless loading screen.
  let started = false;
  window.addEventListener('error', (e) => { if (!started) fail('The game could not start: ' + reason(e.message) + '. Reload the page; if it keeps happening, tell the person who set this course up.'); });
  window.addEventListener('unhandledrejection', (e) => { if (!started) fail('The game could not start: ' + reason(e.reason && e.reason.message || e.reason) + '. Reload the page; if it keeps happening, tell the person who set this course up.'); });

  const missing = missingFeature();
  if (missing) { fail(missing); return; }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    fail('The graphics context was lost (the computer may have gone to sleep or the GPU was reset). Reload the page to continue.');
  });

  // The settings the learner last chose on the title (the game sends them when they
  // change: "lang=it;venue=cafe_counter;mode=0;..."), so one tap on Start plays with
  // them; a studio preview starts from the defaults.
  const SETTINGS_KEY = 'moments-settings';
  function rememberedSettings() {
    if (preview.asked) return '';
    try { return /^[a-z_]+=[^;]*(;[a-z_]+=[^;]*)*$/.test(localStorage.getItem(SETTINGS_KEY) || '') ? localStorage.getItem(SETTINGS_KEY) : ''; }
    catch (e) { return ''; }
  }
  const rememberedLanguage = () => (rememberedSettings().match(/(?:^|;)lang=([a-z]{2})(?:;|$)/) || [])[1] || '';

  // The language: ?lang=xx first, then the learner's last choice here, then the LMS
  // learner's preference, then the browser's, else the package's first language.
  // Only the languages the pack's manifest offers count. (The title screen can change it in the game.)
  function chooseLanguage(lmsLanguage, offered) {
    const asked = new URLSearchParams(location.search).get('lang');
    const candidates = [asked, rememberedLanguage(), lmsLanguage, ...(navigator.languages || [navigator.language])];
    for (const tag of candidates) {
      const code = String(tag || '').slice(0, 2).toLowerCase();
      if (offered.includes(code)) return code;
    }
    return offered[0] || 'en';
  }

  // A JSON file of the pack (tools/assets.py writes it), or null: the pack is
  // "MOTPACK1 <count>", one "<size> <path>" line per file, the bytes.
  function packedJson(bytes, name) {
    const text = (from, to) => new TextDecoder().decode(bytes.subarray(from, to));
    let line = bytes.indexOf(10) + 1;
    const count = parseInt(text(0, line).split(' ')[1], 10) || 0;
    let at = line; // where the bytes of the files start: after the index
    for (let i = 0; i < count; ++i) at = bytes.indexOf(10, at) + 1;
    for (let i = 0; i < count; ++i) {
      const end = bytes.indexOf(10, line);
      const entry = text(line, end);
      const size = parseInt(entry, 10);
      line = end + 1;
      if (entry.slice(entry.indexOf(' ') + 1) === name) {
        try { return JSON.parse(text(at, at + size)); } catch (e) { return null; } // the game reports a broken manifest
      }
      at += size;
    }
    return null;
  }
  // The languages the pack's manifest.json offers.
  const offeredLanguages = (bytes) => (packedJson(bytes, 'manifest.json') || {}).languages || [];

  // Every learner and every attempt gets a fresh seed (recorded in the save, so a
  // shift still replays exactly); ?seed=N fixes it for trainers and tests.
  function chooseSeed() {
    const asked = new URLSearchParams(location.search).get('seed');
    if (asked && /^[0-9]{1,15}$/.test(asked)) return asked;
    const words = new Uint32Array(1);
    crypto.getRandomValues(words);
    return String(words[0] + 1);
  }

  // Which attempt this is, so an assessment started again draws the other form:
  // ?attempt=N, else a count this browser keeps, else a number from the seed.
  function chooseAttempt(seed) {
    const asked = new URLSearchParams(location.search).get('attempt');
    if (asked && /^[0-9]{1,6}$/.test(asked)) return asked;
    try {
      const count = (parseInt(localStorage.getItem('moments-attempts'), 10) || 0) + 1;
      localStorage.setItem('moments-attempts', String(count));
      return String(count);
    } catch (e) {
      return String(Number(seed) % 1000);
    }
  }

  // Turns what the LMS (or local storage) said at launch into the game's command line.
  function argumentsFor(launch, offered) {
    const language = chooseLanguage(launch.language, offered);
    document.documentElement.lang = language;
    const seed = chooseSeed();
    const attempt = launch.form ? String(launch.form - 1) : chooseAttempt(seed); // a package may fix the form
    const args = ['--lang', language, '--seed', seed, '--attempt', attempt];
    if (launch.learnerName) args.push('--learner', String(launch.learnerName).slice(0, 120)); // the game keeps 120 bytes
    if (launch.mode) args.push('--mode', launch.mode);
    if (Number.isFinite(launch.passMark)) args.push('--pass-mark', String(Math.round(launch.passMark)));
    if (launch.venues && launch.venues.length) args.push('--venues', launch.venues.join(','));
    const customer = new URLSearchParams(location.search).get('customer');
    if (customer && /^[0-9]{1,4}$/.test(customer)) args.push('--from-customer', customer);
    if (preview.venueFile) args.push('--venue', preview.venueFile);
    // The adapter has already set aside a save too big or broken to be one; the
    // game takes the rest from the heap (Module.resumeSave), never through argv.
    if (launch.setAside) args.push('--save-set-aside', String(launch.setAside).slice(0, 300));
    if (launch.saved && !preview.asked) { // a preview starts afresh, never from the learner's save
      window.Module.resumeSave = String(launch.saved);
      args.push('--resume-from-page');
    }
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) args.push('--reduced-motion');
    if (rememberedSettings()) args.push('--settings', rememberedSettings());
    if (launch.muted || new URLSearchParams(location.search).get('muted') === '1') args.push('--muted');
    return args;
  }

  // The build ships the wasm and the assets gzipped (zopfli): the page inflates
  // them itself, so no server setting is needed. A server that already decoded
  // them (Content-Encoding) is fine too: only gzip's magic bytes are inflated.
  // The bytes stream through the progress bar and the inflater as they arrive.
  const progress = { loaded: 0, total: 0 };
  async function download(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ' could not be downloaded (HTTP ' + response.status + ')');
    progress.total += Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    const head = [];
    for (let seen = 0; seen < 2;) { // the first two bytes tell gzip from plain
      const part = await reader.read();
      if (part.done) break;
      head.push(part.value);
      seen += part.value.length;
    }
    const gzipped = head.length > 0 && head[0][0] === 0x1f && (head[0].length > 1 ? head[0][1] : head[1][0]) === 0x8b;
    const counted = new ReadableStream({
      async pull(controller) {
        const part = head.length ? { done: false, value: head.shift() } : await reader.read();
        if (part.done) { controller.close(); return; }
        progress.loaded += part.value.length;
        if (progress.total) bar.value = 100 * progress.loaded / progress.total;
        controller.enqueue(part.value);
      },
    });
    return gzipped ? counted.pipeThrough(new DecompressionStream('gzip')) : counted;
  }
  // The wasm compiles (off the main thread) while it inflates (index.html asked for it early).
  const wasmModule = download('game.wasm.gz')
    .then((body) => WebAssembly.compileStreaming(new Response(body, { headers: { 'Content-Type': 'application/wasm' } })));
  const packBytes = download('assets.pack.gz').then((body) => new Response(body).arrayBuffer()).then((buffer) => new Uint8Array(buffer));
  Promise.all([wasmModule, packBytes]).catch((e) => fail('The game files could not be loaded: ' + reason(e.message) + '. Check the connection and reload.'));

  // Hands the asset pack to the game (copied into its memory); returns its complaint, if any.
  function mountPack(bytes) {
    const at = window.Module._malloc(bytes.length);
    window.Module.HEAPU8.set(bytes, at);
    const problem = window.Module.ccall('moments_mount_pack', 'string', ['number', 'number'], [at, bytes.length]);
    window.Module._free(at);
    return problem;
  }

  // The studio's preview (?preview=1): the page in its frame sends the venue and its
  // translations (postMessage, same origin only), mounted as a second small pack
  // beside the game's own and played with --venue. Until it arrives, the game waits.
  const preview = { asked: new URLSearchParams(location.search).get('preview') === '1', files: null, venueFile: '' };
  function packOf(files) { // files: {path: text} -> the pack format MountPack reads
    const encoder = new TextEncoder();
    const entries = Object.entries(files).map(([path, text]) => [path, encoder.encode(text)]);
    const head = encoder.encode('MOTPACK1 ' + entries.length + '\n' + entries.map(([path, bytes]) => bytes.length + ' ' + path + '\n').join(''));
    const out = new Uint8Array(head.length + entries.reduce((n, [, bytes]) => n + bytes.length, 0));
    out.set(head);
    let at = head.length;
    for (const [, bytes] of entries) { out.set(bytes, at); at += bytes.length; }
    return out;
  }
  if (preview.asked) {
    window.addEventListener('message', (e) => {
      if (e.source !== window.parent || e.origin !== location.origin || !e.data || e.data.type !== 'moments-preview' || preview.files) return;
      let id = 'preview';
      try { id = String(JSON.parse(e.data.venue).id || id).replace(/[^a-z0-9_]/g, '') || id; } catch (err) { /* the game lists the file's errors */ }
      preview.files = { ['preview/' + id + '.json']: String(e.data.venue) };
      for (const [lang, text] of Object.entries(e.data.translations || {})) {
        if (/^[a-z]{2}$/.test(lang)) preview.files['locales/' + lang + '/' + id + '.json'] = String(text);
      }
      preview.venueFile = 'assets/preview/' + id + '.json';
      runWhenReady();
    });
    if (window.parent !== window) window.parent.postMessage({ type: 'moments-preview-waiting' }, location.origin);
  }

  // Each language's venue translations come in a pack of their own (packs.json in
  // the main pack names them): only the one in use is downloaded, once.
  let languagePackFiles = {};
  const languagePacks = {};
  function languagePack(code) {
    const file = languagePackFiles[code];
    if (!file) return Promise.resolve(null); // English: its text is in the venues
    languagePacks[code] = languagePacks[code] || download(file).then((body) => new Response(body).arrayBuffer())
      .then((buffer) => new Uint8Array(buffer))
      .catch((e) => { delete languagePacks[code]; throw e; }); // asked again, tried again
    return languagePacks[code];
  }

  // Everything downloads while the LMS connects; main() runs once all is there
  // (with the chosen language's pack).
  let runtimeReady = false; // the wasm exports answer only once the runtime is up
  let launchData = null;
  let pack = null;
  let starting = false;
  let running = false;
  function runWhenReady() {
    if (starting || !runtimeReady || !launchData || !pack || (preview.asked && !preview.files)) return;
    starting = true;
    const gameArguments = argumentsFor(launchData, offeredLanguages(pack));
    languagePackFiles = packedJson(pack, 'packs.json') || {};
    languagePack(document.documentElement.lang).then((translations) => {
      const problem = mountPack(pack) || (translations && mountPack(translations)) || (preview.files && mountPack(packOf(preview.files)));
      pack = null;
      running = true;
      if (problem) fail('The game files are damaged (' + problem + '). Reload the page; if it keeps happening, tell the person who set this course up.');
      else window.Module.callMain(gameArguments);
    }, (e) => fail('The game files could not be loaded: ' + reason(e.message) + '. Check the connection and reload.'));
  }
  packBytes.then((bytes) => { pack = bytes; runWhenReady(); }, () => {});
  // The game could start once its runtime is up and its assets are here: the LMS adapter does not wait much longer.
  let markReady;
  const gameReady = new Promise((resolve) => { markReady = resolve; });
  window.Module = {
    canvas: canvas,
    // Emscripten asks for the wasm instance: it comes once the module has compiled.
    instantiateWasm(imports, receive) {
      wasmModule.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module))
        .catch((e) => fail('The game could not start: ' + reason(e.message) + '. Reload the page; if it keeps happening, tell the person who set this course up.')),
      () => {}); // a failed download is already explained
      return {};
    },
    onRuntimeInitialized() { runtimeReady = true; packBytes.then(markReady, () => {}); runWhenReady(); },
    onGraphicsUnavailable() { fail(NO_WEBGL2); },
    onFilesDamaged(what) { fail('The game files are damaged (their ' + what + ' are missing). Reload the page; if it keeps happening, tell the person who set this course up.'); },
    onMirror(json) { if (window.momentsMirror) window.momentsMirror.update(json); },
    // Played just after the frame that sent them: making or waking the audio context
    // (tens of ms the first time) never holds up the frame on screen.
    onCues(events) { if (window.momentsSound) setTimeout(() => window.momentsSound.play(events)); },
    onSettings(text) { if (!preview.asked) try { localStorage.setItem(SETTINGS_KEY, text); } catch (e) { /* private mode: not remembered */ } },
    onGameReady() {
      started = true;
      loading.hidden = true;
      canvas.focus();
      if (window.MomentsLMS) window.MomentsLMS.onNotice(tellGame);
      if (window.MomentsLMS && !preview.asked) window.MomentsLMS.onLateSave(resumeLate);
    },
    // Saves text the game produced (the CSV of choices) as a download. A
    // sandboxed frame without allow-downloads drops it silently: then the text
    // goes to the clipboard, and the learner is told either way.
    onDownload(name, content) {
      const blocked = downloadsBlocked();
      if (blocked === 'yes') {
        const told = (key) => tellGame('download', key);
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(content).then(() => told('download_copied'), () => told('download_blocked'));
        else told('download_blocked');
        return;
      }
      const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      if (blocked === 'unknown') tellGame('download', 'download_unsure');
    },
    // The learner chose a language whose pack is not here yet: mounted, the game switches to it.
    onFetchLanguage(code) {
      languagePack(code).then((translations) => {
        const problem = translations ? mountPack(translations) : '';
        if (problem) console.warn('moments: the ' + code + ' pack is damaged: ' + problem);
        else tellGame('language_arrived', code);
      }, (e) => console.warn('moments: the ' + code + ' pack could not be downloaded: ' + e.message));
    },
    onAbort(what) {
      fail('The game stopped unexpectedly (' + what + '). Reload the page to try again.');
    },
    print(text) { console.log(text); },
    printErr(text) { console.warn(text); },
  };

  // Passes a notice about the learner's progress to the game (see AppSetPageNotice) and wakes it to show it.
  function tellGame(topic, key) {
    if (!running) return;
    window.Module.ccall('moments_page_notice', null, ['string', 'string'], [topic, key]);
    window.momentsWake();
  }

  // Hands the game progress the LMS answered with only after the game started;
  // the game takes it if nothing was decided yet (heap, not argv, as at launch),
  // or tells the learner it was kept aside.
  function resumeLate(text, setAside) {
    window.Module.resumeSave = String(text);
    window.Module.ccall('moments_resume_arrived', null, ['number'], [setAside ? 1 : 0]);
    window.momentsWake();
  }

  // Whether a download may start here: 'no' in a top-level page, 'yes' blocked
  // in a frame whose sandbox we can see lacks allow-downloads (or an opaque
  // origin), 'unknown' in a frame of another origin, whose sandbox is hidden.
  function downloadsBlocked() {
    if (window.top === window) return 'no';
    if (window.origin === 'null') return 'yes';
    let frame = null;
    try { frame = window.frameElement; } catch (e) { frame = null; }
    if (!frame) return 'unknown';
    return frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-downloads') ? 'yes' : 'no';
  }

  // Read-only view of the game for tests, developers and tools.
  window.moments = {
    state() {
      if (!running) return { screen: 'loading' };
      return JSON.parse(window.Module.ccall('moments_state_json', 'string', [], []));
    },
    // Work time per drawn frame (simulation tick + UI build): for the benchmark.
    frameStats() {
      if (!running) return { frames: 0 };
      return JSON.parse(window.Module.ccall('moments_frame_stats_json', 'string', [], []));
    },
    // The accessible mirror of the last frame: items, live text, overflowing text.
    mirror() { return window.momentsMirror ? window.momentsMirror.frame : null; },
  };

  // The game stops its loop when nothing on screen moves (and says so), and
  // while only a timer ticks it draws when the next second is due; any input
  // wakes it for the next display frame. A loop not started is left alone.
  window.momentsWake = function () {
    if (window.Module.gamePaused) {
      window.Module.gamePaused = false;
      window.Module.resumeMainLoop();
    } else if (running) window.Module.ccall('moments_wake_now', null, [], []);
  };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'keydown', 'keyup', 'wheel', 'touchstart', 'touchend', 'focus', 'resize', 'visibilitychange']) {
    window.addEventListener(type, window.momentsWake, { capture: true, passive: true });
  }

  // A swipe scrolls the game's screen, with momentum. It may start on a mirror
  // control lying over the canvas, so the page follows the finger and hands the
  // distance to the game (moments_scroll_by); a swipe is not a tap on what it crossed.
  // So does a mouse wheel turned over a mirror control.
  (function followSwipes() {
    const TAP_SLOP = 10; // pixels a finger may wander in a tap
    let lastY = null, lastTime = 0, velocity = 0, travelled = 0, glide = 0, noClickUntil = 0;
    const scroll = (pixels) => {
      if (!running || !pixels) return;
      window.Module.ccall('moments_scroll_by', null, ['number'], [pixels]);
      window.momentsWake();
    };
    const options = { capture: true, passive: true };
    window.addEventListener('touchstart', (e) => {
      cancelAnimationFrame(glide); // a touch stops a glide
      lastY = e.touches.length === 1 ? e.touches[0].clientY : null;
      lastTime = e.timeStamp;
      velocity = travelled = 0;
    }, options);
    window.addEventListener('touchmove', (e) => {
      if (lastY === null || e.touches.length !== 1) return;
      const y = e.touches[0].clientY, dt = Math.max(1, e.timeStamp - lastTime);
      velocity = 0.8 * ((lastY - y) / dt) + 0.2 * velocity; // pixels per millisecond, smoothed
      travelled += Math.abs(lastY - y);
      scroll(lastY - y);
      lastY = y;
      lastTime = e.timeStamp;
    }, options);
    window.addEventListener('touchend', () => {
      if (lastY === null) return;
      lastY = null;
      if (travelled > TAP_SLOP) noClickUntil = performance.now() + 500;
      if (Math.abs(velocity) < 0.1 || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
      let v = velocity, then = performance.now();
      const step = (now) => { // the glide slows by half every ~140 ms
        const dt = Math.min(50, now - then);
        then = now;
        v *= Math.pow(0.995, dt);
        if (Math.abs(v) < 0.02) return;
        scroll(v * dt);
        glide = requestAnimationFrame(step);
      };
      glide = requestAnimationFrame(step);
    }, options);
    window.addEventListener('click', (e) => {
      if (performance.now() < noClickUntil) { e.stopPropagation(); e.preventDefault(); }
    }, { capture: true });
    // A mouse wheel over a mirror control would not reach the canvas beneath it: the page passes it on.
    window.addEventListener('wheel', (e) => {
      if (e.target !== canvas && !e.ctrlKey) scroll(e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? innerHeight : 1));
    }, options);
  })();

  // Connects to the LMS (if any): the saved progress and the learner's name and
  // language come from it. No LMS, or a broken one, is not an error. (The adapter
  // comes before this file in page.js, game.js after it.)
  async function connect() {
    let launch = { standard: 'standalone', learnerName: '', language: '', saved: '', mode: '', passMark: null, venues: [], form: null };
    if (window.MomentsLMS) {
      try { launch = Object.assign(launch, await window.MomentsLMS.connect(gameReady)); }
      catch (e) { console.warn('moments: LMS connection failed; playing standalone', e); }
    }
    launchData = launch;
    runWhenReady();
  }
  connect();
})();
