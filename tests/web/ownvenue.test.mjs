// A trainer's own venue, end to end: a bank branch that is not in the repo is
// written into a temp folder (derived from the café by renaming its ids and
// rewriting every text a player sees, so its strings can be found on screen),
// with an Italian translation beside it. It passes the linter, is packaged
// alone by tools/package run from that folder, and is played from the SCORM
// 1.2 zip in the test LMS to the debrief in Italian.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import zlib from 'node:zlib';
import { root, extract, startLms } from './lms/server.mjs';
import { launchBrowser, state, playUntil } from './lms/play.mjs';
import { launchGame, closeGame } from './lms/scorm.mjs';
import { webDir } from './harness.mjs';

const run = promisify(execFile);
const lintTool = process.env.MOMENTS_LINT || join(root, 'build/native-debug/moments-lint');

// The bank's scene: a kit other than the café's or the hotel's, in its own colour.
const BANK_SCENE = { kit: 'bank', colours: { accent: '#1d5c8c' } };

const ENGLISH = 'Bank · '; // every English text of the bank starts so
const ITALIAN = 'Banca · '; // and every Italian one so
const TITLE = { en: 'Riverside Savings Bank', it: 'Banca di Riva' };
const LEARNER = { student_id: 'u-2207', student_name: 'Esposito, Giulia' };

// [SECTION] The venue, derived from the café ---------------------------------------

// Every text slot of a venue as [key, object, field], in the game's key scheme (game/content/localise.h).
function textSlots(venue) {
  const slots = [['title', venue, 'title']];
  for (const p of venue.policies) slots.push(['policy.' + p.id, p, 'text']);
  for (const e of venue.encounters) {
    slots.push([e.id + '.name', e, 'name'], [e.id + '.request', e, 'request']);
    if (e.hidden_need) slots.push([e.id + '.hidden_need', e, 'hidden_need']);
    for (const b of e.beats) {
      slots.push([`${e.id}.${b.id}.line`, b, 'line']);
      for (const r of b.responses) {
        const at = `${e.id}.${b.id}.${r.id}`;
        slots.push([at + '.text', r, 'text'], [at + '.why', r, 'why']);
        if (r.promise) slots.push([at + '.promise', r.promise, 'text']);
      }
    }
  }
  return slots;
}

// Renames the café's customers (ids and every reference to them) for the bank.
function renameEncounters(node, ids) {
  if (Array.isArray(node)) return node.map((n) => renameEncounters(n, ids));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, renameEncounters(v, ids)]));
  return typeof node === 'string' && ids.has(node) ? 'bank_' + node : node;
}

// The bank venue and its Italian translation (dropping `leaveOut` keys from it).
async function bankVenue() {
  const cafe = JSON.parse(await readFile(join(root, 'assets/venues/cafe_counter.json'), 'utf8'));
  const cafeItalian = JSON.parse(await readFile(join(root, 'assets/locales/it/cafe_counter.json'), 'utf8'));
  const venue = renameEncounters(cafe, new Set(cafe.encounters.map((e) => e.id)));
  venue.id = 'bank_branch';
  venue.locales = ['en', 'it'];
  if (BANK_SCENE) venue.scene = BANK_SCENE;
  const italian = {};
  const cafeKeys = textSlots(cafe).map(([key]) => key);
  textSlots(venue).forEach(([key, holder, field], i) => {
    holder[field] = key === 'title' ? TITLE.en : ENGLISH + holder[field];
    italian[key] = key === 'title' ? TITLE.it : ITALIAN + cafeItalian[cafeKeys[i]];
  });
  return { venue, italian };
}

// Writes <dir>/bank/bank_branch.json and <dir>/bank/locales/it/bank_branch.json.
async function writeVenue(dir, venue, italian) {
  await mkdir(join(dir, 'bank/locales/it'), { recursive: true });
  await writeFile(join(dir, 'bank/bank_branch.json'), JSON.stringify(venue, null, 2));
  await writeFile(join(dir, 'bank/locales/it/bank_branch.json'), JSON.stringify(italian, null, 2));
}

// The files of a pack (assets.pack.gz) by path.
function packFiles(gz) {
  const bytes = zlib.gunzipSync(gz);
  let line = bytes.indexOf(10) + 1;
  const count = Number(bytes.subarray(0, line).toString().split(' ')[1]);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const end = bytes.indexOf(10, line);
    const [size, path] = bytes.subarray(line, end).toString().split(/ (.*)/s);
    entries.push([path, Number(size)]);
    line = end + 1;
  }
  const files = {};
  for (const [path, size] of entries) { files[path] = bytes.subarray(line, line + size); line += size; }
  return files;
}

// The texts of the accessible mirror's controls in the game's frame.
const mirrorTexts = (frame) => frame.evaluate(() => [...document.querySelectorAll('#mirror-controls > *')].map((n) => n.textContent));

// [SECTION] The trainer's steps --------------------------------------------------

let dir, outDir, pkgDir, lms, browser, bank;

before(async () => {
  assert.ok(existsSync(lintTool), `the linter is built (${lintTool}; cmake --build --preset native-debug --target moments-lint)`);
  dir = await mkdtemp(join(tmpdir(), 'moments-own-venue-'));
  outDir = join(dir, 'lms');
  bank = await bankVenue();
});
after(async () => {
  await browser?.close();
  await lms?.close();
  if (pkgDir) await rm(pkgDir, { recursive: true, force: true });
  if (dir) await rm(dir, { recursive: true, force: true });
});

// tools/package from the trainer's folder, with the venue by its path.
const packageBank = (extra = []) => run(join(root, 'tools/package'),
  ['--web', webDir, '--out', 'lms', '--venues', 'bank/bank_branch.json', '--mode', 'training', '--title', 'Filiale', ...extra], { cwd: dir });

