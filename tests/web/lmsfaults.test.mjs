// cmi5 with a faulty LRS on 127.0.0.1: one that hangs, a 15 s outage of
// 503s, a 500 at launch, and a saved State document that inflates to
// megabytes. The game must start, keep playing, tell the learner, and in the
// end deliver every statement exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { openCourse } from './lms/course.mjs';
import { lmsPage, state, playUntil, waitScreen, waitFor } from './lms/play.mjs';
import { createLrs, SESSION_EXT } from './lms/lrs.mjs';
import { uiText } from './drive.mjs';

const ACTOR = { objectType: 'Agent', name: 'Ion Marin', account: { homePage: 'https://lms.example.org', name: 'u-4100' } };
const ACTIVITY = 'https://lms.example.org/activities/au/faults';
let course, lms, lrs, browser, au;

before(async () => {
  lrs = createLrs();
  course = await openCourse(['--mode', 'training'], 'cmi5', { route: lrs.route });
  ({ lms, browser } = course);
  // The AU's address as an LMS reads it from cmi5.xml (it carries the package options).
  au = /<url>([^<]+)<\/url>/.exec(await readFile(join(course.pkgDir, 'cmi5.xml'), 'utf8'))[1].replace(/&amp;/g, '&');
});
after(() => course?.close());

function launchData(sessionId) {
  return {
    contextTemplate: { extensions: { [SESSION_EXT]: sessionId } },
    launchMode: 'Normal',
    launchParameters: JSON.stringify({ mode: 'training' }),
    moveOn: 'Completed',
  };
}

// A new session for a new registration; returns what the test needs to follow it.
async function launch() {
  const registration = crypto.randomUUID(), sessionId = crypto.randomUUID();
  lrs.newSession(launchData(sessionId));
  const started = Date.now();
  const opened = await lmsPage(browser, lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY, au }));
  return { ...opened, frame: opened.page.mainFrame(), registration, started };
}

const mine = (registration) => lrs.statements.filter((s) => s.context && s.context.registration === registration);
const verbs = (list) => list.map((s) => s.verb.id.split('/').pop());

// Answers until `count` answers are given; returns how many were.
async function answer(page, frame, count) {
  let given = 0;
  await playUntil(page, frame, () => given >= count, { answer: () => { given++; return '1'; }, maxSteps: 400 });
  return given;
}

test('an LRS that hangs: the title comes without it, play goes on, and every statement arrives once it answers', async (t) => {
  lrs.fault = { on: (url) => url.pathname.startsWith('/xapi/'), hang: true };
  const { page, frame, registration, started, problems } = await launch();
  await waitScreen(frame, 'title', 8000);
  const titleMs = Date.now() - started;
  t.diagnostic(`title after ${titleMs} ms while every LRS request hangs`);
  assert.ok(lrs.held.length > 0 && lrs.fault, 'the LRS was still hanging when the title came');
  assert.equal(await frame.evaluate(() => window.MomentsLMS.standard), 'cmi5');
  const given = await answer(page, frame, 4);
  await frame.waitForFunction(() => window.moments.state().page_notices.includes('offline'), null, { timeout: 20000 });
  assert.equal(mine(registration).length, 0, 'nothing was delivered during the hang');

  lrs.release();
  await waitFor(() => verbs(mine(registration)).filter((v) => v === 'answered').length === given, 'every answer', 40000);
  assert.equal(verbs(mine(registration))[0], 'initialized', 'initialized first');
  await frame.waitForFunction(() => window.moments.state().page_notices.length === 0 && window.MomentsLMS.waiting === 0, null, { timeout: 20000 });
  assert.equal(new Set(mine(registration).map((s) => s.id)).size, mine(registration).length, 'each statement stored once');
  assert.deepEqual(problems.filter((p) => !/Failed to load resource|ERR_/.test(p)), []);
  await page.close();
});

