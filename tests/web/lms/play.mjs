// Drives the game inside the test LMS's iframe with the keyboard alone.
import { launch as launchBrowser } from '../harness.mjs';

export { launchBrowser };

// Errors of the game's frame loop, not of its LMS traffic: Emscripten's
// resumeMainLoop() throws this when the page wakes a loop that is not paused.
// The frame-loop tests own it; these tests look at what the LMS gets.
// A page that collects console warnings and errors and uncaught exceptions
// from every frame.
export async function lmsPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems = [];
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  return { page, problems, warnings };
}

// The game's frame once it has loaded (its URL contains `part`).
export async function gameFrame(page, part = '/pkg/index.html', timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const f = page.frames().find((fr) => fr !== page.mainFrame() && fr.url().includes(part));
    if (f) {
      // state() answers once the WebAssembly runtime is up.
      await f.waitForFunction(() => {
        try { const s = window.moments.state().screen; return typeof s === 'string' && s !== 'loading'; } catch (e) { return false; }
      }, null, { timeout });
      return f;
    }
    if (Date.now() > end) throw new Error('the game frame did not load');
    await page.waitForTimeout(50);
  }
}

// The game's state; { screen: 'loading' } until the WebAssembly runtime and the game answer.
export const state = (frame) => frame.evaluate(() => {
  try {
    const s = window.moments.state();
    return typeof s.screen === 'string' ? s : { screen: 'loading' };
  } catch (e) { return { screen: 'loading' }; }
});

export async function waitScreen(frame, screen, timeout = 30000) {
  await frame.waitForFunction((s) => {
    try { return window.moments.state().screen === s; } catch (e) { return false; }
  }, screen, { timeout });
}

// Keys go to the focused frame: focus the game's canvas first.
export async function focusGame(frame) {
  await frame.evaluate(() => document.getElementById('canvas').focus());
}

// What a key press changes (not the clocks, which tick on their own).
const signature = () => {
  const s = window.moments.state();
  const c = s.customer || {};
  return JSON.stringify([s.screen, c.index, c.line, s.served, s.day, s.week && s.week.days && s.week.days.length, s.reputation]);
};

// Presses `key` and waits until the game moves on.
export async function pressAndWait(page, frame, key, timeout = 20000) {
  const before = await frame.evaluate(signature);
  await page.keyboard.press(key);
  await frame.waitForFunction((b) => {
    const s = window.moments.state();
    const c = s.customer || {};
    return JSON.stringify([s.screen, c.index, c.line, s.served, s.day, s.week && s.week.days && s.week.days.length, s.reputation]) !== b;
  }, before, { timeout });
}

// Plays on with Enter on every screen and `answer(state)` (default '1') at the
// counter until `stop(state)` is true. Returns the last state.
export async function playUntil(page, frame, stop, { answer = () => '1', maxSteps = 2000 } = {}) {
  await focusGame(frame);
  for (let step = 0; step < maxSteps; step++) {
    const s = await state(frame);
    if (stop(s)) return s;
    if (s.screen === 'loading') { await frame.waitForTimeout(50); continue; }
    if (s.screen === 'error') throw new Error('the game shows an error: ' + JSON.stringify(s.errors || s));
    const key = s.screen === 'counter' ? answer(s, step) : 'Enter';
    try {
      await pressAndWait(page, frame, key);
    } catch (e) {
      await focusGame(frame); // focus may have moved; try again once
      await pressAndWait(page, frame, key);
    }
  }
  throw new Error('the game did not reach the expected state');
}

// The text of this browser's copy of the LMS save (one per standard, learner and package), or null.
export const lmsCopy = (frame) => frame.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('moments-of-truth.lms-copy.'));
  return key ? JSON.parse(localStorage.getItem(key)).text : null;
});

// Polls `check` (sync or async) until it returns true; fails after `timeout` ms.
export async function waitFor(check, what = 'a condition', timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await new Promise((r) => setTimeout(r, 25));
  }
}
