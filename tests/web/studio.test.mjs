// The venue studio (build/web-release/studio) in headless Chromium, as a trainer
// uses it: open a venue file written by the test, break it and see the lint
// message at the field, undo the break, read the balance table, preview a
// customer in the real game, export a SCORM 1.2 zip and play that zip in
// scorm-again to the debrief with the new venue. The zip matches what
// tools/package writes for the same inputs; axe finds nothing serious.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, webDir } from './harness.mjs';
import { root, extract, listZip, startLms } from './lms/server.mjs';
import { gameFrame, playUntil } from './lms/play.mjs';
import { launchGame, closeGame } from './lms/scorm.mjs';

const run = promisify(execFile);
const studioDir = process.env.MOMENTS_STUDIO_DIR || join(root, 'build/web-release/studio');
const TITLE = 'Bistro Lumière';
const PREVIEW_FROM = 7; // the customer the preview starts with: not one of day 1's

let dir, server, browser, page, problems, venue, venueFile, zipFile;
const dialogs = []; // the kinds of dialog the studio opened (confirm, beforeunload)

// The café, renamed into a venue that is not in the repo, English only.
async function writeBistro() {
  const cafe = JSON.parse(await readFile(join(root, 'assets/venues/cafe_counter.json'), 'utf8'));
  const bistro = { ...cafe, id: 'studio_bistro', title: TITLE, locales: ['en'] };
  venueFile = join(dir, 'studio_bistro.json');
  await writeFile(venueFile, JSON.stringify(bistro, null, 2));
  return bistro;
}

// Waits until the engine has checked the document again (after `action`).
async function checkedAfter(action) {
  const before = await page.evaluate(() => Number(document.body.dataset.checked || 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.checked || 0) > n, before);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'moments-studio-'));
  venue = await writeBistro();
  server = await serve(studioDir);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.type()); d.accept(); });
  await page.goto(server.url + '?lang=en');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForSelector('body[data-checked]'); // the template's first check is done
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the studio text has the same keys in all five languages', async () => {
  const english = Object.keys(JSON.parse(await readFile(join(root, 'assets/locales/en/studio.json'), 'utf8'))).filter((k) => !k.startsWith('help.'));
  for (const lang of ['it', 'ru', 'el', 'ro']) {
    const keys = Object.keys(JSON.parse(await readFile(join(root, `assets/locales/${lang}/studio.json`), 'utf8')));
    assert.deepEqual(english.filter((k) => !keys.includes(k)), [], `${lang} lacks these`);
  }
});

test('a venue file opened by the picker loads clean, with its customers and a passing balance table', async () => {
  await checkedAfter(() => page.setInputFiles('#open-input', venueFile));
  assert.equal(await page.textContent('#file-name'), 'studio_bistro.json');
  const customers = await page.$$eval('#customers button', (b) => b.map((x) => x.textContent));
  assert.equal(customers.length, venue.encounters.length + 1, 'the venue settings and every customer');
  assert.match(await page.textContent('#problems .status'), /No problems/);
  const rows = await page.$$eval('table.balance tbody tr', (r) => r.map((x) => [...x.children].map((c) => c.textContent)));
  assert.ok(rows.length >= 3, `a row per bot: ${JSON.stringify(rows)}`);
  assert.ok(rows.every((cells) => cells.slice(1).every((c) => /^-?\d+(\.\d)?$/.test(c))), 'every cell a figure');
  const rules = await page.$$eval('ul.rules li', (l) => l.map((x) => x.className));
  assert.ok(rules.length >= 3, 'the §5 rules are listed');
  assert.deepEqual([...new Set(rules)], ['pass'], 'the café passes every rule, so its copy does too');
  assert.equal(await page.getAttribute('#balance .status', 'data-passed'), 'true');
});

