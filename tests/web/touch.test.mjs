// The title, the mirror's places, sound and touch in the real web build:
// Start in view without scrolling and one tap to play with the last settings;
// every mirror control lies exactly over the item the canvas draws (the game's
// bounds, the DOM's, the pixels and a hit test agree); no audio before a
// gesture, cues after the sound setting is on; a swipe scrolls the responses
// with momentum and presses nothing, and so does a wheel over a control;
// nothing is lost at 320 px wide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, state, waitForScreen, screenshot } from './harness.mjs';
import { mirror, press, playUntil, nextFrames } from './drive.mjs';

const ACCENT = [176, 84, 48]; // theme::kAccent, the primary button's fill
const ACCENT_SOFT = [240, 214, 196]; // theme::kAccentSoft, the other buttons'

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// [SECTION] Helpers ---------------------------------------------------------------------

// The mirror's controls with their bounds (game), their DOM rectangle and what a hit test at their centre finds.
const placed = (page) => page.evaluate(() => window.moments.mirror().items.map((item, index) => {
  const node = document.querySelector(`#mirror-controls [data-index="${index}"]`);
  const r = node.getBoundingClientRect();
  const [x, y, w, h] = item.box;
  const cx = x + w / 2, cy = y + h / 2;
  const inView = w > 0 && h > 0 && cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight;
  return { ...item, dom: [r.left, r.top, r.width, r.height], hit: inView && document.elementFromPoint(cx, cy) === node, inView };
}));

// The colour of the canvas at (x, y) in CSS pixels, from a screenshot of that one pixel.
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const { data } = await decodePng(png);
  return [data[0], data[1], data[2]];
}

// Enough of PNG to read a 1x1 RGB(A) screenshot: the IDAT stream inflated, its filter byte skipped.
async function decodePng(png) {
  const { inflateSync } = await import('node:zlib');
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { data: inflateSync(Buffer.concat(chunks)).subarray(1) };
}

const near = (a, b, tolerance) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

// Waits until what the mirror lists, and where, stays the same for 300 ms (a customer walking
// up, a screen fading in and a busy machine's late frames move things for a moment).
async function layoutRests(page) {
  let last = '';
  for (let tries = 0; tries < 40; tries++) {
    const now = await page.evaluate(() => JSON.stringify(window.moments.mirror().items));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(300);
  }
}

// Checks every control of the frame in view: DOM where the game says, hit by a tap at its centre, and a button's fill drawn there.
async function checkPlaces(page, where, { someInView = true } = {}) {
  await layoutRests(page);
  const items = await placed(page);
  const controls = items.filter((i) => i.id && i.inView);
  if (someInView) assert.ok(controls.length >= 1, `${where}: controls in view`);
  for (const c of controls) {
    assert.ok(near(c.dom, c.box, 1), `${where}: "${c.label}" lies at ${JSON.stringify(c.dom)}, the game drew it at ${JSON.stringify(c.box)}`);
    assert.ok(c.hit, `${where}: a tap at the centre of "${c.label}" finds its mirror control`);
    if (c.kind === 'button' && c.box[1] + c.box[3] / 2 < page.viewportSize().height) {
      const colour = await pixel(page, c.box[0] + 3, c.box[1] + c.box[3] / 2);
      assert.ok(near(colour, c.primary ? ACCENT : ACCENT_SOFT, 40), `${where}: the canvas draws "${c.label}" where its control lies (fill ${colour})`);
    }
  }
  return controls;
}

// A page with touch (a phone); `init(arg)` runs before the page's scripts.
async function touchPage(width, height, url = server.url, init, arg) {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  if (init) await page.addInitScript(init, arg);
  await page.goto(url);
  return { page, context, problems };
}

// [SECTION] Title and places -------------------------------------------------------------

