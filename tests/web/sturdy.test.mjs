// The page under hostile conditions: a strict Content-Security-Policy, a
// sandboxed cross-origin iframe, servers that decode or damage the gzipped
// files, a lost WebGL context, a saved game too large to hand over, and two
// packages sharing one origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, waitForScreen, webDir, state } from './harness.mjs';
import { playUntil, press, uiText } from './drive.mjs';
import { readPack, writePack } from '../../web/packaging/package.mjs';
import { gzipSync } from 'node:zlib';

const kCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the game runs under a strict Content-Security-Policy with no violation', async () => {
  const server = await serve(undefined, { 'Content-Security-Policy': kCsp });
  const { page, problems } = await openPage(browser, server.url);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI)));
  await page.reload();
  await waitForScreen(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), []);
  await page.close();
  await server.close();
});

// Embeds the game from `game` in a page on another origin (localhost vs 127.0.0.1)
// inside <iframe sandbox="...">, then plays from the title to the briefing.
async function playEmbedded(game, sandbox) {
  const port = new URL(game.url).port;
  const host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><title>LMS page</title><iframe sandbox="${sandbox}" src="http://127.0.0.1:${port}/" style="width:1000px;height:700px"></iframe>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = page.frames().find((f) => f.url().startsWith(`http://127.0.0.1:${port}`));
  assert.ok(frame, 'the game frame loaded');
  await frame.waitForFunction(() => window.moments && window.moments.state().screen === 'title', null, { timeout: 30000 });
  await frame.locator('#canvas').press('Enter'); // keys go to the game's frame, as a learner's would
  await frame.waitForFunction(() => window.moments.state().screen === 'briefing');
  assert.deepEqual(errors, []);
  await page.close();
  await new Promise((r) => { host.close(r); host.closeAllConnections(); });
}

test('the game plays standalone in a sandboxed cross-origin iframe that keeps its origin', async () => {
  const game = await serve();
  await playEmbedded(game, 'allow-scripts allow-same-origin');
  await game.close();
});

test('in a fully sandboxed iframe (opaque origin) it plays when the server allows CORS, as tools/play does', async () => {
  const game = await serve(undefined, { 'Access-Control-Allow-Origin': '*' });
  await playEmbedded(game, 'allow-scripts');
  await game.close();
});

test('files the server refuses are explained on screen, not an endless loading bar', async () => {
  const game = await serve(); // no CORS: an opaque-origin frame cannot fetch the wasm
  const port = new URL(game.url).port;
  const host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><iframe sandbox="allow-scripts" src="http://127.0.0.1:${port}/"></iframe>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const page = await browser.newPage();
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = page.frames().find((f) => f.url().startsWith(`http://127.0.0.1:${port}`));
  await frame.waitForSelector('#failure:not([hidden])', { timeout: 30000 });
  assert.match(await frame.textContent('#failure-text'), /could not be loaded: Failed to fetch/);
  await page.close();
  await new Promise((r) => { host.close(r); host.closeAllConnections(); });
  await game.close();
});

// Serves the web build, handing each gzipped file (game.wasm.gz, assets.pack.gz)
// to `gz(body)`, which returns the headers and bytes to send instead.
async function serveGz(gz) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    try {
      const body = await readFile(join(webDir, path.replace(/\.\.+/g, '')));
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.slice(path.lastIndexOf('.'))];
      const out = path.endsWith('.gz') ? gz(body) : { headers: {}, body };
      res.writeHead(200, { 'Content-Type': type || 'application/octet-stream', ...out.headers });
      res.end(out.body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) };
}

test('a server that sends the gzipped files with Content-Encoding (the browser inflates them) still starts the game', async () => {
  const game = await serveGz((body) => ({ headers: { 'Content-Encoding': 'gzip' }, body }));
  try {
    const { page, problems } = await openPage(browser, game.url);
    await waitForScreen(page, 'title');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await game.close();
  }
});

