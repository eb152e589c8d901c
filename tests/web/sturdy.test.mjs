// The page under hostile conditions: a strict Content-Security-Policy, a
// sandboxed cross-origin iframe, and a lost WebGL context.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serve, launch, openPage, waitForScreen } from './harness.mjs';

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
  assert.match(await frame.textContent('#failure-text'), /could not start/);
  await page.close();
  await new Promise((r) => { host.close(r); host.closeAllConnections(); });
  await game.close();
});

test('a lost WebGL context is explained on screen, not left blank', async () => {
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
