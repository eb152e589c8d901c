// The benchmark: our web build against a minimal Dear ImGui + SDL2 + WebGL 2
// page built the same way (bench/reference), plus the native simulator.
// Prints one markdown table (medians of --runs runs), the targets with
// PASS/MISS, and the command line. It reports; it never fails on a missed target.
//
//   node bench/bench.mjs [--runs 5] [--idle-seconds 10] [--floor]     (tools/bench builds first, then runs this)
// --floor also measures Chromium's own floor (an about:blank tab) for scale: 10 s more a run.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { serve } from '../tests/web/harness.mjs';
import { isolateMainThreads, launchTagged, measureIdle, releaseThreads } from './procs.mjs';
import { openFresh, playUntil, sleep, state, waitForScreen } from './pages.mjs';
import { STUDIO_DIR, studioCheckTimes } from './studio.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OURS_DIR = join(root, 'build/web-release/web');
const REFERENCE_DIR = join(root, 'build/web-release/reference');
const SIM = join(root, 'build/native-release/moments-sim');
const VENUE = 'assets/venues/cafe_counter.json';

// [SECTION] Options -------------------------------------------------------------------

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = Math.max(1, option('--runs', 5));
const FLOOR = process.argv.includes('--floor');
const IDLE_MS = 1000 * option('--idle-seconds', 10);
const SETTLE_MS = 2000; // after reaching a screen, before measuring: let the loop settle and pause (a ripple lasts 1.6 s)
const STILL_MS = 1000;  // idle means the game has drawn no frame for this long (a departure moves for up to 2.1 s)
const COMMAND = process.env.MOMENTS_BENCH_COMMAND || ['node', 'bench/bench.mjs', ...process.argv.slice(2)].join(' ');

const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const t0 = Date.now();
const log = (text) => process.stderr.write(`[bench ${String(Math.round((Date.now() - t0) / 1000)).padStart(3)} s] ${text}\n`);
const problems = [];

// [SECTION] Statistics and formatting -----------------------------------------------------

function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const fmt = (n, digits) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? fmt(a / b, a / b < 0.1 ? 3 : 2) : '—');
// A median with its range over the runs, e.g. "812 (790–850)".
function withRange(values, digits) {
  const v = values.filter(Number.isFinite);
  if (!v.length) return 'n/a';
  const f = digits === 0 ? fmtInt : (n) => fmt(n, digits);
  return v.length > 1 ? `${f(median(v))} (${f(Math.min(...v))}–${f(Math.max(...v))})` : f(v[0]);
}

// [SECTION] Download size -------------------------------------------------------------------