test('a damaged download (a cut-off wasm and pack) is explained on screen, not an endless loading bar', async () => {
  const game = await serveGz((body) => ({ headers: {}, body: body.subarray(0, body.length >> 1) }));
  try {
    const page = await browser.newPage();
    await page.goto(game.url);
    await page.waitForSelector('#failure:not([hidden])', { timeout: 30000 });
    assert.match(await page.textContent('#failure-text'), /^The game files could not be loaded: [^]*[^.]\. Check the connection and reload\.$/);
    await page.close();
  } finally {
    await game.close();
  }
});

test('a pack without its fonts is explained on screen (the web game has no fallback font), not a crash', async () => {
  const server = await serve();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const files = readPack(await readFile(join(webDir, 'assets.pack.gz')));
  const fontless = Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('fonts/')));
  await page.route('**/assets.pack.gz', (route) => route.fulfill({ body: gzipSync(writePack(fontless)), contentType: 'application/octet-stream' }));
  await page.goto(server.url);
  await page.waitForSelector('#failure:not([hidden])', { timeout: 30000 });
  assert.match(await page.textContent('#failure-text'), /^The game files are damaged \(their fonts are missing\)/);
  assert.deepEqual(errors, []);
  await page.close();
  await server.close();
});

test('a lost WebGL context is explained on screen, not left blank'
, async () => {
  const server = await serve();
  const { page } = await openPage(browser, server.url);
  await waitForScreen(page, 'title');
  await page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-text'), /graphics/i);
  await page.close();
  await server.close();
});

test("the browser's prefers-reduced-motion setting reaches the game", async () => {
  const server = await serve();
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await waitForScreen(page, 'title');
  const box = (await page.evaluate(() => window.moments.mirror())).items.find((i) => i.kind === 'checkbox');
  assert.equal(box.checked, true, 'the reduce-motion setting starts on');
  await page.close();
  await server.close();
});

test('a saved game far larger than any week (5 M characters) is kept aside with a notice; the game starts afresh', async () => {
  const server = await serve();
  const huge = 'mot3|cafe_counter|2|t|1|0|0' + 'c0@a,'.repeat(1040000); // about 5.2 M characters
  const { page, problems } = await openPage(browser, server.url, {
    init: `try { localStorage.setItem('moments-of-truth.save', ${JSON.stringify(huge)}); } catch (e) { console.error('could not store the test save: ' + e.message); }`,
  });
  await waitForScreen(page, 'title');
  const labels = (await page.evaluate(() => window.moments.mirror())).items.map((i) => i.label).join('\n');
  // The learner reads why in their language (the page's own English reason goes to its console and quarantine).
  assert.ok(labels.includes(`could not be restored (${uiText('en')['error.save.unreadable']})`), labels);
  assert.equal((await page.evaluate(() => window.moments.state())).week, undefined, 'a fresh start: no week under way');
  assert.deepEqual(problems, []);
  await page.close();
  await server.close();
});

test('two packages on one origin keep separate saves: an assessment page never resumes the training week', async () => {
  const server = await serve();
  const context = await browser.newContext(); // one origin, one local storage
  const page = await context.newPage();
  await page.goto(`${server.url}?seed=3`);
  await waitForScreen(page, 'title');
  await playUntil(page, 'feedback'); // one customer served: the training week is saved
  const training = await page.evaluate(() => localStorage.getItem('moments-of-truth.save'));
  assert.match(training || '', /^mot3\|/);
  await page.goto(`${server.url}?mode=assessment`);
  await waitForScreen(page, 'title');
  const exam = await state(page);
  assert.equal(exam.mode, 'assessment');
  assert.equal(exam.week, undefined, 'the assessment starts fresh');
  await playUntil(page, 'counter');
  for (let n = 0; n < 3; n++) await press(page, '1'); // the assessment saves its own progress
  assert.equal(await page.evaluate(() => localStorage.getItem('moments-of-truth.save')), training, 'the training save is untouched');
  await page.goto(server.url);
  await page.waitForFunction(() => { try { return window.moments.state().screen === 'feedback'; } catch { return false; } });
  await context.close();
  await server.close();
});

