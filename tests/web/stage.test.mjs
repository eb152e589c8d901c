// The counter is the screen: in the real web build, a customer walks up to the
// counter, reacts, and leaves pleased or fuming while word of mouth spreads as
// small figures (one per person reached), at a desktop and a phone size. The
// page's clock is Playwright's fake clock, paused, so each picture is taken at a
// known moment of the movement: build/screenshots/stage-<moment>-<w>x<h>.png.
// With reduced motion nothing moves: what changes during an arrival stays
// inside the customer's own place (a fade), where with motion it spans the walk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { serve, launch, waitForScreen, screenshotDir } from './harness.mjs';
import { venueFile } from './drive.mjs';

const sizes = [[1280, 720], [390, 844]];
const FRAME_MS = 17;
const SEED = 5;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// [SECTION] Pictures: Chromium's PNG screenshots decoded here (8-bit RGB or RGBA, not interlaced)

// The pixels of a PNG as { width, height, rgb } (rows top-down, 3 bytes a pixel).
function decodePng(png) {
  let at = 8, width = 0, height = 0, channels = 0;
  const data = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8), body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      assert.equal(body[8], 8, 'an 8-bit PNG');
      channels = { 2: 3, 6: 4 }[body[9]];
      assert.ok(channels && body[12] === 0, 'an RGB or RGBA PNG, not interlaced');
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data)), stride = width * channels, rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels] : 0, b = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predicted = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      rows[y * stride + x] = (line[x] + predicted) & 0xff;
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) rows.copy(rgb, i * 3, i * channels, i * channels + 3);
  return { width, height, rgb };
}

// The bounding box of the pixels that differ between two pictures, and how many: { n, left, right, top, bottom }.
function changed(a, b, fromX = 0) {
  const box = { n: 0, left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = 0; y < a.height; y++)
    for (let x = fromX; x < a.width; x++) {
      const i = (y * a.width + x) * 3;
      if (Math.abs(a.rgb[i] - b.rgb[i]) + Math.abs(a.rgb[i + 1] - b.rgb[i + 1]) + Math.abs(a.rgb[i + 2] - b.rgb[i + 2]) < 12) continue;
      box.n++;
      box.left = Math.min(box.left, x); box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y);
    }
  return box;
}

// How many pixels are exactly this colour.
function count(image, [r, g, b]) {
  let n = 0;
  for (let i = 0; i < image.rgb.length; i += 3) if (image.rgb[i] === r && image.rgb[i + 1] === g && image.rgb[i + 2] === b) n++;
  return n;
}

const magicGreen = [32, 128, 72], miseryRed = [178, 40, 48]; // theme::kMagic and theme::kMisery

// [SECTION] Driving the page on a paused clock

// A page at this size whose clock the test moves; reduced motion as the browser's own setting.
async function open(width, height, reducedMotion) {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.clock.install();
  await page.goto(`${server.url}?seed=${SEED}`); // the same customers in the same order every run
  await waitForScreen(page, 'title');
  return { page, problems };
}

const state = (page) => page.evaluate(() => window.moments.state());

// Moves the page's clock on by `ms` (the game draws a frame each display refresh it is given).
const run = (page, ms) => page.clock.runFor(ms);

