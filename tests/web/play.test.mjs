// The real WebAssembly build in headless Chromium: it starts, it plays with
// the keyboard alone, and the numbers it shows add up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, state, waitForScreen, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page reaches the title screen with no console error', async () => {
  const { page, problems } = await openPage(browser, server.url);
  await waitForScreen(page, 'title');
  assert.equal(await page.isHidden('#loading'), true, 'the loading overlay is gone');
  assert.deepEqual(problems, []);
  await screenshot(page, 'title');
  await page.close();
});

test('a keyboard-only shift reaches the debrief and reputation is 10 × magic − 20 × misery', async () => {
  const { page, problems } = await openPage(browser, server.url);
  await waitForScreen(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await screenshot(page, 'briefing');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'counter');
  await screenshot(page, 'counter');

  const seen = new Set();
  for (let step = 0; step < 200; step++) {
    const s = await state(page);
    if (s.screen === 'debrief') break;
    seen.add(s.screen);
    if (s.screen === 'counter') {
      assert.ok(s.customer.name && s.customer.line, 'a customer speaks');
      assert.ok(s.choices.length >= 2 && s.choices.length <= 4, 'two to four responses');
      // Alternate answers so the shift holds a mix of outcomes.
      await page.keyboard.press(String(1 + (step % s.choices.length)));
      await page.waitForFunction((before) => JSON.stringify(window.moments.state()) !== before, JSON.stringify(s));
    } else if (s.screen === 'feedback') {
      assert.match(s.feedback.outcome, /^(misery|mediocrity|magic)$/);
      assert.equal(s.feedback.reach, { misery: -20, mediocrity: 0, magic: 10 }[s.feedback.outcome]);
      if (!seen.has('feedback-shot')) { await screenshot(page, 'feedback'); seen.add('feedback-shot'); }
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.moments.state().screen !== 'feedback');
    }
  }
  const end = await state(page);
  assert.equal(end.screen, 'debrief');
  assert.ok(seen.has('counter') && seen.has('feedback'));
  assert.ok(end.served >= 6, 'at least six customers were served');
  const { magic, misery } = end.outcomes;
  assert.equal(end.reputation, 10 * magic - 20 * misery);
  await screenshot(page, 'debrief');
  assert.deepEqual(problems, []);

  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing'); // the next day of the week
  await page.close();
});

test('the mouse works too: clicking a response answers the customer', async () => {
  const { page } = await openPage(browser, server.url);
  await waitForScreen(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'counter');
  const before = await state(page);
  // A response where it is drawn (its place from the game: the layout puts the answers
  // below the scene on narrow screens and beside it on wide ones), clicked with the mouse.
  const response = (await page.evaluate(() => window.moments.mirror())).items
    .find((i) => String(i.id || '').startsWith('choice.') && i.box && i.box[2] > 0 && i.box[3] > 0);
  assert.ok(response, 'a response is drawn on screen');
  const origin = await page.locator('#canvas').boundingBox();
  const [x, y, w, h] = response.box;
  await page.mouse.click(origin.x + x + w / 2, origin.y + y + h / 2);
  const answered = await page.waitForFunction((line) => {
    const s = window.moments.state();
    return s.screen !== 'counter' || s.customer.line !== line;
  }, before.customer.line, { timeout: 5000 }).then(() => true, () => false);
  assert.ok(answered, 'a click on a response button moved the conversation on');
  await page.close();
});

test('the canvas fills the window and is sharp on high-DPI screens', async () => {
  const { page } = await openPage(browser, server.url, { width: 390, height: 844, scale: 2 });
  await waitForScreen(page, 'title');
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.cw, 390);
  assert.equal(size.ch, 844);
  assert.equal(size.w, 780, 'two device pixels per CSS pixel');
  assert.equal(size.h, 1688);
  await screenshot(page, 'title');
  await page.close();
});

test('a browser without WebGL 2 gets a readable explanation, not a blank page', async () => {
  const { page } = await openPage(browser, server.url, {
    init: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    },
  });
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-text'), /WebGL 2/);
  await page.close();
});

test('a browser without WebAssembly gets a readable explanation', async () => {
  const { page } = await openPage(browser, server.url, { init: () => { delete window.WebAssembly; } });
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-text'), /WebAssembly/);
  await page.close();
});