test('an unknown tag shows the linter\'s message at the tags field; the problem links there; undo fixes it', async () => {
  await page.click('#customers li:nth-child(2) button');
  const answer = page.locator('#graph g.node').nth(1); // the first beat, then its first answer
  assert.match(await answer.locator('title').textContent(), /^Answer upsell:/);
  await answer.click();
  const tags = page.locator('input[data-pointer="/encounters/0/beats/0/responses/0/tags"]');
  await checkedAfter(async () => { await tags.click(); await tags.press('End'); await tags.type(', shouting'); });
  const slot = page.locator('#f-encounters-0-beats-0-responses-0-tags-problem');
  await slot.waitFor({ state: 'visible' });
  assert.match(await slot.textContent(), /unknown tag "shouting"/);
  assert.equal(await tags.getAttribute('aria-invalid'), 'true');
  assert.match(await page.textContent('#balance'), /appears once the venue loads/, 'a venue that does not load has no balance');
  await page.click('#customers li:nth-child(1) button'); // away from the field, then back by the problem's link
  await page.click('#problems button:has-text("unknown tag")');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/encounters/0/beats/0/responses/0/tags');
  await checkedAfter(() => page.click('#undo'));
  assert.match(await page.textContent('#problems .status'), /No problems/);
  assert.equal(await page.getAttribute('#balance .status', 'data-passed'), 'true');
  await page.click('#redo');
  assert.match(await page.inputValue('input[data-pointer="/encounters/0/beats/0/responses/0/tags"]'), /shouting/, 'redo brings the change back');
  await checkedAfter(() => page.click('#undo'));
});

test('the preview plays the edited venue in the real game, starting with the chosen customer', async () => {
  await page.click('#tab-preview');
  await page.selectOption('#preview-customer', String(PREVIEW_FROM));
  await page.click('#preview-panel button');
  const frame = await gameFrame(page, 'preview=1');
  const counter = await playUntil(page, frame, (s) => s.screen === 'counter' && s.customer);
  assert.equal(counter.venue, 'studio_bistro');
  assert.equal(counter.customer.id, venue.encounters[PREVIEW_FROM].id, 'the chosen customer comes first');
});

test('the SCORM 1.2, SCORM 2004 and cmi5 exports match tools/package for the same inputs; the SCORM 1.2 zip plays to the debrief in scorm-again', async () => {
  await page.click('#tab-export');
  await page.fill('#pkg-title', 'Bistro course');
  await page.selectOption('#pkg-mode', 'training');
  await page.fill('#pkg-pass', '80');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click('button[data-kind="scorm12"]')]);
  zipFile = join(dir, 'studio-scorm12.zip');
  await download.saveAs(zipFile);
  assert.match(await page.textContent('#export-panel .status'), /is ready/);

  const out = join(dir, 'cli');
  await run(join(root, 'tools/package'), ['--web', webDir, '--out', out, '--venues', venueFile, '--mode', 'training',
    '--title', 'Bistro course', '--pass-mark', '80'], { cwd: root });
  // Each kind against tools/package's zip of the same kind: the same file list and manifest text.
  const sameAsCli = async (zip, kind, manifestName) => {
    const cliZip = join(out, `moments-${kind}.zip`);
    assert.deepEqual((await listZip(zip)).sort(), (await listZip(cliZip)).sort(), `${kind}: the same file list`);
    const [ours, theirs] = [await extract(zip), await extract(cliZip)];
    assert.equal(await readFile(join(ours, manifestName), 'utf8'), await readFile(join(theirs, manifestName), 'utf8'), `${kind}: the same manifest`);
    await rm(theirs, { recursive: true, force: true });
    return ours;
  };
  const ours = await sameAsCli(zipFile, 'scorm12', 'imsmanifest.xml');
  for (const [kind, manifestName] of [['scorm2004', 'imsmanifest.xml'], ['cmi5', 'cmi5.xml']]) {
    const [other] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click(`button[data-kind="${kind}"]`)]);
    const file = join(dir, `studio-${kind}.zip`);
    await other.saveAs(file);
    await rm(await sameAsCli(file, kind, manifestName), { recursive: true, force: true });
  }

  const lms = await startLms({ pkgDir: ours });
  try {
    const manifest = await readFile(join(ours, 'imsmanifest.xml'), 'utf8');
    const launchData = /<adlcp:datafromlms>([^<]*)</.exec(manifest)[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const game = await launchGame(browser, lms, '12', { cmi: { core: { student_id: 'u-77', student_name: 'Lind, Maja' }, launch_data: launchData } });
    const debrief = await playUntil(game.page, game.frame, (s) => s.screen === 'debrief');
    assert.equal(debrief.venue, 'studio_bistro');
    await closeGame(game.page, lms);
    assert.deepEqual(game.problems, []);
    await game.page.close();
  } finally {
    await lms.close();
    await rm(ours, { recursive: true, force: true });
  }
});

