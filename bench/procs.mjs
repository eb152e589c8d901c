// CPU time of one Chromium instance's own process tree, read from /proc, so
// other Chromium instances running on the machine at the same time (tests,
// other benchmarks) are never counted.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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

// CPU ticks used so far by `root` and all its descendants: Map "pid:start" -> ticks.
export function treeTicks(root) {
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
    const s = stats.get(pid);
    if (!s) continue;
    out.set(`${pid}:${s.start}`, s.ticks);
    todo.push(...(children.get(pid) || []));
  }
  return out;
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
