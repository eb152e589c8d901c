// GAME.md §6 in the real game: the order of the answers comes from the seed,
// and a learner who does not read, pressing "1" or skimming for cues, fails
// the training week; two assessment attempts draw different, fresh customers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, state, waitForScreen } from './harness.mjs';
import { playUntil, chooseMode, venueFile, press } from './drive.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The first customer's answers, as the counter shows them, on a given seed.
async function firstAnswers(seed) {
  const { page } = await openPage(browser, `${server.url}?seed=${seed}`);
  await waitForScreen(page, 'title');
  const s = await playUntil(page, 'counter');
  await page.close();
  return { customer: s.customer.id, choices: s.choices, ids: s.choice_ids };
}

// Plays the whole training week on `seed` with `choose(state)` picking the key; returns the week.
async function playWeek(seed, choose) {
  const { page, problems } = await openPage(browser, `${server.url}?seed=${seed}`);
  await waitForScreen(page, 'title');
  const end = await playUntil(page, 'week', { choose, maxSteps: 600 });
  assert.deepEqual(problems, []);
  await page.close();
  return end.week;
}

// [SECTION] A surface-cue player of our own -----------------------------------------------
// It reads for cues, never for meaning: it likes the customer's name, ownership
// words, numbers and words echoed from what the customer just said; it avoids
// apologies, rules and sales talk. (English text: the game starts in English here.)

const words = (text) => (text.toLowerCase().match(/[a-z']{4,}/g) || []);
function cueScore(answer, s) {
  const text = answer.toLowerCase();
  const heard = new Set(words(s.customer.line));
  let score = 0;
  if (text.includes(s.customer.name.toLowerCase())) score += 3;
  for (const w of ["i'll", 'i will', 'let me', 'myself', 'right away', 'personally']) if (text.includes(w)) score += 1;
  if (/\d/.test(text)) score += 1;
  for (const w of words(text)) if (heard.has(w)) score += 1;
  for (const w of ['sorry', 'afraid', 'unfortunately', 'apolog']) if (text.includes(w)) score -= 2;
  for (const w of ['policy', 'rule', "can't", 'cannot', 'not allowed']) if (text.includes(w)) score -= 2;
  for (const w of ['upgrade', 'special', 'offer', 'deal', 'loyalty']) if (text.includes(w)) score -= 1;
  return score;
}
const skim = (s) => {
  const scores = s.choices.map((c) => cueScore(c, s));
  return String(1 + scores.indexOf(Math.max(...scores)));
};

// [SECTION] Tests ----------------------------------------------------------------------------

test('one customer on two seeds shows the same answers in different orders, each with its stable id', async () => {
  const orders = [];
  for (const seed of [11, 12, 13, 14, 15, 16]) orders.push(await firstAnswers(seed));
  const customer = orders[0].customer;
  for (const o of orders) {
    assert.equal(o.customer, customer, 'day 1 opens with the same customer on every seed');
    assert.deepEqual([...o.choices].sort(), [...orders[0].choices].sort(), 'the same answers');
    for (const id of o.ids) assert.match(id, new RegExp(`^cafe_counter\\.${customer}\\.[a-z0-9_]+\\.[a-z0-9_]+$`));
  }
  assert.ok(new Set(orders.map((o) => o.choices.join('|'))).size > 1, 'the order differs between seeds');
});

test('pressing "1" through the whole training week fails the pass mark', async (t) => {
  const week = await playWeek(2027, () => '1');
  t.diagnostic(`pressing "1": week score ${week.score} (pass mark ${week.pass_mark})`);
  assert.equal(week.complete, true);
  assert.ok(week.score < week.pass_mark, `scored ${week.score}, pass mark ${week.pass_mark}`);
  assert.equal(week.passed, false);
});

test('a player who skims for cues (name, "I\'ll", numbers, echoes; no apologies or rules) fails the week', async (t) => {
  const week = await playWeek(2028, skim);
  t.diagnostic(`skimming for cues: week score ${week.score} (pass mark ${week.pass_mark})`);
  assert.equal(week.complete, true);
  assert.ok(week.score < week.pass_mark, `scored ${week.score}, pass mark ${week.pass_mark}`);
  assert.equal(week.passed, false);
});

test('two assessment attempts in a row draw different customers, none of them from training', async () => {
  const venue = venueFile('cafe_counter');
  const training = new Set(venue.week.flatMap((d) => d.encounters));
  for (const e of venue.encounters) if (e.return_visit) training.add(e.return_visit);
  const { page, problems } = await openPage(browser, `${server.url}?seed=99`);
  await waitForScreen(page, 'title');
  await chooseMode(page, 'en', 'assessment');
  const attempts = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const seen = new Set();
    await playUntil(page, 'week', { onScreen: (s) => { if (s.screen === 'counter') seen.add(s.customer.id); }, maxSteps: 300 });
    attempts.push(seen);
    await press(page, 'Enter'); // back to the title
    await waitForScreen(page, 'title');
  }
  for (const seen of attempts) {
    assert.ok(seen.size >= 6, `an attempt serves six or more customers (${[...seen]})`);
    for (const id of seen) assert.ok(!training.has(id), `${id} is not a training customer`);
  }
  const shared = [...attempts[0]].filter((id) => attempts[1].has(id));
  assert.deepEqual(shared, [], 'the second attempt draws the other parallel form');
  assert.deepEqual(problems, []);
  await page.close();
});