test('translations: the PO file the studio writes is read by tools/translate, and the one it writes by the studio', async () => {
  await page.click('#tab-translate');
  await page.selectOption('#translate-lang', 'it');
  const total = Number(/of (\d+)/.exec(await page.textContent('#translate-table .status'))[1]);
  assert.match(await page.textContent('#translate-table .status'), new RegExp(`^${total} of ${total} strings missing`));
  assert.equal(await page.locator('tr.missing').count(), total, 'every string marked missing');
  await page.fill('textarea[data-key="title"]', 'Bistrot Lumière');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#translate-table button')]);
  const po = join(dir, 'studio_bistro.it.po');
  await download.saveAs(po);
  await run(join(root, 'tools/translate'), ['import', venueFile, 'it', po], { cwd: root });
  const imported = JSON.parse(await readFile(join(dir, 'locales/it/studio_bistro.json'), 'utf8'));
  assert.deepEqual(imported, { title: 'Bistrot Lumière' }, 'the one translated entry, the empty ones left out');

  // The café's Italian, as a translator's tool would send it back: every string of the bistro.
  await writeFile(join(dir, 'locales/it/studio_bistro.json'), await readFile(join(root, 'assets/locales/it/cafe_counter.json')));
  const full = join(dir, 'full.it.po');
  await run(join(root, 'tools/translate'), ['export', venueFile, 'it', full], { cwd: root });
  await page.setInputFiles('#po-import', full);
  await page.waitForFunction(() => /^0 of/.test(document.querySelector('#translate-table .status').textContent));
  assert.equal(await page.locator('tr.missing').count(), 0);
  assert.equal(await page.inputValue('textarea[data-key="title"]'), JSON.parse(await readFile(join(root, 'assets/locales/it/cafe_counter.json'), 'utf8')).title);
});

test('a venue dropped on the page opens with its translation; the work survives a reload, which asks first', async () => {
  const italian = await readFile(join(root, 'assets/locales/it/cafe_counter.json'), 'utf8');
  const bistro = await readFile(venueFile, 'utf8');
  await checkedAfter(() => page.evaluate(([venueText, italianText]) => {
    const files = new DataTransfer();
    files.items.add(new File([venueText], 'studio_bistro.json', { type: 'application/json' }));
    files.items.add(new File([italianText], 'studio_bistro.it.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
  }, [bistro, italian]));
  await page.click('#tab-translate');
  await page.selectOption('#translate-lang', 'it');
  assert.match(await page.textContent('#translate-table .status'), /^0 of \d+ strings missing/, 'the dropped translation is complete');

  await page.click('#tab-edit');
  await page.fill('#f-title', 'Bistro Lumière du Soir'); // typed, not exported
  const asked = dialogs.length;
  await page.reload();
  await page.waitForSelector('body[data-checked]');
  assert.equal(dialogs.slice(asked).join(), 'beforeunload', 'leaving unexported work asks first');
  assert.equal(await page.textContent('#file-name'), 'studio_bistro.json');
  assert.equal(await page.inputValue('#f-title'), 'Bistro Lumière du Soir', 'the edit was kept in the browser');
});

test('axe-core finds no serious or critical violation on any tab, in English and Greek', async () => {
  const axe = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe); // evaluated, not injected: the page's CSP allows only its own scripts
  const found = {};
  for (const lang of ['en', 'el']) {
    await page.selectOption('#ui-lang', lang);
    for (const tab of ['edit', 'translate', 'preview', 'export']) {
      await page.click(`#tab-${tab}`);
      if (tab === 'edit') await page.click('#customers li:nth-child(3) button');
      const result = await page.evaluate(() => window.axe.run(document, { exclude: [['iframe']] }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (serious.length) found[`${lang}/${tab}`] = serious.map((v) => `${v.id}: ${v.nodes[0].target}`);
    }
  }
  assert.deepEqual(found, {});
  assert.deepEqual(problems, [], 'no console errors in the studio');
});
