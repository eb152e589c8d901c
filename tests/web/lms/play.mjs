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

// What a key press changes (not the clocks, which tick on their own): an expression for the page
// (evaluated, never waited for in the page, whose security policy forbids eval).
const SIGNATURE = `(() => { const s = window.moments.state(); const c = s.customer || {};
  return JSON.stringify([s.screen, c.index, c.line, s.served, s.day, s.week && s.week.days && s.week.days.length, s.reputation]); })()`;

// The game's state and its SIGNATURE, read together; { screen: 'loading' } until the WebAssembly runtime and the game answer.
const stateAndSignature = (frame) => frame.evaluate(`(() => {
  try {
    const s = window.moments.state();
    if (typeof s.screen === 'string') return { s, signature: ${SIGNATURE} };
  } catch (e) {}
  return { s: { screen: 'loading' } };
})()`);

export const state = async (frame) => (await stateAndSignature(frame)).s;

export async function waitScreen(frame, screen, timeout = 30000) {
  await frame.waitForFunction((s) => {
    try { return window.moments.state().screen === s; } catch (e) { return false; }
  }, screen, { timeout });
}

// Keys go to the focused frame: focus the game's canvas first.
export async function focusGame(frame) {
  await frame.evaluate(() => document.getElementById('canvas').focus());
}

// Presses `key` and waits until the game moves on from `before`: the SIGNATURE read when the key was
// chosen, so that a game which moved on by itself in the meantime (progress from the LMS arriving
// late) is not taken for a key that did nothing.
async function pressAndWait(page, frame, key, before, timeout = 20000) {
  await page.keyboard.press(key);
  await waitFor(async () => (await frame.evaluate(SIGNATURE)) !== before, `the game to move on after ${key}`, timeout);
}

// Plays on with Enter on every screen and `answer(state)` (default '1') at the
// counter until `stop(state)` is true. Returns the last state.
export async function playUntil(page, frame, stop, { answer = () => '1', maxSteps = 2000 } = {}) {
  await focusGame(frame);
  let missed = 0;
  for (let step = 0; step < maxSteps; step++) {
    const { s, signature } = await stateAndSignature(frame);
    if (stop(s)) return s;
    if (s.screen === 'loading') { await frame.waitForTimeout(50); continue; }
    if (s.screen === 'error') throw new Error('the game shows an error: ' + JSON.stringify(s.errors || s));
    const key = s.screen === 'counter' ? answer(s, step) : 'Enter';
    try {
      await pressAndWait(page, frame, key, signature);
      missed = 0;
    } catch (e) {
      if (++missed > 1) throw e;
      await focusGame(frame); // focus may have moved: read the state again and try once more
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
