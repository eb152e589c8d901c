// The venue studio's engine (studio/engine.js and the real moments-studio.wasm that tools/build-web
// writes to build/web-release/studio), in node: a shipped venue passes with the very table
// `moments-sim --table` prints for it; a broken venue gives the loader's error at its pointer; a venue
// whose best answer is always the longest breaks the "longest" rules; a missing Italian string is listed.
// Then the folder tools/build-web assembles, served statically, in Chromium: the engine checks a template
// venue and packaging/package.js zips the game copy, with no request leaving the folder.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadEngine } from '../../studio/engine.js';
import { launch, serve } from './harness.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const studioDir = process.env.MOMENTS_STUDIO_DIR || join(root, 'build/web-release/studio');
const simTool = process.env.MOMENTS_SIM || join(root, 'build/native-release/moments-sim');
const SEEDS = 40; // fewer than the CLI's 200 keeps the test quick; the CLI is run with the same number

let engine;
const cafe = {};

before(async () => {
  engine = await loadEngine(pathToFileURL(studioDir + '/'));
  cafe.text = await readFile(join(root, 'assets/venues/cafe_counter.json'), 'utf8');
  cafe.translations = {};
  for (const lang of JSON.parse(cafe.text).locales.filter((l) => l !== 'en'))
    cafe.translations[lang] = await readFile(join(root, `assets/locales/${lang}/cafe_counter.json`), 'utf8');
});

// The venue text with `change` applied to its data.
const edited = (text, change) => {
  const venue = JSON.parse(text);
  change(venue);
  return JSON.stringify(venue, null, 2);
};