// Raw, gzip -9 and brotli (quality 11) bytes of one file. Deterministic: the same every run.
function sizesOf(file) {
  const body = readFileSync(file);
  let gzip;
  try { gzip = execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 28 }).length; }
  catch { gzip = gzipSync(body, { level: 9 }).length; }
  const brotli = brotliCompressSync(body, { params: {
    [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
  return { raw: body.length, gzip, brotli };
}

// Every file of a build folder (not sub-folders), in the order a learner's browser asks for them.
function filesOf(dir, order) {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  const rank = (n) => (order.indexOf(n) >= 0 ? order.indexOf(n) : order.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((name) => ({ name, ...sizesOf(join(dir, name)) }));
}

function total(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

// A language pack (assets.<lang>.pack.gz): the page fetches only the learner's language's.
const isLanguagePack = (name) => /^assets\.[a-z]{2,3}\.pack\.gz$/.test(name);

// What one learner downloads: every file but the language packs, plus the largest of those.
function learnerDownload(files) {
  const packs = files.filter((f) => isLanguagePack(f.name));
  const largest = packs.reduce((a, b) => (a && a.raw >= b.raw ? a : b), null);
  return { files: [...files.filter((f) => !isLanguagePack(f.name)), ...(largest ? [largest] : [])], largest };
}

// [SECTION] Native simulator ----------------------------------------------------------------

function simulatorRun() {
  const out = execFileSync(SIM, ['--venue', VENUE, '--bench'], { cwd: root, encoding: 'utf8' });
  const m = /bench: (\d+) encounters in ([\d.]+) s = (\d+) encounters per second/.exec(out);
  if (!m) throw new Error(`unexpected moments-sim output: ${out.trim()}`);
  return Number(m[3]);
}

// [SECTION] Browser runs -----------------------------------------------------------------------

// Ours: first frame in a fresh context, then day 1 played with the keyboard, then the frame work stats.
// The play runs with the page's main thread on a core of its own (see isolateMainThreads).
async function oursLoadAndPlay(browser, root, url) {
  const { context, page, firstFrameMs, problems: pageProblems } = await openFresh(browser, url, { hook: true });
  try {
    await waitForScreen(page, 'title');
    if (!isolateMainThreads(root)) problems.push('ours: frame work timed without a core of its own (a single core, or no renderer process found)');
    const end = await playUntil(page, (s) => s.screen === 'debrief');
    const stats = await page.evaluate(() => window.moments.frameStats());
    if (pageProblems.length) problems.push(`ours: page errors: ${pageProblems.join(' | ')}`);
    return { firstFrameMs, stats, served: end.served };
  } finally {
    releaseThreads(root);
    await context.close();
  }
}

async function referenceLoad(browser, url) {
  const { context, firstFrameMs, problems: pageProblems } = await openFresh(browser, url);
  await context.close();
  if (pageProblems.length) problems.push(`reference: page errors: ${pageProblems.join(' | ')}`);
  return { firstFrameMs };
}

// Waits (SETTLE_MS at least, 3 × SETTLE_MS at most) until the page has drawn no frame for STILL_MS:
// a screen's own movement (a customer leaving, word of mouth spreading) is over before idle is measured.
async function settle(page) {
  const started = Date.now();
  const frames = async () => (await page.evaluate(() => window.moments.frameStats())).frames;
  let last = await frames(), stillSince = Date.now();
  while (Date.now() - started < 3 * SETTLE_MS && (Date.now() - started < SETTLE_MS || Date.now() - stillSince < STILL_MS)) {
    await sleep(100);
    const now = await frames();
    if (now !== last) { last = now; stillSince = Date.now(); }
  }
}

// Ours, in a browser of its own: CPU over IDLE_MS on the title, on the first
// feedback card, and on the next customer's counter while the patience timer runs.
async function oursIdle(url) {
  const { browser, root: pid } = await launchTagged();
  try {
    const { page } = await openFresh(browser, url, { hook: true });
    await waitForScreen(page, 'title');
    await settle(page);
    const title = await measureIdle(pid, IDLE_MS);
    if ((await state(page)).screen !== 'title') problems.push('ours: left the title screen during the idle measurement');

    await playUntil(page, (s) => s.screen === 'feedback');
    await settle(page);
    const feedback = await measureIdle(pid, IDLE_MS);
    if ((await state(page)).screen !== 'feedback') problems.push('ours: left the feedback card during the idle measurement');

    await playUntil(page, (s) => s.screen === 'counter');
    await sleep(SETTLE_MS);
    const before = await state(page);
    const counter = await measureIdle(pid, IDLE_MS);
    const after = await state(page);
    if (after.screen !== 'counter' || after.customer?.index !== before.customer?.index)
      problems.push('ours: the counter changed during the timer measurement');
    counter.timer = [before.timer_seconds_left, after.timer_seconds_left];
    if (!(before.timer_seconds_left > after.timer_seconds_left))
      problems.push(`ours: the patience timer did not run on the counter (${before.timer_seconds_left} -> ${after.timer_seconds_left} s left)`);
    return { title, feedback, counter };
  } finally {
    await browser.close();
  }
}

// The reference, in a browser of its own: (with --floor, first Chromium's floor on about:blank), then the reference idle.
async function referenceIdle(url) {
  const { browser, root: pid } = await launchTagged();
  try {
    let blank = { seconds: NaN };
    if (FLOOR) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await context.newPage(); // about:blank
      await sleep(SETTLE_MS);
      blank = await measureIdle(pid, IDLE_MS);
      await context.close();
    }
    const { page } = await openFresh(browser, url);
    await sleep(SETTLE_MS);
    const idle = await measureIdle(pid, IDLE_MS);
    await page.context().close();
    return { blank, idle };
  } finally {
    await browser.close();
  }
}

// Runs `fn`, logging and keeping a failure instead of stopping the benchmark.
async function attempt(what, fn) {
  try { return await fn(); }
  catch (e) { problems.push(`${what}: ${e.message.split('\n')[0]}`); log(`${what} failed: ${e.message.split('\n')[0]}`); return null; }
}

// [SECTION] Main ----------------------------------------------------------------------------------

async function main() {
  for (const [what, path] of [['our web build', join(OURS_DIR, 'game.wasm.gz')], ['the reference', join(REFERENCE_DIR, 'reference.wasm')], ['moments-sim', SIM],
                                ['the studio engine', join(STUDIO_DIR, 'moments-studio.wasm')]])
    if (!existsSync(path)) { console.error(`bench: ${what} is missing (${path}): run tools/bench, which builds it`); process.exit(1); }
  const started = Date.now();
  const loadAtStart = loadavg()[0];

  log('download sizes');
  const oursFiles = filesOf(OURS_DIR, ['index.html', 'style.css', 'favicon.svg', 'page.js', 'game.wasm.gz', 'assets.pack.gz']);
  const refFiles = filesOf(REFERENCE_DIR, ['index.html', 'reference.js', 'reference.wasm']);

  log(`native simulator, ${RUNS} runs`);
  const simRates = [];
  for (let i = 0; i < RUNS; i++) { const r = await attempt(`moments-sim run ${i + 1}`, async () => simulatorRun()); if (r) simRates.push(r); }
  log(`studio engine, ${RUNS} checks of a 12-customer venue`);
  const studio = await attempt('studio checks', () => studioCheckTimes(RUNS));

  // Cross-origin isolated, so performance.now() (the game's frame timer) ticks in 5 µs steps rather than 100 µs.
  const ours = await serve(OURS_DIR, ISOLATED);
  const reference = await serve(REFERENCE_DIR, ISOLATED);
  const load = { ours: [], reference: [], median: [], p95: [], max: [], first: [], maxAfterFirst: [], slowest: [], spikes: [], frames: [], damageMedian: [], damageP95: [] };
  const cpu = { title: [], feedback: [], counter: [], reference: [], blank: [], timers: [] };
  let version = '?';
  try {
    log(`first frame (fresh context each) and a played day 1, ${RUNS} runs each`);
    const { browser, root: browserPid } = await launchTagged();
    version = browser.version();
    try {
      // Warm-up, not counted: the first page of a new browser also pays for starting its GPU process.
      await attempt('warm-up', async () => { await referenceLoad(browser, reference.url); await (await openFresh(browser, ours.url, { hook: true })).context.close(); });
      for (let i = 0; i < RUNS; i++) {
        const sides = [
          async () => { const r = await attempt(`ours load+play run ${i + 1}`, () => oursLoadAndPlay(browser, browserPid, ours.url));
            if (r) { load.ours.push(r.firstFrameMs); load.median.push(r.stats.median_ms); load.p95.push(r.stats.p95_ms);
              load.max.push(r.stats.max_ms); load.frames.push(r.stats.frames); load.first.push(r.stats.first_ms);
              load.maxAfterFirst.push(r.stats.max_after_first_ms);
              load.damageMedian.push(r.stats.damage_median_ms); load.damageP95.push(r.stats.damage_p95_ms);
              load.slowest.push(`${r.stats.max_after_first_screen} #${r.stats.max_after_first_frame}`);
              load.spikes.push((r.stats.slow || []).map(([frame, screen, ms]) => `${screen} #${frame} ${ms}`).join(', ')); } },
          async () => { const r = await attempt(`reference load run ${i + 1}`, () => referenceLoad(browser, reference.url));
            if (r) load.reference.push(r.firstFrameMs); },
        ];
        if (i % 2) sides.reverse(); // alternate which side loads first
        for (const side of sides) await side();
      }
    } finally {
      await browser.close();
    }

    log(`CPU over ${IDLE_MS / 1000} s with no input, ${RUNS} runs (a fresh browser per side and run)`);
    for (let i = 0; i < RUNS; i++) {
      const o = await attempt(`ours idle run ${i + 1}`, () => oursIdle(ours.url));
      if (o) { cpu.title.push(o.title.seconds); cpu.feedback.push(o.feedback.seconds); cpu.counter.push(o.counter.seconds); cpu.timers.push(o.counter.timer); }
      const r = await attempt(`reference idle run ${i + 1}`, () => referenceIdle(reference.url));
      if (r) { cpu.reference.push(r.idle.seconds); cpu.blank.push(r.blank.seconds); }
      log(`  run ${i + 1}: ours title ${fmt(o?.title.seconds, 2)} s, feedback ${fmt(o?.feedback.seconds, 2)} s, ` +
        `counter ${fmt(o?.counter.seconds, 2)} s; reference ${fmt(r?.idle.seconds, 2)} s${FLOOR ? `, about:blank ${fmt(r?.blank.seconds, 2)} s` : ''}`);
    }
  } finally {
    await ours.close();
    await reference.close();
  }

  // [SECTION] The table ---------------------------------------------------------------------
  const sizeCell = (s) => (s ? `${fmtInt(s.raw)} · ${fmtInt(s.gzip)} · ${fmtInt(s.brotli)}` : '—');
  const sizeRatio = (a, b) => (a && b ? `${ratio(a.raw, b.raw)} · ${ratio(a.gzip, b.gzip)} · ${ratio(a.brotli, b.brotli)}` : '—');
  const counterpart = { 'index.html': 'index.html', 'page.js': 'reference.js', 'game.wasm.gz': 'reference.wasm' };
  const rows = [];
  for (const f of oursFiles) {
    const r = refFiles.find((x) => x.name === counterpart[f.name]);
    rows.push([`${f.name}${r && r.name !== f.name ? ` / ${r.name}` : ''}`, sizeCell(f), sizeCell(r), sizeRatio(f, r)]);
  }
  for (const r of refFiles) if (!Object.values(counterpart).includes(r.name)) rows.push([`(reference) ${r.name}`, '—', sizeCell(r), '—']);
  const learner = learnerDownload(oursFiles);
  const oursTotal = total(learner.files), refTotal = total(refFiles);
  const which = learner.largest ? `, with the largest language pack, ${learner.largest.name}` : '';
  rows.push([`**total download** for one learner (${learner.files.length} / ${refFiles.length} files${which})`, `**${sizeCell(oursTotal)}**`, `**${sizeCell(refTotal)}**`, sizeRatio(oursTotal, refTotal)]);

  const ffOurs = median(load.ours), ffRef = median(load.reference);
  rows.push(['first frame: navigation start → Module.onGameReady, ms', withRange(load.ours, 0), withRange(load.reference, 0), ratio(ffOurs, ffRef)]);
  const fwMedian = median(load.median), fwP95 = median(load.p95);
  rows.push([`frame work (tick + UI build) per drawn frame over day 1, median, ms (${fmtInt(median(load.frames))} frames a run; the page's main thread alone on a core)`, withRange(load.median, 3), '—', '—']);
  rows.push(['frame work per drawn frame over day 1, p95, ms', withRange(load.p95, 3), '—', '—']);
  rows.push(['frame work, the first drawn frame (font texture, GL set-up), ms', withRange(load.first, 1), '—', '—']);
  const fwMaxAfter = load.maxAfterFirst.length ? Math.max(...load.maxAfterFirst) : NaN; // the worst run: "no frame" means none
  rows.push([`frame work, slowest drawn frame after the first, ms (where: ${load.slowest.join(', ') || 'n/a'})`, withRange(load.maxAfterFirst, 1), '—', '—']);
  rows.push(['then finding what changed since the last painted frame (what to repaint), per drawn frame, median · p95, ms',
    `${withRange(load.damageMedian, 3)} · ${withRange(load.damageP95, 3)}`, '—', '—']);
  const cRef = median(cpu.reference);
  const idleLabel = `${IDLE_MS / 1000} s`;
  rows.push([`CPU s, all Chromium processes, ${idleLabel} no input: title screen (reference: idle)`, withRange(cpu.title, 3), withRange(cpu.reference, 3), ratio(median(cpu.title), cRef)]);
  rows.push([`CPU s, ${idleLabel}: feedback card after the first customer, once its departure has stopped moving (reference: idle)`, withRange(cpu.feedback, 3), withRange(cpu.reference, 3), ratio(median(cpu.feedback), cRef)]);
  const timers = cpu.timers.map(([a, b]) => `${a}→${b}`).join(', ');
  rows.push([`CPU s, ${idleLabel}: counter, patience timer running (s left: ${timers || 'n/a'}) (reference: idle)`, withRange(cpu.counter, 3), withRange(cpu.reference, 3), ratio(median(cpu.counter), cRef)]);
  if (FLOOR) rows.push([`CPU s, ${idleLabel}: Chromium's floor, an about:blank tab (for scale)`, withRange(cpu.blank, 3), withRange(cpu.blank, 3), '—']);
  const sim = median(simRates);
  rows.push(['encounters simulated per second, native moments-sim --bench (cafe_counter)', withRange(simRates, 0), '—', '—']);
  const studioMs = median(studio?.times ?? []);
  rows.push([`studio engine: one check of a 12-customer venue (loader, linter, §5 table over ${studio?.seeds ?? '?'} seeds), node, ms`,
    withRange(studio?.times ?? [], 0), '—', '—']);

  console.log('');
  console.log(`Benchmark: ours (build/web-release/web) against the reference (build/web-release/reference). Bytes are raw · gzip -9 · brotli q11 (our .gz files are ` +
    `already gzipped by zopfli: raw is what a learner downloads); ` +
    `every timed figure is the median of ${RUNS} runs (min–max in brackets). Headless Chromium ${version}, SwiftShader WebGL 2, ` +
    `${cpus().length} cores, viewport 1280×720, pages served from 127.0.0.1 cross-origin isolated.`);
  console.log('');
  console.log('| measure | ours | reference | ours / reference |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);

  // [SECTION] Targets ---------------------------------------------------------------------------
  const mark = (ok) => (ok ? 'PASS' : 'MISS');
  const pct = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${fmt((100 * a) / b, 1)} %` : 'n/a');
  const LIMIT = 400 * 1000;
  const targets = [
    [oursTotal.gzip <= LIMIT, `download for one learner ≤ 400 KB gzip (400,000 bytes): ${fmtInt(oursTotal.gzip)} bytes (${fmt(oursTotal.gzip / 1024, 0)} KiB; ${fmtInt(LIMIT - oursTotal.gzip)} bytes to spare)`],
    [ffOurs <= ffRef, `first frame ≤ 1.0 × reference: ${fmtInt(ffOurs)} ms vs ${fmtInt(ffRef)} ms = ${ratio(ffOurs, ffRef)} ×`],
    [median(cpu.title) <= 0.01 * cRef, `idle CPU on the title ≤ 1 % of reference: ${pct(median(cpu.title), cRef)}`],
    [median(cpu.feedback) <= 0.01 * cRef, `idle CPU on the feedback card ≤ 1 % of reference: ${pct(median(cpu.feedback), cRef)}`],
    [median(cpu.counter) <= 0.05 * cRef, `CPU with the patience timer running ≤ 5 % of reference: ${pct(median(cpu.counter), cRef)}`],
    [fwP95 <= 1, `frame work p95 ≤ 1 ms: ${fmt(fwP95, 3)} ms (median ${fmt(fwMedian, 3)} ms)`],
    [fwMaxAfter <= 16, `no drawn frame after the first over 16 ms (the slowest in any run): ${fmt(fwMaxAfter, 1)} ms`],
    [sim >= 1e6, `≥ 1,000,000 encounters/s: ${fmtInt(sim)}`],
    [studioMs <= 1000, `studio check of a 12-customer venue ≤ 1 s: ${fmtInt(studioMs)} ms`],
  ];
  console.log('');
  console.log('Drawn frames over 2 ms while playing day 1 (screen #frame ms), run by run:');
  load.spikes.forEach((spikes, i) => console.log(`- run ${i + 1}: ${spikes || 'none'}`));
  console.log('');
  console.log('Targets:');
  for (const [ok, text] of targets) console.log(`- ${mark(ok)} ${text}`);
  if (problems.length) {
    console.log('');
    console.log('Notes from the run (a run that failed is left out of the figures above):');
    for (const p of problems) console.log(`- ${p}`);
  }
  console.log('');
  console.log(`Measured in ${fmt((Date.now() - started) / 1000, 0)} s; machine load average (1 min) ${fmt(loadAtStart, 1)} at the start, ` +
    `${fmt(loadavg()[0], 1)} at the end, on ${cpus().length} cores (other work on the machine slows the CPU-bound reference and the timings).`);
  console.log(`Command: ${COMMAND}`);
}

main().catch((e) => {
  console.error(`bench: ${e.stack || e}`);
  process.exit(1);
});
