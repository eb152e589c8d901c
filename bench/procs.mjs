// CPU time of one Chromium instance's own process tree, read from /proc, so
// other Chromium instances running on the machine at the same time (tests,
// other benchmarks) are never counted.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';

// The launch flags of tests/web/harness.mjs: software WebGL 2 and no stray network.
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Clock ticks per second for utime/stime (100 on Linux).
export const CLOCK_TICKS = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { return 100; }
})();

let launched = 0;

// One process: its parent, CPU ticks used so far (utime + stime) and start time (to tell reused pids apart).
function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), start: f[19] };
  } catch {
    return null; // the process ended while we looked
  }
}

function readCmdline(pid) {
  try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { return []; }
}

function allPids() {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
}

// Launches headless Chromium with a unique marker argument, so its main process
// (and from there every descendant) can be found in /proc.
export async function launchTagged() {
  const tag = `--moments-bench-${process.pid}-${++launched}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [tag, ...CHROMIUM_FLAGS] });
  const matches = allPids().filter((pid) => readCmdline(pid).includes(tag));
  // The main process is the match whose parent is not a match itself.
  const stats = new Map(matches.map((pid) => [pid, readStat(pid)]));
  const root = matches.find((pid) => stats.get(pid) && !matches.includes(stats.get(pid).ppid));
  if (!root) {
    await browser.close();
    throw new Error(`no Chromium process carries ${tag} in /proc/*/cmdline`);
  }
  return { browser, root, tag };
}

// `root` and all its descendants, with their /proc stat: Map pid -> { ppid, ticks, start }.
function tree(root) {
  const stats = new Map();
  for (const pid of allPids()) {
    const s = readStat(pid);
    if (s) stats.set(pid, s);
  }
  const children = new Map();
  for (const [pid, s] of stats) {
    if (!children.has(s.ppid)) children.set(s.ppid, []);
    children.get(s.ppid).push(pid);
  }
  const out = new Map();
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop();
    if (!stats.has(pid)) continue;
    out.set(pid, stats.get(pid));
    todo.push(...(children.get(pid) || []));
  }
  return out;
}

// CPU ticks used so far by `root` and all its descendants: Map "pid:start" -> ticks.
export function treeTicks(root) {
  return new Map([...tree(root)].map(([pid, s]) => [`${pid}:${s.start}`, s.ticks]));
}

// CPU seconds the tree used between two treeTicks() snapshots (processes that
// started in between count from zero; ones that ended in between are lost,
// and the count of those is returned so it can be reported).
export function cpuSecondsBetween(before, after) {
  let ticks = 0;
  for (const [key, t] of after) ticks += t - (before.get(key) || 0);
  let ended = 0;
  for (const key of before.keys()) if (!after.has(key)) ended++;
  return { seconds: ticks / CLOCK_TICKS, processes: after.size, ended };
}

// Measures the CPU seconds of the browser's process tree over `ms` of wall time, with no input.
export async function measureIdle(root, ms) {
  const before = treeTicks(root);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return cpuSecondsBetween(before, treeTicks(root));
}

// [SECTION] A core of its own for the page ------------------------------------------------

// The game times its frame work with the wall clock (browsers have no thread
// CPU clock). On a 2-core machine SwiftShader's and the compositor's threads
// take the core from the page in mid-frame, and the timer counts that as the
// game's work: a fixed 3 ms loop in the page measured a p95 twice its median.
// So while frame work is timed, every renderer's main thread (its first
// thread) runs alone on the last core, and every other thread of this
// Chromium, and of this node, on the others. Returns how many main threads
// were given the core; 0 when the machine has a single core.
export function isolateMainThreads(root) {
  const last = cpus().length - 1;
  if (last < 1) return 0;
  let isolated = 0;
  for (const [pid, tid] of threadsOf([...tree(root).keys(), process.pid])) {
    const main = pid === tid && readCmdline(pid).join(' ').includes('--type=renderer');
    pin(tid, main ? `${last}` : `0-${last - 1}`);
    if (main) isolated++;
  }
  return isolated;
}

// Lets every thread of this Chromium, and of this node, run on any core again.
export function releaseThreads(root) {
  for (const [, tid] of threadsOf([...tree(root).keys(), process.pid])) pin(tid, `0-${cpus().length - 1}`);
}

// [pid, tid] of every thread of the given processes that is still there.
function threadsOf(pids) {
  const out = [];
  for (const pid of pids) {
    try { for (const tid of readdirSync(`/proc/${pid}/task`)) out.push([pid, Number(tid)]); } catch { /* ended */ }
  }
  return out;
}

// Sets one thread's CPU affinity; a thread that ended in the meantime is skipped.
function pin(tid, list) {
  try { execFileSync('taskset', ['-p', '-c', list, String(tid)], { stdio: 'ignore' }); } catch { /* ended */ }
}
