// Shared set-up for the browser tests: serves the real web build on
// 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const webDir = process.env.MOMENTS_WEB_DIR || join(root, 'build/web-release/web');
export const screenshotDir = join(root, 'build/screenshots');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

// A static file server for `dir` on a free loopback port; `headers` are added to every reply.
export async function serve(dir = webDir, headers = {}) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'Content-Type': types[extname(path)] || 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // close() drops kept-alive connections, which a browser that stays open would hold forever.
  const close = () => new Promise((r) => { server.close(r); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${server.address().port}/`, close };
}

// Headless Chromium with software WebGL 2 and no stray network traffic.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

// A page that records console errors and uncaught exceptions.
export async function openPage(browser, url, { width = 1280, height = 720, scale = 1, init } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, problems };
}

export const state = (page) => page.evaluate(() => window.moments.state());

// Waits until the game reports `screen` (e.g. "title", "counter").
export async function waitForScreen(page, screen, timeout = 30000) {
  // state() can throw while the WebAssembly module is still being instantiated: keep polling.
  await page.waitForFunction((s) => { try { return window.moments && window.moments.state().screen === s; } catch { return false; } },
    screen, { timeout });
  await page.waitForTimeout(100); // let the frame that shows it reach the canvas
}

// Saves build/screenshots/<name>-<w>x<h>.png, or <name>-<w>x<h>-<suffix>.png (e.g. a language).
export async function screenshot(page, name, suffix = '') {
  await mkdir(screenshotDir, { recursive: true });
  const { width, height } = page.viewportSize();
  await page.screenshot({ path: join(screenshotDir, `${name}-${width}x${height}${suffix ? `-${suffix}` : ''}.png`) });
}