// Stops the clock: from here on the game moves only when run() gives it time.
async function pause(page) {
  for (let attempt = 0; ; attempt++) { // the page's time flows on meanwhile: aim a little ahead of it
    try {
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

// Presses a key and gives the game frames until its state shows `until(state)`.
async function pressUntil(page, key, until) {
  await page.keyboard.press(key);
  for (let i = 0; i < 60; i++) {
    await run(page, FRAME_MS * 2);
    const s = await state(page);
    if (until(s)) return s;
  }
  throw new Error(`pressing ${key} did not get the game there (now on ${(await state(page)).screen})`);
}

// A picture of the page now, saved as build/screenshots/stage-<name>-<w>x<h>.png (when named) and decoded.
async function picture(page, name) {
  const png = await page.screenshot();
  if (name) {
    const { width, height } = page.viewportSize();
    await mkdir(screenshotDir, { recursive: true });
    await writeFile(join(screenshotDir, `stage-${name}-${width}x${height}.png`), png);
  }
  return decodePng(png);
}

// From the title to the first customer stepping up, on a paused clock: the counter's second
// frame (its first records the still scene and draws its few moving details over it once).
async function toCounter(page) {
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await pause(page);
  await pressUntil(page, 'Enter', (s) => s.screen === 'counter');
  await run(page, FRAME_MS);
  return state(page);
}

// The café's responses by id (<venue>.<encounter>.<beat>.<response>) with their satisfaction.
const satisfaction = new Map();
for (const e of venueFile('cafe_counter').encounters)
  for (const b of e.beats) for (const r of b.responses) satisfaction.set(`cafe_counter.${e.id}.${b.id}.${r.id}`, r.satisfaction);

// The key of the response that pleases the customer most (or least) right now.
function keyFor(s, most) {
  const values = s.choice_ids.map((id) => satisfaction.get(id));
  const pick = most ? Math.max(...values) : Math.min(...values);
  return String(values.indexOf(pick) + 1);
}

// Serves customers with the most (or least) pleasing answers until one leaves with `outcome`;
// returns the state of the feedback screen's first frame, the clock paused there.
async function serveUntil(page, outcome) {
  for (let guard = 0; guard < 40; guard++) {
    const s = await state(page);
    if (s.screen === 'debrief') break;
    if (s.screen === 'feedback') {
      await pressUntil(page, 'Enter', (n) => n.screen !== 'feedback');
      continue;
    }
    const before = JSON.stringify([s.customer?.index, s.customer?.beat]);
    const next = await pressUntil(page, keyFor(s, outcome === 'magic'), (n) => JSON.stringify([n.customer?.index, n.customer?.beat]) !== before);
    if (next.screen === 'feedback' && next.feedback.outcome === outcome) return next;
  }
  throw new Error(`no customer left with ${outcome} in a day of ${outcome === 'magic' ? 'the best' : 'the worst'} answers`);
}

// [SECTION] Tests

for (const [width, height] of sizes) {
  test(`a customer walks up, reacts and leaves pleased or fuming at ${width}x${height}`, async () => {
    for (const outcome of ['magic', 'misery']) {
      const { page, problems } = await open(width, height, false);
      const first = await toCounter(page);
      assert.ok(first.stage.arrived < 0.1, `the first customer has just stepped up (${first.stage.arrived} s ago)`);
      if (outcome === 'magic') { // the arrival, once per size
        await run(page, 200);
        await picture(page, 'arriving');
        await run(page, 1000);
        assert.ok((await state(page)).stage.arrived >= 0.8, 'a second later they stand at the counter');
        await picture(page, 'arrived');
      }
      const served = await serveUntil(page, outcome);
      assert.ok(served.stage.left < 0.1, 'the feedback opens as the customer is served');
      assert.equal(Math.abs(served.feedback.reach), outcome === 'misery' ? 20 : 10, 'the reach: twenty for a misery, ten for a magic moment');
      await run(page, 300);
      const reacting = await picture(page, `${outcome}-reacting`);
      await run(page, 1200);
      await picture(page, `${outcome}-leaving`);
      await run(page, 2500);
      const after = await picture(page, `${outcome}-after`);
      await run(page, 500);
      assert.equal(changed(after, await picture(page)).n, 0, 'the departure is over: nothing moves any more');

      // Word of mouth: one small figure per person in the outcome's colour, none in the other.
      const gained = (colour) => count(after, colour) - count(reacting, colour);
      const [own, other] = outcome === 'misery' ? [miseryRed, magicGreen] : [magicGreen, miseryRed];
      assert.ok(gained(own) > 600, `${outcome}: the figures of word of mouth cover ${gained(own)} more pixels of its colour`);
      assert.ok(gained(other) < 100, `${outcome}: ${gained(other)} more pixels of the other outcome's colour`);
      assert.deepEqual(problems, [], 'no console errors');
      await page.close();
    }
  });
}

test('customers who wait stand in line behind the counter with their patience on them', async () => {
  const { page, problems } = await open(1280, 720, false);
  await toCounter(page);
  const alone = await picture(page);
  let s = await state(page);
  for (let waited = 0; s.queue.length < 2 && waited < 180; waited += 5) { // the next customers come in while this one thinks
    await run(page, 5000);
    s = await state(page);
  }
  assert.ok(s.queue.length >= 2, `${s.queue.length} customers wait in line`);
  await run(page, 1500); // the last one in line has walked to their place
  const line = await picture(page, 'line');
  assert.ok(changed(alone, line).n > 2000, 'the waiting customers are drawn');
  await run(page, 20000); // their patience runs down: the rings on them empty
  s = await state(page);
  assert.ok(s.queue.some((q) => q.patience < 1), 'patience in line runs down');
  const later = await picture(page, 'line-later');
  // Right of the customer at the counter (the lamp's glow, left of them, flickers on its own).
  const rings = changed(line, later, Math.round(line.width * 0.25));
  assert.ok(rings.n > 50, `the line's patience shows on them (${JSON.stringify(rings)})`);
  assert.deepEqual(problems, [], 'no console errors');
  await page.close();
});

test('the stage draws every frame while the customer walks up, and rests once they stand', async () => {
  const { page } = await open(1280, 720, false);
  await toCounter(page);
  const drawn = async () => (await page.evaluate(() => window.moments.frameStats())).frames;
  let before = await drawn();
  await run(page, 500); // 30 display refreshes into the arrival
  const walking = (await drawn()) - before;
  assert.ok(walking >= 20, `frames drawn in the first 0.5 s of the walk: ${walking}`);
  await run(page, 1000); // the arrival is over
  before = await drawn();
  await run(page, 600); // only the patience timer's caption may step (once a second)
  const resting = (await drawn()) - before;
  assert.ok(resting <= 4, `frames drawn in 0.6 s with nothing moving: ${resting}`);
  await page.close();
});

test('reduced motion turns the arrival into a fade: nothing moves', async () => {
  // Reduced motion: the first frame of the arrival shows no customer yet, so what differs from
  // the settled picture is exactly the customer's place; every later picture changes only inside it.
  {
    const { page, problems } = await open(1280, 720, true);
    await toCounter(page);
    const shots = [await picture(page)];
    for (const ms of [120, 150, 200]) { // about 0.15, 0.3 and 0.5 s into the arrival
      await run(page, ms);
      shots.push(await picture(page, ms === 150 ? 'arriving-reduced' : ''));
    }
    await run(page, 300); // the arrival is over (and the patience timer's first second is not)
    const settled = await picture(page);
    await run(page, 100);
    assert.equal(changed(settled, await picture(page)).n, 0, 'the arrival is over: nothing changes any more');
    const place = changed(shots[0], settled);
    assert.ok(place.n > 500, `the customer appears during the arrival (${place.n} pixels change)`);
    for (const [i, shot] of shots.entries()) {
      const now = changed(shot, settled);
      assert.ok(now.n === 0 || (now.left >= place.left && now.right <= place.right && now.top >= place.top && now.bottom <= place.bottom),
        `picture ${i}: everything that changes lies in the customer's place (${JSON.stringify(now)} in ${JSON.stringify(place)})`);
    }
    const midway = changed(shots[2], settled);
    assert.ok(midway.n > 0, 'at 0.3 s the customer is still fading in');
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  }
  // With motion the same arrival is a walk from the line: the arrival tests above see it move.
});