for (const [width, height, scale] of [[1280, 720, 1], [390, 844, 2], [360, 640, 1]]) { // a phone at 2 device pixels per CSS pixel
  test(`${width}x${height}: Start is in view without scrolling, every control lies over its drawn item, one tap plays`, async () => {
    const { page, problems } = await openPage(browser, server.url, { width, height, scale });
    await waitForScreen(page, 'title');
    const controls = await checkPlaces(page, `title at ${width}x${height}`);
    const start = controls.find((c) => c.id === 'title.start');
    assert.ok(start, 'Start is among the controls in view');
    const [x, y, w, h] = start.box;
    assert.ok(y >= 0 && y + h <= height && x >= 0 && x + w <= width, `Start ${JSON.stringify(start.box)} lies wholly in the ${width}x${height} view`);
    await screenshot(page, 'title-start');
    await page.mouse.click(x + w / 2, y + h / 2);
    await waitForScreen(page, 'briefing', 5000);
    await checkPlaces(page, `briefing at ${width}x${height}`, { someInView: false }); // its button may lie below the fold
    await press(page, 'Enter');
    assert.equal((await state(page)).screen, 'counter');
    await checkPlaces(page, `counter at ${width}x${height}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the settings chosen on the title are remembered: the next visit plays them with one tap', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForScreen(page, 'title');
  const click = async (id) => {
    const index = (await mirror(page)).items.findIndex((i) => i.id === id);
    assert.ok(index >= 0, `the title offers ${id}`);
    await page.locator(`#mirror-controls [data-index="${index}"]`).dispatchEvent('click');
    await page.waitForFunction((i) => window.moments.mirror().items.find((x) => x.id === i)?.checked, id);
  };
  const hotel = (await mirror(page)).items.find((i) => i.id?.startsWith('venue.') && !i.checked).id;
  await click(hotel);
  await click('mode.1');
  await click('text_size.1');
  await page.waitForFunction(() => /text=1/.test(localStorage.getItem('moments-settings') || ''));
  await page.close();

  const again = await context.newPage();
  await again.goto(server.url);
  await waitForScreen(again, 'title');
  const s = await state(again);
  assert.equal(`venue.${s.venue}`, hotel, 'the venue chosen last time');
  assert.equal(s.mode, 'assessment', 'the mode chosen last time');
  assert.ok((await mirror(again)).items.find((i) => i.id === 'text_size.1').checked, 'the text size chosen last time');
  const start = (await mirror(again)).items.find((i) => i.id === 'title.start');
  await again.mouse.click(start.box[0] + start.box[2] / 2, start.box[1] + start.box[3] / 2);
  await waitForScreen(again, 'briefing', 5000);
  assert.equal((await state(again)).venue, s.venue);
  await context.close();
});

// [SECTION] Sound -------------------------------------------------------------------------

// Counts every AudioContext the page makes, whoever makes it.
const COUNT_AUDIO = () => {
  const Real = window.AudioContext;
  window.audioContextsMade = 0;
  window.AudioContext = class extends Real { constructor(...a) { super(...a); window.audioContextsMade++; } };
};
const sound = (page) => page.evaluate(() => ({ ...window.momentsSound.counts(), made: window.audioContextsMade }));

test('no audio before a gesture; the bell, the cup and the murmur after it; none while muted, until the sound is turned on', async () => {
  const { page, problems } = await openPage(browser, server.url, { init: COUNT_AUDIO });
  await waitForScreen(page, 'title');
  await page.evaluate(() => window.momentsSound.play([{ event: 'customer_arrived' }])); // not a gesture
  let heard = await sound(page);
  assert.equal(heard.made, 0, 'no AudioContext before a gesture');
  assert.equal(heard.dropped, 1, 'the cue before a gesture is dropped');

  await playUntil(page, 'counter'); // Enter presses: gestures
  await page.waitForFunction(() => window.momentsSound.counts().played.includes('bell'));
  await playUntil(page, 'feedback');
  let outcome = (await state(page)).feedback.outcome;
  for (let n = 0; n < 3 && outcome === 'mediocrity'; n++) { // a mediocre moment reaches no one: find one that does
    await press(page, 'Enter');
    await playUntil(page, 'feedback', { choose: () => String(2 + (n % 2)) });
    outcome = (await state(page)).feedback.outcome;
  }
  heard = await sound(page);
  assert.equal(heard.made, 1, 'one AudioContext, after the gesture');
  assert.ok(heard.played.includes('cup'), `a cup on the choice: ${heard.played}`);
  assert.equal(heard.played.includes('murmur'), outcome !== 'mediocrity', `the murmur of word of mouth after ${outcome}: ${heard.played}`);
  // The toggle is on every screen: turned off on the feedback card, the next customer comes in silently.
  const toggle = (await mirror(page)).items.findIndex((i) => i.id === 'sound');
  assert.ok(toggle >= 0, 'the feedback card offers the sound toggle');
  await page.locator(`#mirror-controls [data-index="${toggle}"]`).dispatchEvent('click');
  await page.waitForFunction(() => window.moments.mirror().items.find((i) => i.id === 'sound')?.checked === false);
  await press(page, 'Enter');
  assert.equal((await state(page)).screen, 'counter', 'the next customer');
  await page.waitForTimeout(300);
  assert.deepEqual((await sound(page)).played, heard.played, 'no cue after the sound was turned off');
  assert.deepEqual(problems, []);
  await page.close();

  const muted = await openPage(browser, `${server.url}?muted=1`, { init: COUNT_AUDIO });
  await waitForScreen(muted.page, 'title');
  const box = (await mirror(muted.page)).items.find((i) => i.id === 'sound');
  assert.equal(box.checked, false, '?muted=1 starts with the sound off');
  await muted.page.keyboard.press('Shift'); // a gesture
  await muted.page.evaluate(() => window.momentsSound.play([])); // nothing asked, nothing made
  const index = (await mirror(muted.page)).items.findIndex((i) => i.id === 'sound');
  await press(muted.page, 'Enter'); // the briefing, while muted
  await press(muted.page, 'Enter');
  await nextFrames(muted.page);
  heard = await sound(muted.page);
  assert.deepEqual(heard.played, [], 'no cue while muted');
  assert.equal(heard.made, 0, 'no AudioContext while muted');
  assert.ok(index >= 0);
  await muted.page.close();

  const turnedOn = await openPage(browser, `${server.url}?muted=1`, { init: COUNT_AUDIO });
  await waitForScreen(turnedOn.page, 'title');
  const at = (await mirror(turnedOn.page)).items.findIndex((i) => i.id === 'sound');
  await turnedOn.page.locator(`#mirror-controls [data-index="${at}"]`).click(); // a tap on the toggle where it is drawn
  await turnedOn.page.waitForFunction(() => window.moments.mirror().items.find((i) => i.id === 'sound').checked);
  await playUntil(turnedOn.page, 'counter');
  await turnedOn.page.waitForFunction(() => window.momentsSound.counts().played.includes('bell'));
  assert.equal((await sound(turnedOn.page)).made, 1, 'sound after the toggle');
  await turnedOn.page.close();
});

// [SECTION] Touch -------------------------------------------------------------------------

// A finger dragged from (x, y0) to (x, y1) in `steps` moves over `ms`, through the DevTools protocol.
async function swipe(page, x, y0, y1, steps = 8, ms = 120) {
  const cdp = await page.context().newCDPSession(page);
  const point = (y) => [{ x, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(y0) });
  for (let i = 1; i <= steps; i++) {
    await page.waitForTimeout(ms / steps);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y0 + (y1 - y0) * i / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a swipe scrolls the response list on a phone, glides on, and presses nothing', async () => {
  const { page, context, problems } = await touchPage(360, 640, server.url, () => localStorage.setItem('moments-settings', 'text=2'));
  await waitForScreen(page, 'title');
  await playUntil(page, 'counter');
  const before = await state(page);
  const first = (items) => items.find((i) => i.id?.startsWith('choice.'));
  const top0 = first((await mirror(page)).items).box[1];
  const start = first((await mirror(page)).items);
  await swipe(page, 180, 560, 260); // starts on whatever lies there, a response perhaps
  await nextFrames(page);
  const top1 = first((await mirror(page)).items).box[1];
  assert.ok(top1 < top0 - 150, `the responses moved up with the finger (from ${top0} to ${top1})`);
  await page.waitForTimeout(400);
  await nextFrames(page);
  const top2 = first((await mirror(page)).items).box[1];
  assert.ok(top2 < top1, `and glided on after it lifted (from ${top1} to ${top2})`);
  const after = await state(page);
  assert.equal(after.screen, 'counter', 'the swipe chose nothing');
  assert.deepEqual([after.customer.index, after.customer.line], [before.customer.index, before.customer.line], 'the swipe chose nothing');
  await checkPlaces(page, 'counter scrolled on a phone');
  assert.ok(start, 'a response was on screen');
  await screenshot(page, 'counter-swiped');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a mouse wheel turned over a response (a mirror control lies there) scrolls the screen', async () => {
  const { page, problems } = await openPage(browser, server.url, { width: 360, height: 640, init: () => localStorage.setItem('moments-settings', 'text=2') });
  await waitForScreen(page, 'title');
  await playUntil(page, 'counter');
  await page.mouse.move(4, 320); // the canvas's margin: ImGui scrolls by the wheel itself
  const inView = () => page.evaluate(() => window.moments.mirror().items.some((i) => i.id?.startsWith('choice.') && i.box[3] > 40 && i.box[1] < 400));
  for (let turns = 0; turns < 8 && !(await inView()); turns++) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
  }
  const visible = (await placed(page)).find((i) => i.id?.startsWith('choice.') && i.inView);
  assert.ok(visible, 'a response in view');
  await page.mouse.move(visible.box[0] + visible.box[2] / 2, visible.box[1] + visible.box[3] / 2);
  assert.ok((await placed(page)).find((i) => i.id === visible.id).hit, 'the pointer is over its mirror control');
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(([id, y]) => window.moments.mirror().items.find((i) => i.id === id).box[1] < y - 100, [visible.id, visible.box[1]]);
  assert.deepEqual(problems, []);
  await page.close();
});

// [SECTION] 320 px --------------------------------------------------------------------------

test('at 320 px wide nothing overflows and every control stays within the width', async () => {
  for (const size of ['0', '2']) {
    const { page, context, problems } = await touchPage(320, 640, server.url, (s) => localStorage.setItem('moments-settings', `text=${s}`), size);
    await waitForScreen(page, 'title');
    for (const target of ['title', 'briefing', 'counter', 'feedback']) {
      if ((await state(page)).screen !== target) await playUntil(page, target);
      const frame = await mirror(page);
      assert.deepEqual(frame.overflow, [], `${target} at 320 px, text size ${size}: nothing cut off`);
      for (const i of frame.items.filter((x) => x.box[2] > 0))
        assert.ok(i.box[0] >= 0 && i.box[0] + i.box[2] <= 320.5, `${target} at 320 px, text size ${size}: "${i.label}" ${JSON.stringify(i.box)} within the width`);
      await screenshot(page, target, `320-text${size}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