test('a 15 s outage of 503s mid-shift: nothing given during it is lost, nothing is stored twice', async (t) => {
  const { page, frame, registration } = await launch();
  await waitFor(() => verbs(mine(registration)).includes('initialized'), 'initialized', 10000);
  await waitScreen(frame, 'title');
  await playUntil(page, frame, (s) => s.screen === 'counter');
  const outageStart = Date.now();
  lrs.fault = { on: (url, req) => url.pathname === '/xapi/statements' && req.method === 'POST', status: 503 };
  const ended = new Promise((r) => setTimeout(() => { lrs.fault = null; r(); }, 15000));
  const given = await answer(page, frame, 10);
  t.diagnostic(`${given} answers in the first ${Date.now() - outageStart} ms of the outage`);
  assert.ok(Date.now() - outageStart < 15000, 'all ten answers were given during the outage');
  assert.ok((await state(frame)).page_notices.includes('offline'), 'the learner is told their progress is kept');
  await ended;
  await waitFor(() => verbs(mine(registration)).filter((v) => v === 'answered').length >= given, 'every answer after the outage', 40000);
  const answered = mine(registration).filter((s) => s.verb.id.endsWith('/answered'));
  assert.equal(answered.length, given, 'each answer once');
  assert.equal(new Set(answered.map((s) => s.object.id + '|' + s.timestamp)).size, given, 'no answer repeated under a new id');
  await frame.waitForFunction(() => window.moments.state().page_notices.length === 0, null, { timeout: 20000 });
  await page.close();
});

test('a 500 at launch: the game stays in cmi5 and its statements arrive once the LMS recovers', async () => {
  let failures = 0;
  lrs.fault = { on: (url) => url.pathname === '/cmi5/fetch' && failures++ < 1, status: 500 };
  const { page, frame, registration, warnings } = await launch();
  await waitScreen(frame, 'title');
  assert.equal(await frame.evaluate(() => window.MomentsLMS.standard), 'cmi5', 'not standalone');
  const given = await answer(page, frame, 2);
  await waitFor(() => verbs(mine(registration)).filter((v) => v === 'answered').length === given, 'the answers', 20000);
  assert.equal(verbs(mine(registration))[0], 'initialized');
  assert.ok(failures >= 2, 'the fetch URL was asked again after the 500');
  assert.ok(warnings.some((w) => /token fetch failed/.test(w)), warnings.join('\n'));
  lrs.fault = null;
  await page.close();
});

// A save that inflates to 20 MB, as a State document.
const bomb = 'm1:' + Buffer.from(zlib.deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 'c'), { level: 9 })).toString('base64url');
const bombDoc = JSON.stringify({ format: 1, save: bomb, completed: false, passed: false, updated: new Date().toISOString() });

// Whether the title tells the learner, in their language, that their save was kept aside.
async function toldSetAside(frame) {
  const lang = await frame.evaluate(() => document.documentElement.lang);
  const told = uiText(lang)['notice.bad_save'].split('(')[0];
  await frame.waitForFunction((t) => document.getElementById('mirror-controls').textContent.includes(t), told, { timeout: 10000 });
  return true;
}

test('a saved State document that inflates to megabytes is set aside with a notice; a new save works', async () => {
  const registration = crypto.randomUUID(), sessionId = crypto.randomUUID();
  assert.ok(bomb.length > 20000 && bomb.length < 30000, `a ${bomb.length}-character save`);
  const key = ['moments-of-truth.save', ACTIVITY, JSON.stringify(ACTOR), registration].join('\n');
  lrs.state.set(key, bombDoc);
  lrs.newSession(launchData(sessionId));
  const { page, problems } = await lmsPage(browser, lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY, au }));
  const frame = page.mainFrame();
  await waitScreen(frame, 'title');
  assert.ok(await toldSetAside(frame), 'the learner is told, in their language'); // a busy LRS may answer after the title
  const kept = await frame.evaluate(() => JSON.parse(localStorage.getItem('moments-of-truth.quarantine')));
  assert.match(kept.reason, /inflates to more than/);
  await playUntil(page, frame, (s) => s.screen === 'feedback');
  await waitFor(() => { const doc = JSON.parse(lrs.state.get(key)); return doc.save !== bomb && doc.save.startsWith('m'); }, 'a new save in the LRS', 10000);
  assert.deepEqual(problems, []);
  await page.close();
});

