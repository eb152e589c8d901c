// The HR cohort report against synthetic cohorts: bots over many seeds play
// two training groups and a pre-/post-test through the game (moments-sim
// --cohort), the real LMS adapter reports them (SCORM 1.2 → Moodle's
// interactions report; cmi5 → the LRS stand-in), and every figure the report
// shows, in each input format, is checked against the bots' own counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { exportedVerdicts } from './report/producers.mjs';
import { openReportSuite } from './report/cohort.mjs';
import { checkChoices, checkTriggers, checkTiming, checkPrePost, checkPassRates, facts, showView, readTable } from './report/expect.mjs';

let cohort, reportDir, site, browser;

let suite;
before(async () => { suite = await openReportSuite(); ({ cohort, reportDir, site, browser } = suite); });
after(() => suite?.close());

// A fresh report page that fails the test on any console error (a CSP violation is one).
async function openReport() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(site.url + '?lang=en');
  await page.waitForSelector('#language option', { state: 'attached' });
  return { page, problems };
}

// Adds files as a trainer would: the group field first, then the file picker.
async function addFiles(page, files, group = '') {
  await page.fill('#group-input', group);
  const before = await page.evaluate(() => window.MomentsReport.loaded().sources);
  await page.setInputFiles('#files', files);
  await page.waitForFunction((n) => window.MomentsReport.loaded().sources === n, before + files.length);
}

const all = () => Object.values(cohort.groups).flat();
const decisions = (learners) => learners.reduce((n, l) => n + l.truth.choices.length, 0);
const names = (learners) => new Set(learners.map((l) => l.name));

