// What the benchmark does inside a page: time the first frame, play day 1 with
// the keyboard, and reach the screens whose idle cost is measured.

export const VIEWPORT = { width: 1280, height: 720 };

// Records performance.now() (ms since navigation start) when the game calls
// Module.onGameReady, before the page's own handler runs. main.js assigns
// window.Module, and game.js reads it back: an accessor wraps the hook on the way in.
export const RECORD_FIRST_FRAME = `(() => {
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true, enumerable: true,
    get() { return module; },
    set(value) {
      module = value;
      if (value && typeof value.onGameReady === 'function' && !value.onGameReady.benchWrapped) {
        const original = value.onGameReady;
        const wrapped = function () {
          if (window.firstFrameAt === undefined) window.firstFrameAt = performance.now();
          return original.apply(this, arguments);
        };
        wrapped.benchWrapped = true;
        value.onGameReady = wrapped;
      }
    },
  });
})();`;

// A fresh context (no cache, no storage) and a page in it, navigated to `url`.
// Returns the page and the first-frame time in ms since navigation start.
export async function openFresh(browser, url, { hook = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  if (hook) await page.addInitScript(RECORD_FIRST_FRAME);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.firstFrameAt !== undefined, null, { timeout: 60000, polling: 100 });
  const firstFrameMs = await page.evaluate(() => window.firstFrameAt);
  return { context, page, firstFrameMs, problems };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const state = (page) => page.evaluate(() => window.moments.state());

// What counts as the game having moved on after a key.
const PROGRESS = `(() => { const s = window.moments.state(); const c = s.customer || {};
  return JSON.stringify([s.screen, c.index, c.line, s.choices, s.week ? s.week.days.length : -1]); })()`;

export async function waitForScreen(page, screen, timeout = 30000) {
  await page.waitForFunction((s) => { try { return window.moments.state().screen === s; } catch { return false; } },
    screen, { timeout, polling: 100 });
}

// One key forward: on the counter '1'..'4' (alternating, so the shift holds a
// mix of outcomes), elsewhere Enter. Waits until the game has moved on.
export async function step(page, n) {
  const s = await state(page);
  const before = await page.evaluate(PROGRESS);
  const key = s.screen === 'counter' ? String(1 + (n % Math.max(1, s.choices.length))) : 'Enter';
  await page.keyboard.press(key);
  try {
    await page.waitForFunction(`${PROGRESS} !== ${JSON.stringify(before)}`, null, { timeout: 15000, polling: 'raf' });
  } catch (e) {
    throw new Error(`pressing ${key} did not move the game on; it was at ${before}`, { cause: e });
  }
}

// Plays with the keyboard until `until(state)` holds; returns that state.
export async function playUntil(page, until, maxSteps = 200) {
  for (let n = 0; n < maxSteps; n++) {
    const s = await state(page);
    if (until(s)) return s;
    if (s.screen === 'error') throw new Error(`the game shows its error screen: ${JSON.stringify(s.errors)}`);
    await step(page, n);
  }
  throw new Error(`the condition was not reached within ${maxSteps} keys`);
}