// A session's State document, played to the second customer, for new registrations to start from.
let playedSave = null;
async function aPlayedSave() {
  if (playedSave) return playedSave;
  const { page, frame, registration } = await launch();
  const before = await playUntil(page, frame, (s) => s.screen === 'counter' && s.served >= 2);
  const key = ['moments-of-truth.save', ACTIVITY, JSON.stringify(ACTOR), registration].join('\n');
  await waitFor(() => lrs.state.has(key) && JSON.parse(lrs.state.get(key)).save.startsWith('m'), 'the save in the LRS', 10000);
  await page.close();
  playedSave = { doc: lrs.state.get(key), customer: before.customer.index, served: before.served, reputation: before.reputation };
  return playedSave;
}

// A new session (on another computer: no local copy) whose State document
// (a played save unless `doc` is given) is read only once `release()` is called.
async function launchWithSlowState(doc) {
  const saved = doc ? { doc } : await aPlayedSave();
  const registration = crypto.randomUUID(), sessionId = crypto.randomUUID();
  lrs.state.set(['moments-of-truth.save', ACTIVITY, JSON.stringify(ACTOR), registration].join('\n'), saved.doc);
  lrs.newSession(launchData(sessionId));
  lrs.fault = { on: (url, req) => url.pathname === '/xapi/activities/state' && req.method === 'GET', hang: true };
  const opened = await lmsPage(browser, lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY, au }));
  const frame = opened.page.mainFrame();
  await waitScreen(frame, 'title', 8000);
  assert.ok(lrs.held.length > 0, 'the State document was still unread when the title came');
  return { ...opened, frame, saved };
}

test('progress the LRS gives only after the title came is still resumed when nothing was decided yet', async () => {
  const { page, frame, saved, problems } = await launchWithSlowState();
  lrs.release();
  await frame.waitForFunction((served) => window.moments.state().served === served, saved.served, { timeout: 10000 });
  assert.equal((await state(frame)).reputation, saved.reputation);
  const next = await playUntil(page, frame, (s) => s.screen === 'counter');
  assert.equal(next.customer.index, saved.customer, 'play goes on with the customer the learner had reached');
  assert.equal(await frame.evaluate(() => localStorage.getItem('moments-of-truth.quarantine')), null, 'nothing was set aside');
  assert.deepEqual(problems, []);
  await page.close();
});

test('progress the LRS gives after the learner made a choice here is kept aside, never replacing that choice', async () => {
  const { page, frame, saved, problems } = await launchWithSlowState();
  await answer(page, frame, 1);
  const mine = await state(frame);
  lrs.release();
  await waitFor(() => frame.evaluate(() => localStorage.getItem('moments-of-truth.quarantine') !== null), 'the late save set aside', 10000);
  const kept = await frame.evaluate(() => JSON.parse(localStorage.getItem('moments-of-truth.quarantine')));
  assert.match(kept.reason, /arrived after play had begun/);
  const now = await state(frame);
  assert.deepEqual([now.screen, now.served, now.customer && now.customer.index], [mine.screen, mine.served, mine.customer && mine.customer.index], 'the game stayed on the learner\'s own play');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a State document that cannot be a save, read only after the title came, is kept aside and the learner told', async () => {
  const { page, frame, problems } = await launchWithSlowState(bombDoc);
  lrs.release();
  assert.ok(await toldSetAside(frame));
  const kept = await frame.evaluate(() => JSON.parse(localStorage.getItem('moments-of-truth.quarantine')));
  assert.match(kept.reason, /inflates to more than/);
  assert.deepEqual(problems, []);
  await page.close();
});
