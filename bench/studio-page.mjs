// The venue studio's share of the benchmark: its download beyond the game files it
// shares (build/web-release/studio without game/, gzip -9 per file) and its time to
// interactive (navigation start → the page marks 'studio-interactive': text, schema,
// engine loaded and the first venue open in the forms; then 'studio-checked' when the
// first check of that venue is shown) against the game's time to its title
// (navigation start → Module.onGameReady), medians of --runs runs, interleaved.
// Prints markdown rows for the README's table and the two targets; never fails on a miss.
//
//   node bench/studio-page.mjs [--runs 5]      (tools/bench runs it after bench/bench.mjs)
import { readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../tests/web/harness.mjs';
import { openFresh, VIEWPORT } from './pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const STUDIO_DIR = join(root, 'build/web-release/studio');
const GAME_DIR = join(root, 'build/web-release/web');
const at = process.argv.indexOf('--runs');
const RUNS = Math.max(1, at >= 0 ? Number(process.argv[at + 1]) : 5);
const BUDGET_BYTES = 600_000;
const BUDGET_RATIO = 1.5;

// Every file under `dir` but its game/ copy, with its raw and gzip -9 sizes.
function studioFiles(dir) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) { if (relative(dir, path) !== 'game') walk(path); continue; }
      out.push({ name: relative(dir, path), raw: statSync(path).size, gzip: execFileSync('gzip', ['-9', '-n', '-c', path], { maxBuffer: 1 << 28 }).length });
    }
  };
  walk(dir);
  return out;
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const int = (n) => Math.round(n).toLocaleString('en-US');
const range = (v) => `${int(median(v))} (${int(Math.min(...v))}–${int(Math.max(...v))})`;

// Opens the studio in a fresh context; ms from navigation start to interactive and to the first
// check shown, and the files it fetched.
async function studioLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-checked]', { timeout: 60000 });
  const [ms, checkedMs] = await page.evaluate(() => ['studio-interactive', 'studio-checked'].map((n) => performance.getEntriesByName(n)[0].startTime));
  await context.close();
  return { ms, checkedMs, fetched };
}

const files = studioFiles(STUDIO_DIR);
const studio = await serve(STUDIO_DIR);
const game = await serve(GAME_DIR);
const browser = await launch();
const times = { studio: [], checked: [], game: [] };
let fetched = new Set();
try {
  await studioLoad(browser, studio.url); // warm-up: the first launch of each pays for the browser's own start
  await (await openFresh(browser, game.url, { hook: true })).context.close();
  for (let run = 0; run < RUNS; run++) {
    const s = await studioLoad(browser, studio.url);
    times.studio.push(s.ms);
    times.checked.push(s.checkedMs);
    fetched = s.fetched;
    const g = await openFresh(browser, game.url, { hook: true });
    times.game.push(g.firstFrameMs);
    await g.context.close();
  }
} finally {
  await browser.close();
  await studio.close();
  await game.close();
}

const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
const atStart = files.filter((f) => fetched.has('/' + f.name));
const ratio = median(times.studio) / median(times.game);
console.log('| measure | studio | game | studio / game |');
console.log('|---|---:|---:|---:|');
console.log(`| studio files beyond the game's (${files.length} files: page, engine, text, schema, the shipped venues as templates, packaging, libraries), raw · gzip | ${int(sum(files, 'raw'))} · ${int(sum(files, 'gzip'))} | — | — |`);
console.log(`| of which fetched to become interactive (${atStart.length} files), raw · gzip | ${int(sum(atStart, 'raw'))} · ${int(sum(atStart, 'gzip'))} | — | — |`);
console.log(`| time to interactive (studio: navigation → the template open in the forms; game: → title drawn), ms | ${range(times.studio)} | ${range(times.game)} | ${ratio.toFixed(2)} |`);
console.log(`| studio: navigation → the café template's first check shown (27 customers, four translations; checked 300 ms after the last change), ms | ${range(times.checked)} | — | — |`);
console.log('');
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
console.log(`- ${verdict(sum(files, 'gzip') <= BUDGET_BYTES)} studio download ≤ 600 KB gzip beyond the game's files: ${int(sum(files, 'gzip'))} bytes`);
console.log(`- ${verdict(ratio <= BUDGET_RATIO)} studio interactive ≤ 1.5 × the game's time to its title: ${int(median(times.studio))} ms vs ${int(median(times.game))} ms = ${ratio.toFixed(2)} ×`);
console.log(`Command: node bench/studio-page.mjs --runs ${RUNS}`);
