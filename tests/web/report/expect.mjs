// What the report must show, counted from what the bots did (their truth
// files), and the page helpers that read the report's tables back.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './producers.mjs';

// [SECTION] The bots' own counts

// Every answer of the shipped venues with its tags, read from the venue files themselves.
const venueTags = new Map();
for (const f of readdirSync(join(root, 'assets/venues'))) {
  const v = JSON.parse(readFileSync(join(root, 'assets/venues', f), 'utf8'));
  for (const e of v.encounters) for (const b of e.beats) for (const r of b.responses) venueTags.set([v.id, e.id, b.id, r.id].join('.'), r.tags || []);
}
const MISERY = new Set(['no_before_can', 'quote_policy', 'no_follow_up', 'make_repeat', 'accuse', 'deflect_blame', 'no_apology', 'customer_wrong', 'cut_off']);

const beatOf = (response) => response.split('.').slice(0, 3).join('.');
const encounterOf = (response) => response.split('.').slice(0, 2).join('.');

// response id → {n, learners, total (answers at its decision)}.
export function choiceCounts(learners) {
  const counts = new Map(), totals = new Map();
  for (const l of learners) for (const c of l.truth.choices) {
    const e = counts.get(c.response) || { n: 0, learners: new Set() };
    e.n++;
    e.learners.add(l.truth.learner);
    counts.set(c.response, e);
    totals.set(beatOf(c.response), (totals.get(beatOf(c.response)) || 0) + 1);
  }
  return { counts, totals };
}