test('a second tab of the same package is told it saves nothing, and the first tab\'s progress stays as it was', async () => {
  const server = await serve();
  const context = await browser.newContext(); // one origin, one local storage, shared locks
  const first = await context.newPage();
  await first.goto(`${server.url}?seed=5`);
  await waitForScreen(first, 'title');
  await playUntil(first, 'feedback');
  const saved = await first.evaluate(() => localStorage.getItem('moments-of-truth.save'));
  assert.match(saved || '', /^mot3\|/);
  const second = await context.newPage();
  const problems = [];
  second.on('pageerror', (e) => problems.push(e.message));
  await second.goto(`${server.url}?seed=6`);
  await second.waitForFunction(() => { try { return window.moments.state().screen !== 'loading'; } catch { return false; } });
  // The title does not wait for the lock: the notice comes once the first tab is known to hold it.
  await second.waitForFunction(() => window.moments.state().page_notices.length > 0, null, { timeout: 5000 });
  assert.deepEqual((await state(second)).page_notices, ['other_tab']);
  assert.equal(await second.evaluate(() => window.MomentsLMS.readOnly), true);
  const labels = (await second.evaluate(() => window.moments.mirror())).items.map((i) => i.label).join('\n');
  assert.match(labels, /already open in another tab/);
  await playUntil(second, 'counter');
  await press(second, '1');
  assert.equal(await second.evaluate(() => localStorage.getItem('moments-of-truth.save')), saved, 'the second tab wrote nothing');
  assert.equal((await state(first)).page_notices.length, 0, 'the first tab saves as before');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the page starts under Trusted Types (require-trusted-types-for \'script\') with no violation', async () => {
  const server = await serve(undefined, { 'Content-Security-Policy': kCsp + "; require-trusted-types-for 'script'; trusted-types moments" });
  const { page, problems } = await openPage(browser, 'about:blank');
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI)));
  await page.goto(server.url);
  await waitForScreen(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
  await server.close();
});

test('in a sandboxed frame without allow-downloads, exporting the CSV says what happened instead of failing silently', async () => {
  const server = await serve();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(server.url + 'lms-page.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><title>LMS</title><iframe sandbox="allow-scripts allow-same-origin" src="/?seed=4&mode=assessment" style="width:1200px;height:850px"></iframe>',
  }));
  await page.goto(server.url + 'lms-page.html');
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => { try { return window.moments.state().screen === 'title'; } catch { return false; } }, null, { timeout: 30000 });
  await frame.locator('#canvas').focus();
  for (let step = 0; step < 200; step++) {
    const s = await frame.evaluate(() => window.moments.state());
    if (s.screen === 'debrief') break;
    await frame.locator('#canvas').press(s.screen === 'counter' ? '1' : 'Enter');
    await page.waitForTimeout(60);
  }
  await frame.locator('#mirror-controls button', { hasText: 'Export every choice' }).dispatchEvent('click'); // as a screen reader activates it
  await frame.waitForFunction(() => window.moments.state().page_notices.length > 0, null, { timeout: 5000 });
  const notices = (await frame.evaluate(() => window.moments.state())).page_notices;
  assert.ok(notices[0] === 'download_copied' || notices[0] === 'download_blocked', notices.join());
  const labels = (await frame.evaluate(() => window.moments.mirror())).items.map((i) => i.label).join('\n');
  assert.match(labels, /clipboard|does not allow downloads/);
  await page.close();
  await server.close();
});

test('a full browser storage is told to the learner, and play goes on', async () => {
  const server = await serve();
  const { page, problems } = await openPage(browser, server.url, {
    // Another page of this origin has filled the storage.
    init: `if (!sessionStorage.getItem('filled')) { sessionStorage.setItem('filled', '1');
      let i = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) { // to the brim: big blocks, then ever smaller ones
        const block = 'x'.repeat(size);
        try { for (;;) localStorage.setItem('filler-' + i++, block); } catch (e) { /* this size no longer fits */ }
      } }`,
  });
  await waitForScreen(page, 'title');
  await playUntil(page, 'feedback'); // the save after the first customer finds no room
  await page.waitForFunction(() => window.moments.state().page_notices.includes('storage_full'), null, { timeout: 5000 });
  const labels = (await page.evaluate(() => window.moments.mirror())).items.map((i) => i.label).join('\n');
  assert.match(labels, /storage is full/);
  await playUntil(page, 'counter');
  assert.deepEqual(problems, []);
  await page.close();
  await server.close();
});