// What `moments-sim --table --seeds N` prints for a venue text (written to a temp file for it).
async function cliTable(venueText, seeds) {
  const dir = await mkdtemp(join(tmpdir(), 'studio-engine-'));
  try {
    await writeFile(join(dir, 'venue.json'), venueText);
    const { stdout } = await run(simTool, ['--venue', join(dir, 'venue.json'), '--table', '--seeds', String(seeds)]).catch((e) => e);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// The CLI table's rows as {bot: [training score, magic %, misery %, reputation, assessment score, ...]}.
const cliRows = (text) => Object.fromEntries(text.split('\n').filter((l) => /^\| [a-z]+ +\|/.test(l) && !l.startsWith('| bot'))
  .map((l) => { const cells = l.split('|').map((c) => c.trim()); return [cells[1], cells.slice(2).join(' ').match(/[-+]?\d+(\.\d+)?/g).map(Number)]; }));

test('the engine names itself', () => {
  assert.match(engine.version, /moments-studio \d+ \(venue format \d+\)/);
});

test('a shipped venue with its translations passes, with the table moments-sim --table prints', async () => {
  const result = engine.check(cafe.text, cafe.translations, { seeds: SEEDS });
  assert.deepEqual(result.venue, { id: 'cafe_counter', title: JSON.parse(cafe.text).title, customers: JSON.parse(cafe.text).encounters.length });
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(Object.keys(result.missing).sort(), ['el', 'it', 'ro', 'ru']);
  for (const keys of Object.values(result.missing)) assert.deepEqual(keys, []);

  const cli = await cliTable(cafe.text, SEEDS);
  assert.equal(result.balance.seeds, SEEDS);
  assert.equal(result.balance.table + 'every balance rule holds\n', cli, 'the same table text, figure for figure');
  // The structured rows carry the same figures the text shows.
  const rows = cliRows(cli);
  for (const row of result.balance.rows) {
    const figures = [row.week.score, row.week.magic, row.week.misery, row.week.reputation,
                     row.assessment.score, row.assessment.magic, row.assessment.misery, row.assessment.reputation, ...row.assessment.forms.map((f) => f.score)];
    const decimals = [1, 0, 0, 1, 1, 0, 0, 1, ...row.assessment.forms.map(() => 1)];
    assert.deepEqual(figures.map((f, i) => Number(f.toFixed(decimals[i]))), rows[row.bot], `row ${row.bot}`);
  }
  assert.deepEqual(result.balance.columns, ['bot', 'training week', 'assessment (all forms)', 'form a', 'form b']);
  assert.equal(result.balance.passed, true);
  assert.ok(result.balance.rules.length >= 10 && result.balance.rules.every((r) => r.ok && r.id && r.text));
});

test('a broken venue does not load, and the loader names the field', () => {
  const broken = edited(cafe.text, (v) => { v.encounters[2].beats[0].responses[1].next = 'nowhere'; });
  const result = engine.check(broken, {});
  assert.equal(result.venue, null);
  assert.equal(result.balance, null);
  const error = result.errors.find((e) => e.pointer === '/encounters/2/beats/0/responses/1/next');
  assert.ok(error, `an error at the response's "next": ${JSON.stringify(result.errors)}`);
  assert.match(error.message, /nowhere/);
  const unparsable = engine.check(cafe.text.slice(0, 200), {});
  assert.equal(unparsable.venue, null);
  assert.ok(unparsable.errors.length > 0);
});

test('a venue whose best answer is always the longest breaks the linter\'s and the bots\' "longest" rules', async () => {
  // Each response is padded by its satisfaction, so the most satisfying answer is the longest.
  const longest = edited(cafe.text, (v) => {
    for (const e of v.encounters) for (const b of e.beats) for (const r of b.responses)
      r.text += ' Mhm.'.repeat(Math.max(0, 20 + 12 * (r.satisfaction ?? 0)));
  });
  const result = engine.check(longest, {}, { seeds: SEEDS });
  assert.ok(result.venue);
  const tell = result.problems.find((p) => p.rule === 'longest');
  assert.ok(tell, `a "longest" lint problem: ${JSON.stringify(result.problems.map((p) => p.rule))}`);
  assert.equal(tell.pointer, '/encounters');
  assert.match(tell.message, /the best response is the longest in \d+ of \d+ beats/);
  const rule = result.balance.rules.find((r) => r.id === 'longest');
  assert.equal(rule.ok, false, rule.text);
  assert.equal(result.balance.passed, false);
  const cli = await cliTable(longest, SEEDS);
  assert.ok(cli.includes(`BROKEN: 'longest' in training scores`), 'the CLI breaks the same rule');
  assert.ok(rule.text.includes(cli.match(/BROKEN: ('longest' in training scores [^\n]*)/)[1]), 'in the same words');
});

test('a missing Italian string is listed, and the translation problem names the language', () => {
  const italian = JSON.parse(cafe.translations.it);
  const key = Object.keys(italian).find((k) => k.endsWith('.why'));
  delete italian[key];
  const result = engine.check(cafe.text, { ...cafe.translations, it: JSON.stringify(italian, null, 2) }, { seeds: 1 });
  assert.deepEqual(result.missing.it, [key]);
  assert.deepEqual(result.missing.ru, []);
  const problem = result.problems.find((p) => p.lang === 'it');
  assert.ok(problem, JSON.stringify(result.problems));
  assert.equal(problem.pointer, '');
  assert.equal(problem.rule, 'translation');
  assert.match(problem.message, /^it: 1 of \d+ strings missing/);
  // A language the venue lists but no text was given for lacks every string.
  const { ro, ...others } = cafe.translations;
  assert.equal(engine.check(cafe.text, others, { seeds: 1 }).missing.ro.length, Object.keys(JSON.parse(ro)).length, 'the Romanian file is complete');
});

test('the assembled studio folder works from a static server in Chromium: the engine checks, the packaging zips', async () => {
  const server = await serve(studioDir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = [], outside = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
    await page.goto(server.url + 'files.json');
    const result = await page.evaluate(async (base) => {
      const files = await (await fetch(base + 'files.json')).json();
      const text = async (path) => (await fetch(base + path)).text();
      const { loadEngine } = await import(base + 'engine.js');
      const engine = await loadEngine(base);
      const venueText = await text('templates/venues/cafe_counter.json');
      const translations = {};
      for (const [lang, ids] of Object.entries(files.templates.locales))
        if (ids.includes('cafe_counter')) translations[lang] = await text(`templates/locales/${lang}/cafe_counter.json`);
      const started = performance.now();
      const check = engine.check(venueText, translations);
      const checkMs = performance.now() - started;
      const { makePackage } = await import(base + 'packaging/package.js');
      const gameFiles = {};
      for (const path of files.game) gameFiles[path] = new Uint8Array(await (await fetch(base + 'game/' + path)).arrayBuffer());
      const interfaceText = {};
      for (const lang of files.languages) interfaceText[lang] = await text(`locales/${lang}/ui.json`);
      const templates = {};
      for (const name of files.packaging) templates[name] = await text('packaging/' + name);
      const made = await makePackage({ kind: 'scorm12', title: 'Studio', mode: 'training', venues: [{ text: venueText, translations }],
                                       interfaceText, gameFiles, templates });
      return { problems: check.problems, passed: check.balance.passed, seeds: check.balance.seeds, checkMs,
               zipBytes: made.zip.length, files: made.files, game: files.game, launch: made.launch, manifest: made.manifest };
    }, server.url);
    assert.deepEqual(problems, []);
    assert.deepEqual(outside, [], 'nothing is fetched from outside the studio folder');
    assert.deepEqual(result.problems, []);
    assert.equal(result.passed, true);
    assert.equal(result.seeds, 100);
    assert.deepEqual(result.files, result.game, 'the package carries the whole game copy');
    assert.deepEqual(result.launch, { mode: 'training', venues: ['cafe_counter'] });
    assert.ok(result.manifest.includes('<title>Studio</title>'));
    assert.ok(result.zipBytes > 100000);
    console.log(`# in Chromium: one check of cafe_counter (27 customers, 100 seeds) took ${result.checkMs.toFixed(0)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
});
