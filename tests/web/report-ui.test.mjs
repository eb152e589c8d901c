// The cohort report as a trainer meets it: every view at desktop size
// (screenshots in build/screenshots/report-*.png, axe-core clean), the five
// languages, the keyboard, and the folder opened from disk under its own CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotDir } from './harness.mjs';
import { root } from './report/producers.mjs';
import { openReportSuite } from './report/cohort.mjs';
import { facts, showView } from './report/expect.mjs';

const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const VIEWS = ['overview', 'choices', 'triggers', 'timing', 'prePost'];
const LANGUAGES = ['en', 'it', 'ru', 'el', 'ro'];
let cohort, reportDir, site, browser;

let suite;
before(async () => { suite = await openReportSuite(); ({ cohort, reportDir, site, browser } = suite); });
after(() => suite?.close());

// A report page with the cohort's LRS export loaded. `bypassCSP` lets the test inject axe-core.
async function loadedReport({ bypassCSP = false, lang = 'en' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(site.url + '?lang=' + lang);
  await page.waitForSelector('#language option', { state: 'attached' });
  await page.setInputFiles('#files', cohort.files.xapi);
  await page.waitForFunction(() => window.MomentsReport.loaded().statements > 0);
  return { page, problems, close: () => context.close() };
}

async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
}

test('every view at desktop size: a screenshot each, and axe-core finds no violation', async () => {
  const { page, problems, close } = await loadedReport({ bypassCSP: true });
  const found = {};
  for (const view of VIEWS) {
    await showView(page, view);
    await page.$eval('.tabs', (tabs) => tabs.scrollIntoView());
    await page.screenshot({ path: join(screenshotDir, `report-${view.toLowerCase()}.png`) });
    const violations = await axe(page);
    if (violations.length) found[view] = violations;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, 'report-data.png') });
  assert.deepEqual(found, {}, 'axe-core violations, by view');
  assert.deepEqual(problems, []);
  await close();
});

test('five languages: every view\'s text, the customers\' lines and the numbers follow the chosen language', async () => {
  const { page, problems, close } = await loadedReport();
  const italianLines = JSON.parse(readFileSync(join(root, 'assets/locales/it/cafe_counter.json'), 'utf8'));
  const english = {};
  for (const lang of LANGUAGES) {
    await page.selectOption('#language', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (const view of VIEWS) {
      await showView(page, view);
      const text = await page.evaluate(() => document.body.innerText);
      const keys = text.match(/\b(page|settings|inputs|lrs|status|source|filter|view|empty|overview|activity|choices|triggers|timing|prepost|col|outcome|unit|learner|customer|chart|export|tag)\.[a-z_]+\b/g);
      assert.equal(keys, null, `${lang} ${view}: untranslated keys ${keys}`);
      const tab = await page.textContent('#tab-' + view);
      if (lang === 'en') english[view] = tab;
      else assert.notEqual(tab, english[view], `${lang}: the ${view} tab is translated`);
    }
    await showView(page, 'choices');
    const line = await page.textContent('[data-beat="cafe_counter.kwame_usual.greet"] caption');
    if (lang === 'it') assert.ok(line.includes(italianLines['kwame_usual.greet.line']), `Italian customer line, got ${line}`);
    if (lang === 'en') assert.ok(line.includes('Morning! The usual, please.'), `English customer line, got ${line}`);
  }
  await page.selectOption('#language', 'ru');
  await showView(page, 'overview');
  assert.match(await page.textContent('#view'), /Доля сдавших/);
  await showView(page, 'timing');
  const means = await page.$$eval('[data-table="time-and-hints"] tbody tr td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
  assert.ok(means.some((m) => /^\d+,\d с$/.test(m)), `Russian decimals and unit: ${means.slice(0, 3)}`);
  await page.selectOption('#language', 'en');
  await showView(page, 'timing');
  const englishMeans = await page.$$eval('[data-table="time-and-hints"] tbody tr td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
  assert.ok(englishMeans.some((m) => /^\d+\.\d s$/.test(m)), `English decimals and unit: ${englishMeans.slice(0, 3)}`);
  assert.deepEqual(problems, []);
  await close();
});

test('the keyboard alone: arrows, Home and End move between views, Tab reaches the view and its downloads', async () => {
  const { page, close } = await loadedReport();
  await page.focus('#tab-overview');
  const selected = () => page.evaluate(() => [document.activeElement.id, document.querySelector('[aria-selected="true"]').id]);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await selected(), ['tab-choices', 'tab-choices']);
  await page.keyboard.press('End');
  assert.deepEqual(await selected(), ['tab-prePost', 'tab-prePost']);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await selected(), ['tab-overview', 'tab-overview'], 'wraps around');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  assert.deepEqual(await selected(), ['tab-overview', 'tab-overview']);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view', 'Tab leaves the tabs for the view');
  let reached = '';
  for (let i = 0; i < 6 && !reached.includes('export'); i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.className + ' ' + document.activeElement.tagName);
  }
  assert.match(reached, /export BUTTON/, 'a download button is reachable by Tab');
  await close();
});

test('the page\'s scripts use no eval, Function constructor or string timers (the CSP has no unsafe-eval)', () => {
  for (const f of ['core', 'csv', 'inputs', 'lrs', 'cohort', 'charts', 'views', 'app']) {
    const code = readFileSync(join(root, 'report/js', f + '.js'), 'utf8');
    assert.doesNotMatch(code, /\beval\(|new Function\(|set(Timeout|Interval)\(\s*['"`]/, f + '.js');
  }
  assert.match(readFileSync(join(reportDir, 'index.html'), 'utf8'), /script-src 'self';/);
});

test('opened from disk, with its own CSP: the folder works offline, refuses inline script and loads nothing from elsewhere', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [], requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('file://' + join(reportDir, 'index.html') + '?lang=el');
  await page.waitForSelector('#language option', { state: 'attached' });
  await page.setInputFiles('#files', cohort.files.csv.morning);
  // Every chosen file read (they are read one after another: the first alone already has attempts).
  await page.waitForFunction((n) => window.MomentsReport.loaded().sources === n, [cohort.files.csv.morning].flat().length);
  const counts = await facts(page);
  assert.equal(counts.attempts, cohort.groups.morning.length);
  await showView(page, 'choices');
  const kwame = await page.textContent('[data-beat="cafe_counter.kwame_usual.greet"] caption');
  const greek = JSON.parse(readFileSync(join(root, 'assets/locales/el/cafe_counter.json'), 'utf8'))['kwame_usual.greet.line'];
  assert.ok(kwame.includes(greek), 'the Greek venue text loads from disk too');
  assert.deepEqual(problems, [], 'the page runs under its CSP without a violation');
  const inline = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.inlineRan === true;
  });
  assert.equal(inline, false, 'the CSP refuses inline script');
  assert.ok(problems.some((p) => /Content Security Policy/.test(p)), 'and says so');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:') && !u.startsWith('blob:')), [], 'nothing requested beyond the folder');
  await context.close();
});