// misery trigger → {n, learners}; and the number of answers in all.
export function triggerCounts(learners) {
  const byTag = new Map();
  let answers = 0;
  for (const l of learners) for (const c of l.truth.choices) {
    answers++;
    for (const tag of venueTags.get(c.response).filter((t) => MISERY.has(t))) {
      const e = byTag.get(tag) || { n: 0, learners: new Set() };
      e.n++;
      e.learners.add(l.truth.learner);
      byTag.set(tag, e);
    }
  }
  return { byTag, answers };
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;

// venue.encounter → {answers, median, mean, visits, hinted}; `seconds(c)` is what the source keeps of the time.
export function timingCounts(learners, seconds = (c) => c.seconds) {
  const byEncounter = new Map();
  for (const l of learners) {
    const seen = new Set();
    for (const c of l.truth.choices) {
      const key = encounterOf(c.response);
      const e = byEncounter.get(key) || { answers: 0, times: [], visits: 0, hinted: 0 };
      e.answers++;
      e.times.push(seconds(c));
      const visit = key + '|' + c.day + '|' + c.customer;
      if (!seen.has(visit)) { seen.add(visit); e.visits++; if (c.hint) e.hinted++; }
      byEncounter.set(key, e);
    }
  }
  return new Map([...byEncounter].map(([k, e]) => [k, { ...e, median: median(e.times), mean: mean(e.times) }]));
}

// The share of a learner's answers the game judged best: as the core judged them in play (the bots' own
// record), or, for a file that carries answers only, as the game's catalogue judges them (`exported`: id → verdict).
export const bestShare = (truth, exported) =>
  truth.choices.filter((c) => (exported ? exported.get(c.response) === 'correct' : c.best)).length / truth.choices.length;

// [SECTION] Reading the page

// Rows of a table as {key, values: [data-value or text per cell]}.
export function readTable(page, selector) {
  return page.$eval(selector, (table) => [...table.querySelectorAll('tbody tr')].map((tr) => ({
    key: tr.dataset.key,
    values: [...tr.children].map((c) => (c.hasAttribute('data-value') ? c.dataset.value : c.textContent)),
  })));
}

// Clicks a view's tab and waits until the panel shows it.
export async function showView(page, view) {
  await page.click('#tab-' + view);
  await page.waitForFunction((v) => document.getElementById('view').getAttribute('aria-labelledby') === 'tab-' + v, view);
}

// The overview's headline counts: {learners, attempts, training, assessment, decisions}.
export async function facts(page) {
  await showView(page, 'overview');
  return page.$$eval('[data-fact]', (dd) => Object.fromEntries(dd.map((d) => [d.dataset.fact, Number(d.dataset.value)])));
}

const close = (a, b, what) => assert.ok(Math.abs(Number(a) - b) < 0.006, `${what}: the report shows ${a}, the bots' counts give ${b}`);

// [SECTION] Checks against the bots' counts

// The choices view's full table against the bots' answers: every answer chosen, how often, by how many.
export async function checkChoices(page, learners) {
  await showView(page, 'choices');
  const rows = await readTable(page, '[data-table="choices-all"] table');
  const { counts, totals } = choiceCounts(learners);
  const shown = new Map(rows.map((r) => [r.key, r.values]));
  for (const [response, e] of counts) {
    const v = shown.get(response);
    assert.ok(v, `the report lists ${response}, chosen ${e.n} times`);
    assert.equal(Number(v[6]), e.n, `${response}: times chosen`);
    close(v[7], Number((e.n / totals.get(beatOf(response))).toFixed(4)), `${response}: share`);
    assert.equal(Number(v[8]), e.learners.size, `${response}: learners`);
  }
  for (const [key, v] of shown) if (!counts.has(key)) assert.equal(Number(v[6]), 0, `${key} was never chosen`);
  return rows;
}

// The misery triggers view against the bots' answers and the venue files' tags.
export async function checkTriggers(page, learners) {
  await showView(page, 'triggers');
  const rows = await readTable(page, '[data-table="misery-triggers"] table');
  const { byTag, answers } = triggerCounts(learners);
  assert.deepEqual(rows.map((r) => r.key).sort(), [...byTag.keys()].sort(), 'the misery triggers chosen');
  for (const r of rows) {
    const e = byTag.get(r.key);
    assert.equal(Number(r.values[1]), e.n, `${r.key}: times chosen`);
    close(r.values[2], Number((e.n / answers).toFixed(4)), `${r.key}: share of all answers`);
    assert.equal(Number(r.values[3]), e.learners.size, `${r.key}: learners`);
  }
  const order = rows.map((r) => Number(r.values[1]));
  assert.deepEqual(order, [...order].sort((a, b) => b - a), 'most chosen first');
}

// Time to decide and hint use per customer; `source` says what the format keeps of them.
export async function checkTiming(page, learners, { seconds = (c) => c.seconds, timed = true, hints = true } = {}) {
  await showView(page, 'timing');
  const rows = await readTable(page, '[data-table="time-and-hints"] table');
  const expected = timingCounts(learners, seconds);
  assert.deepEqual(rows.map((r) => r.key).sort(), [...expected.keys()].sort(), 'one row per customer met');
  for (const r of rows) {
    const e = expected.get(r.key);
    assert.equal(Number(r.values[1]), e.answers, `${r.key}: answers`);
    assert.equal(Number(r.values[2]), timed ? e.answers : 0, `${r.key}: timed answers`);
    if (timed) {
      close(r.values[3], e.median, `${r.key}: median time`);
      close(r.values[4], Number(e.mean.toFixed(2)), `${r.key}: mean time`);
    }
    assert.equal(Number(r.values[5]), hints ? e.visits : 0, `${r.key}: visits with hint use known`);
    assert.equal(Number(r.values[6]), hints ? e.hinted : 0, `${r.key}: visits with a hint`);
  }
}

// Pre/post: each learner's first and last assessment, and the cohort's paired means. `exported.pre` /
// `exported.post`: the catalogue's verdicts, for a side whose file carries no verdict (Moodle's default download).
export async function checkPrePost(page, pre, post, { scores, exported = {} }) {
  await showView(page, 'prePost');
  const rows = new Map((await readTable(page, '[data-table="pre-post-learners"] table')).map((r) => [r.key, r.values]));
  const postBy = new Map(post.map((l) => [l.truth.learner, l.truth]));
  const gains = [], bestGains = [];
  for (const l of pre) {
    const v = rows.get(l.truth.learner);
    assert.ok(v, `${l.truth.learner} is listed`);
    const after = postBy.get(l.truth.learner);
    close(v[6], Number(bestShare(l.truth, exported.pre).toFixed(4)), `${l.truth.learner}: best answers before`);
    if (scores) assert.equal(Number(v[2]), l.truth.score, `${l.truth.learner}: score before`);
    else assert.equal(v[2], '', `${l.truth.learner}: no score from this source`);
    if (!after) { assert.equal(v[5], '', `${l.truth.learner}: no gain without a post-test`); continue; }
    close(v[7], Number(bestShare(after, exported.post).toFixed(4)), `${l.truth.learner}: best answers after`);
    bestGains.push(bestShare(after, exported.post) - bestShare(l.truth, exported.pre));
    if (scores) {
      assert.equal(Number(v[4]), after.score, `${l.truth.learner}: score after`);
      assert.equal(Number(v[5]), after.score - l.truth.score, `${l.truth.learner}: gain`);
      gains.push(after.score - l.truth.score);
    }
  }
  const cohort = new Map((await readTable(page, '[data-table="pre-post-cohort"] table')).map((r) => [r.key, r.values]));
  assert.equal(Number(cohort.get('best')[1]), bestGains.length, 'learners paired on best answers');
  close(cohort.get('best')[4], Number(mean(bestGains).toFixed(4)), 'mean gain in best answers');
  assert.equal(Number(cohort.get('score')[1]), gains.length, 'learners paired on scores');
  if (scores) close(cohort.get('score')[4], Number(mean(gains).toFixed(4)), 'mean score gain');
  const counts = await page.$eval('#view .counts', (p) => Number(p.dataset.preOnly));
  assert.equal(counts, pre.length - bestGains.length, 'learners with one assessment only');
}

// Pass rates per activity against the bots' scores and passes.
export async function checkPassRates(page, groups) {
  await showView(page, 'overview');
  const rows = new Map((await readTable(page, '[data-table="pass-rates"] table')).map((r) => [r.key, r.values]));
  for (const { key, learners, judged } of groups) {
    const v = rows.get(key);
    assert.ok(v, `a pass-rate row for ${key}`);
    assert.equal(Number(v[1]), learners.length, `${key}: attempts`);
    assert.equal(Number(v[2]), learners.length, `${key}: finished`);
    assert.equal(Number(v[3]), judged ? learners.length : 0, `${key}: judged`);
    if (!judged) continue;
    const passed = learners.filter((l) => l.truth.passed).length;
    assert.equal(Number(v[4]), passed, `${key}: passed`);
    close(v[6], Number(mean(learners.map((l) => l.truth.score)).toFixed(2)), `${key}: mean score`);
  }
}
