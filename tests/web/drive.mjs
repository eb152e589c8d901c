// Shared helpers for driving the game in the browser tests: the interface and
// venue text of each language, the accessible mirror, and playing through the
// screens with the keyboard while waiting for the game to move on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { state, waitForScreen } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const languages = ['en', 'it', 'ru', 'el', 'ro'];
export const venues = ['cafe_counter', 'hotel_concierge']; // in the order of the title screen's radios
export const outcomeIndex = { misery: 0, mediocrity: 1, magic: 2 }; // outcome.<n> in the interface text

// [SECTION] Game text -----------------------------------------------------------------

// The interface text of `lang` (assets/locales/<lang>/ui.json): key -> text; a
// plural text's forms as "key#one", "key#other", ...
export function uiText(lang) {
  const text = JSON.parse(readFileSync(join(root, 'assets/locales', lang, 'ui.json'), 'utf8'));
  return Object.fromEntries(Object.entries(text).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value]] : Object.entries(value).map(([form, t]) => [`${key}#${form}`, t])));
}

// A venue file (English, the source language).
export function venueFile(id) {
  return JSON.parse(readFileSync(join(root, 'assets/venues', `${id}.json`), 'utf8'));
}

// Every player-visible string of a venue in `lang`: from the venue file, or its translation.
export function venueStrings(id, lang) {
  if (lang !== 'en') return Object.values(JSON.parse(readFileSync(join(root, 'assets/locales', lang, `${id}.json`), 'utf8')));
  const out = [];
  const shown = ['title', 'text', 'name', 'request', 'hidden_need', 'line', 'why'];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) { if (typeof x === 'string') { if (shown.includes(k)) out.push(x); } else walk(x); }
  };
  walk(venueFile(id));
  return out.filter(Boolean);
}

// The stable ids (<venue>.<encounter>.<beat>.<response>) of every response that
// makes a promise or leads to a beat from which one can still be made.
export function promisePaths(id) {
  const out = new Set();
  for (const e of venueFile(id).encounters) {
    const beats = new Map(e.beats.map((b) => [b.id, b]));
    const leads = (beatId, seen = new Set()) => {
      if (!beats.has(beatId) || seen.has(beatId)) return false;
      seen.add(beatId);
      return beats.get(beatId).responses.some((r) => r.promise || leads(r.next, seen));
    };
    for (const b of e.beats)
      for (const r of b.responses) if (r.promise || leads(r.next)) out.add(`${id}.${e.id}.${b.id}.${r.id}`);
  }
  return out;
}

// [SECTION] The game's state and mirror -------------------------------------------------

// The last frame of the accessible mirror: {items, live: {seq, text}, overflow}.
export const mirror = (page) => page.evaluate(() => window.moments.mirror());

// The state and the mirror in one round trip.
export const look = (page) => page.evaluate(() => ({ state: window.moments.state(), frame: window.moments.mirror() }));

// What counts as the game having moved on after a key: a new screen, customer,
// line, set of choices, hint, kept promise, finished day or setting. (Clocks tick on their own.)
const PROGRESS = `(() => { const s = window.moments.state(); const c = s.customer || {};
  return JSON.stringify([s.screen, c.index, c.line, s.choices, s.hint || '', (s.promises || []).map((p) => p.kept),
    s.week ? s.week.days.length : -1, s.mode, s.venue]); })()`;

export const progress = (page) => page.evaluate(PROGRESS);

// Two animation frames: the game draws (and mirrors) the new state on the frame after it changed.
export const nextFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));

// Waits until the game has moved on from `before` (a progress() value) and drawn the result.
export async function waitForProgress(page, before, timeout = 15000) {
  await page.waitForFunction(`${PROGRESS} !== ${JSON.stringify(before)}`, null, { timeout, polling: 'raf' });
  await nextFrames(page);
}

// Presses `key` on the canvas and waits until the game has moved on.
export async function press(page, key, timeout = 15000) {
  const before = await progress(page);
  await page.keyboard.press(key);
  try {
    await waitForProgress(page, before, timeout);
  } catch (e) {
    throw new Error(`pressing ${key} did not move the game on within ${timeout} ms; it was at ${before}`, { cause: e });
  }
}

// [SECTION] Settings through the mirror -----------------------------------------------------

// Activates the mirror control at `index` of the last mirror frame, as assistive technology would.
// The game draws (and so applies a mirror activation) only after input or while
// something moves, so here a Shift key press on the canvas wakes it: the screen
// and language suites use the mirror only as a shortcut to settings. The
// accessibility suite activates without this nudge.
export async function activateMirrorItem(page, index) {
  const before = await progress(page);
  await page.locator(`#mirror-controls [data-index="${index}"]`).dispatchEvent('click');
  await page.keyboard.press('Shift');
  await waitForProgress(page, before);
}

// The mirror index of the radio labelled `option` in the group that follows the text `group`.
export function radioIndex(frame, group, option) {
  const start = frame.items.findIndex((i) => i.kind === 'text' && i.label === group);
  if (start < 0) throw new Error(`no group "${group}" in the mirror`);
  for (let i = start + 1; i < frame.items.length && frame.items[i].kind === 'radio'; i++)
    if (frame.items[i].label === option) return i;
  throw new Error(`no radio "${option}" in the group "${group}"`);
}

// On the title screen: picks training or assessment.
export async function chooseMode(page, lang, mode) {
  const t = uiText(lang);
  const frame = await mirror(page);
  const index = radioIndex(frame, t['title.mode'], t[mode === 'assessment' ? 'mode.1' : 'mode.0']);
  if (!frame.items[index].checked) await activateMirrorItem(page, index);
  await page.waitForFunction((m) => window.moments.state().mode === m, mode);
}

// On the title screen: picks the venue by its position (0 café, 1 hotel).
export async function chooseVenue(page, lang, index) {
  const frame = await mirror(page);
  const start = frame.items.findIndex((i) => i.kind === 'text' && i.label === uiText(lang)['title.venue']);
  if (start < 0 || frame.items[start + 1 + index]?.kind !== 'radio') throw new Error('no venue radios in the mirror');
  if ((await state(page)).venue !== venues[index]) await activateMirrorItem(page, start + 1 + index);
}

// [SECTION] Playing -------------------------------------------------------------------

// One step forward from whatever screen is showing: `choose(state)` (a key) on the counter, else Enter.
export async function step(page, s, choose = () => '1') {
  await press(page, s.screen === 'counter' ? choose(s) : 'Enter');
}

// Steps through the game until `target` shows. `onScreen(state, frame)` runs on
// each state seen (with its mirror frame) before stepping; `choose(state)` picks
// the key on the counter.
export async function playUntil(page, target, { choose, onScreen, maxSteps = 200 } = {}) {
  for (let n = 0; n < maxSteps; n++) {
    const { state: s, frame } = await look(page);
    if (onScreen) await onScreen(s, frame);
    if (s.screen === target) return s;
    if (s.screen === 'error') throw new Error(`the game shows its error screen: ${JSON.stringify(s.errors)}`);
    await step(page, s, choose);
  }
  throw new Error(`did not reach "${target}" within ${maxSteps} steps (now on "${(await state(page)).screen}")`);
}

export { state, waitForScreen };