test('an incomplete translation is listed, and the package refused unless English fallback is allowed', async () => {
  const partial = { ...bank.italian };
  const gone = Object.keys(partial).filter((k) => k.endsWith('.why')).slice(0, 2);
  for (const key of gone) delete partial[key];
  await writeVenue(dir, bank.venue, partial);
  const lint = await run(lintTool, [join(dir, 'bank/bank_branch.json')]).catch((e) => e);
  assert.equal(lint.code, 1, 'the linter fails an incomplete translation');
  assert.match(lint.stdout, /it: 2 of \d+ strings missing/);
  for (const key of gone) assert.ok(lint.stdout.includes(`locales/it/bank_branch.json:/${key}: missing translation`), `lint names ${key}`);
  const refused = await packageBank().catch((e) => e);
  assert.equal(refused.code, 2, 'tools/package refuses');
  assert.match(refused.stderr, /bank_branch: it: 2 of \d+ strings missing/);
  for (const key of gone) assert.ok(refused.stderr.includes(key), `the refusal names ${key}`);
  assert.match(refused.stderr, /--allow-english-fallback/);
  assert.ok(!existsSync(join(outDir, 'moments-scorm12.zip')), 'nothing was packaged');
});

test('the complete venue passes the linter and is packaged alone, with only its languages', async () => {
  await writeVenue(dir, bank.venue, bank.italian);
  const lint = await run(lintTool, [join(dir, 'bank/bank_branch.json')]).catch((e) => e);
  assert.equal(lint.code ?? 0, 0, `lint: ${lint.stdout}`);
  const { stdout } = await packageBank();
  assert.match(stdout, /launch data \{"mode":"training","venues":\["bank_branch"\]\}/);
  pkgDir = await extract(join(outDir, 'moments-scorm12.zip'));
  const files = packFiles(await readFile(join(pkgDir, 'assets.pack.gz')));
  const venues = Object.keys(files).filter((f) => f.startsWith('venues/'));
  assert.deepEqual(venues, ['venues/bank_branch.json'], 'the pack carries the bank and no shipped venue');
  assert.ok(!Object.keys(files).some((f) => /cafe_counter|hotel_concierge/.test(f)), 'no café or hotel translations either');
  // Each language's venue translations come in a pack of their own, fetched only for the language in use.
  assert.deepEqual(JSON.parse(files['packs.json']), { it: 'assets.it.pack.gz' });
  const italian = packFiles(await readFile(join(pkgDir, 'assets.it.pack.gz')));
  assert.deepEqual(Object.keys(italian), ['locales/it/bank_branch.json', 'locales/it/ui.json'], 'the Italian pack carries its interface and the bank, nothing shipped');
  const manifest = JSON.parse(files['manifest.json']);
  assert.deepEqual(manifest.languages, ['en', 'it'], 'only the languages the bank is written in');
  assert.deepEqual(manifest.venues.map((v) => [v.id, v.title]), [['bank_branch', TITLE.en]]);
});

test('played from the SCORM 1.2 zip, the bank runs in Italian from title to debrief with its own strings', async () => {
  assert.ok(pkgDir, 'the package was built');
  lms = await startLms({ pkgDir });
  browser = await launchBrowser();
  // The LMS hands the game the launch data of the package's manifest, as Moodle does.
  const manifest = await readFile(join(pkgDir, 'imsmanifest.xml'), 'utf8');
  const launchData = /<adlcp:datafromlms>([^<]*)</.exec(manifest)[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const cmi = { core: LEARNER, student_preference: { language: 'it' }, launch_data: launchData };
  const { page, frame, problems } = await launchGame(browser, lms, '12', { cmi });
  const ui = JSON.parse(await readFile(join(root, 'assets/locales/it/ui.json'), 'utf8'));

  const title = await state(frame);
  assert.equal(title.venue, 'bank_branch');
  assert.equal(title.mode, 'training');
  await frame.waitForFunction((t) => document.getElementById('mirror-controls').textContent.includes(t), TITLE.it);
  const onTitle = await mirrorTexts(frame);
  assert.ok(!onTitle.some((t) => /Kettle|Lanterna/.test(t)), 'no shipped venue is offered');
  assert.ok(!onTitle.includes(ui['mode.1']), `the learner cannot switch to an assessment the package did not choose: ${JSON.stringify(onTitle)}`);

  const counter = await playUntil(page, frame, (s) => s.screen === 'counter');
  assert.ok(counter.customer.line.startsWith(ITALIAN), `the customer speaks the bank's Italian: ${counter.customer.line}`);
  await frame.waitForFunction((p) => [...document.querySelectorAll('#mirror-controls > button')].some((b) => b.textContent.includes(p)), ITALIAN);
  const answers = (await mirrorTexts(frame)).filter((t) => t.includes(ITALIAN));
  assert.ok(answers.length >= counter.choices.length, `the mirror labels the bank's answers in Italian: ${JSON.stringify(answers)}`);

  const debrief = await playUntil(page, frame, (s) => s.screen === 'debrief');
  assert.equal(debrief.venue, 'bank_branch');
  await frame.waitForFunction((p) => document.getElementById('mirror-controls').textContent.includes(p), ITALIAN);
  const onDebrief = (await mirrorTexts(frame)).join('\n');
  assert.ok(onDebrief.includes(ITALIAN), 'the debrief names the bank\'s customers in Italian');
  assert.ok(!onDebrief.includes(ENGLISH), 'no English bank text on the debrief');
  await closeGame(page, lms);
  assert.deepEqual(problems, []);
  await page.close();
});