test('the game\'s CSV exports: choices, misery triggers, time, hints and pre/post match the bots\' counts', async () => {
  const { page, problems } = await openReport();
  const { csv } = cohort.files;
  await addFiles(page, [...csv.morning, ...csv.pre, ...csv.post], 'Morning');
  await addFiles(page, csv.evening, 'Evening');
  const g = cohort.groups;
  assert.deepEqual(await facts(page), {
    learners: names(all()).size, attempts: all().length, training: g.morning.length + g.evening.length,
    assessment: g.pre.length + g.post.length, decisions: decisions(all()),
  });
  await checkChoices(page, all());
  await checkTriggers(page, all());
  await checkTiming(page, all(), { seconds: (c) => Math.floor(c.seconds) }); // the CSV keeps whole seconds
  await checkPrePost(page, g.pre, g.post, { scores: false }); // the CSV has no score
  await checkPassRates(page, [
    { key: 'cafe_counter|training', learners: g.morning, judged: false },
    { key: 'cafe_counter|form:0', learners: g.pre, judged: false },
    { key: 'cafe_counter|form:1', learners: g.post, judged: false },
  ]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('filters: a group, then a date range, narrow every figure to those attempts', async () => {
  const { page, problems } = await openReport();
  const { csv } = cohort.files;
  await addFiles(page, [...csv.morning, ...csv.pre, ...csv.post], 'Morning');
  await addFiles(page, csv.evening, 'Evening');
  await page.selectOption('#group-filter', 'Evening');
  const evening = cohort.groups.evening;
  assert.deepEqual(await facts(page), { learners: evening.length, attempts: evening.length, training: evening.length, assessment: 0, decisions: decisions(evening) });
  await checkChoices(page, evening);
  await checkTriggers(page, evening);

  await page.selectOption('#group-filter', '');
  await page.fill('#date-from', '2026-03-08');
  await page.fill('#date-to', '2026-03-09');
  await page.dispatchEvent('#date-to', 'change');
  const week2 = [...cohort.groups.post, ...evening];
  assert.deepEqual(await facts(page), { learners: names(week2).size, attempts: week2.length, training: evening.length, assessment: cohort.groups.post.length, decisions: decisions(week2) });
  await checkTiming(page, week2, { seconds: (c) => Math.floor(c.seconds) });
  assert.match(await page.textContent('#filtered'), new RegExp(`${week2.length}\\D+${all().length}`));
  assert.deepEqual(problems, []);
  await page.close();
});

test('Moodle\'s interactions report: choices, scores, pass rates and the paired gain match the bots\' counts', async () => {
  const { page, problems } = await openReport();
  const { moodle } = cohort.files;
  await addFiles(page, [moodle.training, moodle.pre, moodle.post]);
  const g = cohort.groups;
  assert.equal((await facts(page)).attempts, all().length);
  await checkChoices(page, all());
  await checkTriggers(page, all());
  await checkTiming(page, all(), { timed: false, hints: false }); // Moodle's report has no latency or description
  await checkPassRates(page, [
    { key: 'cafe_counter|training', learners: g.morning, judged: true },
    { key: 'hotel_concierge|training', learners: g.evening, judged: true },
    { key: 'cafe_counter|form:0', learners: g.pre, judged: true },
    { key: 'cafe_counter|form:1', learners: g.post, judged: true },
  ]);
  // The pre-test file has answers only (Moodle's defaults): the report falls back on the game's exported verdicts.
  await checkPrePost(page, g.pre, g.post, { scores: true, exported: { pre: exportedVerdicts(reportDir) } });
  await addFiles(page, [moodle.pre]);
  assert.equal((await facts(page)).attempts, all().length, 'a file added twice counts once');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Moodle\'s interactions report from a Russian site: its column names and dates are read too', async () => {
  const { page, problems } = await openReport();
  await addFiles(page, [cohort.files.moodle.postRu, cohort.files.moodle.preRu]); // the post-test first: only the dates tell
  const g = cohort.groups;
  await checkChoices(page, [...g.pre, ...g.post]);
  await checkPassRates(page, [
    { key: 'cafe_counter|form:0', learners: g.pre, judged: true },
    { key: 'cafe_counter|form:1', learners: g.post, judged: true },
  ]);
  const exported = exportedVerdicts(reportDir); // neither file has the Result column
  await checkPrePost(page, g.pre, g.post, { scores: true, exported: { pre: exported, post: exported } }); // both files say attempt 1
  assert.deepEqual(problems, []);
  await page.close();
});

test('xAPI statements exported from an LRS: every figure, hints and exact times included, matches the bots\' counts', async () => {
  const { page, problems } = await openReport();
  await addFiles(page, [cohort.files.xapi]);
  const g = cohort.groups;
  assert.deepEqual(await facts(page), {
    learners: names(all()).size, attempts: all().length, training: g.morning.length + g.evening.length,
    assessment: g.pre.length + g.post.length, decisions: decisions(all()),
  });
  await checkChoices(page, all());
  await checkTriggers(page, all());
  await checkTiming(page, all());
  await checkPassRates(page, [
    { key: 'cafe_counter|training', learners: g.morning, judged: true },
    { key: 'hotel_concierge|training', learners: g.evening, judged: true },
    { key: 'cafe_counter|form:0', learners: g.pre, judged: true },
    { key: 'cafe_counter|form:1', learners: g.post, judged: true },
  ]);
  await checkPrePost(page, g.pre, g.post, { scores: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('statements fetched from an LRS on 127.0.0.1 with typed credentials, which the page never keeps', async () => {
  const { page, problems } = await openReport();
  await page.fill('#lrs-endpoint', cohort.lrsUrl + 'xapi/');
  await page.fill('#lrs-user', 'tester');
  await page.fill('#lrs-password', 'wrong');
  await page.click('#lrs-form button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('status').classList.contains('problem'));
  assert.match(await page.textContent('#status'), /401/, 'a refused key is reported');

  const reads = cohort.readable.reads.length;
  await page.fill('#lrs-password', 'secret');
  await page.click('#lrs-form button[type="submit"]');
  await page.waitForFunction(() => window.MomentsReport.loaded().statements > 0 && !document.querySelector('#lrs-form button').disabled);
  const pages = cohort.readable.reads.slice(reads);
  assert.ok(pages.length > 1, 'the report followed "more" through every page');
  assert.ok(pages.every((r) => r.authorization === 'Basic ' + cohort.lrs.token && r.version === '1.0.3'), 'every read carries the typed key and the xAPI version');
  assert.equal(await page.evaluate(() => window.MomentsReport.loaded().statements), cohort.lrs.statements.length);

  const g = cohort.groups;
  assert.equal((await facts(page)).decisions, decisions(all()));
  await checkChoices(page, all());
  await checkPrePost(page, g.pre, g.post, { scores: true });

  const kept = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }),
    password: document.getElementById('lrs-password').value, url: location.href,
  }));
  assert.equal(kept.local, '{}', 'nothing in localStorage');
  assert.equal(kept.session, '{}', 'nothing in sessionStorage');
  assert.equal(kept.password, '', 'the secret is cleared after the fetch');
  assert.ok(!kept.url.includes('secret') && !kept.url.includes('tester'), 'the address does not carry the credentials');
  assert.deepEqual(problems.filter((p) => !/401/.test(p)), []);
  await page.close();
});

test('tables download as CSV and charts as SVG and PNG, with the figures on screen', async () => {
  const { page } = await openReport();
  await addFiles(page, [cohort.files.xapi]);
  await showView(page, 'triggers');
  const rows = await readTable(page, '[data-table="misery-triggers"] table');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-table="misery-triggers"] .export')]);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  assert.equal(csvDownload.suggestedFilename(), 'misery-triggers.csv');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
  const lines = csv.slice(1).trim().split('\r\n');
  assert.equal(lines.length, rows.length + 1, 'a header and every row');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), rows.map((r) => r.key), 'rows in the table\'s order');
  assert.deepEqual(lines.slice(1).map((l) => Number(l.split(',')[1])), rows.map((r) => Number(r.values[1])), 'the counts shown');

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('figure.chart .export >> nth=0')]);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  assert.match(svg, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((svg.match(/<rect /g) || []).length, rows.length + 1, 'a bar per row, on a background');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('figure.chart .export >> nth=1')]);
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
  assert.ok(png.length > 2000, 'a real picture');
  await page.close();
});

test('learner names can be hidden for a screen share', async () => {
  const { page } = await openReport();
  await addFiles(page, [cohort.files.xapi]);
  await showView(page, 'prePost');
  assert.match(await page.textContent('#view'), /trainee-01/);
  await page.check('#hide-names');
  const text = await page.textContent('#view');
  assert.ok(!/trainee-\d\d/.test(text), 'no learner name in the view');
  const shown = (await readTable(page, '[data-table="pre-post-learners"] table')).map((r) => r.values[0]);
  assert.equal(shown.length, cohort.groups.pre.length);
  assert.ok(shown.every((n) => /^Learner \d+$/.test(n)), `numbered instead: ${shown}`);
  assert.equal(new Set(shown).size, shown.length, 'each learner keeps a number of their own');
  await page.close();
});
