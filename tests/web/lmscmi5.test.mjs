// cmi5: the packaged game launched with cmi5 parameters fetches its token
// once, reads LMS.LaunchData, and sends initialized, one answered statement
// per choice, completed, passed or failed, and terminated, in that order,
// each with the contextTemplate and the right categories.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listZip } from './lms/server.mjs';
import { openCourse } from './lms/course.mjs';
import { lmsPage, state, playUntil, waitScreen, waitFor, lmsCopy } from './lms/play.mjs';
import { createLrs, SESSION_EXT } from './lms/lrs.mjs';
import { webFiles } from './lms/scorm.mjs';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const PUBLISHER = 'urn:moments-of-truth:au:assessment-all';
const ACTOR = { objectType: 'Agent', name: 'Ana Popescu', account: { homePage: 'https://lms.example.org', name: 'u-3001' } };
const ACTIVITY = 'https://lms.example.org/activities/au/7f3c';
const ISO_DURATION = /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;

let course, pk, pkgDir, lms, lrs, browser;

function launchData(sessionId, launchMode = 'Normal') {
  return {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER }] },
      extensions: { [SESSION_EXT]: sessionId },
    },
    launchMode,
    launchParameters: JSON.stringify({ mode: 'assessment' }),
    moveOn: 'CompletedOrPassed',
    masteryScore: 0.7,
  };
}

function uuid() { return crypto.randomUUID(); }

// Every statement carries the contextTemplate unmodified and the registration.
function checkContext(s, sessionId, registration) {
  assert.equal(s.context.registration, registration, `${s.verb.id}: registration`);
  assert.equal(s.context.extensions[SESSION_EXT], sessionId, `${s.verb.id}: session id from the contextTemplate`);
  assert.ok(s.context.contextActivities.grouping.some((a) => a.id === PUBLISHER), `${s.verb.id}: publisher id grouping`);
  assert.deepEqual(s.actor, ACTOR);
  assert.match(s.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(!Number.isNaN(Date.parse(s.timestamp)));
}
const categories = (s) => (s.context.contextActivities.category || []).map((a) => a.id);

before(async () => {
  lrs = createLrs();
  course = await openCourse(['--mode', 'assessment'], 'cmi5', { route: lrs.route });
  ({ pk, pkgDir, lms, browser } = course);
});
after(() => course?.close());

test('the cmi5 zip has cmi5.xml at the root with the AU, its launch parameters and every file', async () => {
  const entries = await listZip(pk.zips.cmi5);
  assert.ok(entries.includes('cmi5.xml'));
  for (const f of await webFiles()) assert.ok(entries.includes(f), `${f} is in the zip`);
  const xml = await readFile(join(pkgDir, 'cmi5.xml'), 'utf8');
  assert.match(xml, /<courseStructure xmlns="https:\/\/w3id.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure.xsd">/);
  assert.match(xml, new RegExp(`<au id="${PUBLISHER}"[^>]* moveOn="Passed" masteryScore="0.7"`));
  assert.match(xml, /<url>index.html\?mode=assessment<\/url>/, 'the options ride in the AU address too');
  const params = /<launchParameters>([^<]*)<\/launchParameters>/.exec(xml)[1].replace(/&quot;/g, '"');
  assert.deepEqual(JSON.parse(params), { mode: 'assessment' });
});

test('a launch sends initialized, answered per choice, completed, passed or failed, terminated, in order', async () => {
  const registration = uuid(), sessionId = uuid();
  lrs.newSession(launchData(sessionId));
  const from = lrs.statements.length;
  const { page, problems } = await lmsPage(browser, lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY }));
  const frame = page.mainFrame();
  await waitScreen(frame, 'title');
  assert.equal(await frame.evaluate(() => window.MomentsLMS.standard), 'cmi5');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ro', 'language from cmi5LearnerPreferences');
  let answered = 0;
  const end = await playUntil(page, frame, (s) => s.week && s.week.complete, {
    answer: (s) => { answered++; return String(1 + (answered % s.choices.length)); },
  });
  assert.equal(end.mode, 'assessment', 'mode from launchParameters');
  assert.equal(end.week.pass_mark, 70, 'pass mark from masteryScore');
  await page.goto(lms.url + 'lms/lms.html'); // the learner leaves: pagehide
  await waitFor(() => lrs.statements.slice(from).some((s) => s.verb.id.endsWith('/terminated')), 'terminated');

  const sent = lrs.statements.slice(from);
  const verbs = sent.map((s) => s.verb.id.split('/').pop());
  const judged = end.week.score / 100 >= 0.7 ? 'passed' : 'failed';
  assert.deepEqual(verbs, ['initialized', ...Array(answered).fill('answered'), 'completed', judged, 'terminated']);
  assert.equal(lrs.fetches, 1);
  assert.equal(lrs.badFetches, 0);
  assert.deepEqual(lrs.unauthorized, []);
  assert.equal(lrs.launchDataWrites, 0, 'LMS.LaunchData is never written');

  for (const s of sent) {
    checkContext(s, sessionId, registration);
    const verb = s.verb.id.split('/').pop();
    if (verb === 'answered') {
      assert.ok(!categories(s).includes(CMI5), 'answered is cmi5 allowed: no cmi5 category');
      assert.ok(!categories(s).includes(MOVEON));
      assert.equal(s.object.definition.interactionType, 'choice');
      assert.match(s.object.id, new RegExp('^' + ACTIVITY + '/interactions/d1-c\\d+-'));
      assert.match(s.result.response, /^[a-z0-9_]+(\.[a-z0-9_]+){3}$/);
      assert.match(s.result.duration, ISO_DURATION);
      assert.ok(s.object.definition.description['en-US'].length <= 250);
      continue;
    }
    assert.equal(s.object.id, ACTIVITY, `${verb}: object is the AU`);
    assert.ok(categories(s).includes(CMI5), `${verb}: cmi5 category`);
    const judgement = verb === 'completed' || verb === 'passed' || verb === 'failed';
    assert.equal(categories(s).includes(MOVEON), judgement, `${verb}: moveon category only with success or completion`);
    if (verb === 'initialized') assert.equal(s.result, undefined);
    if (verb !== 'initialized') assert.match(s.result.duration, ISO_DURATION, `${verb}: duration`);
    if (verb === 'completed') {
      assert.equal(s.result.completion, true);
      assert.equal(s.result.success, undefined);
      assert.equal(s.result.score, undefined);
    }
    if (verb === 'passed' || verb === 'failed') {
      assert.equal(s.result.success, verb === 'passed');
      assert.equal(s.result.score.raw, end.week.score);
      assert.equal(s.result.score.min, 0);
      assert.equal(s.result.score.max, 100);
      assert.equal(s.result.score.scaled, end.week.score / 100);
      assert.equal(s.context.extensions[MASTERY], 0.7);
    }
    if (verb === 'terminated') assert.equal(s.result.completion, undefined);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

// The progress comes back without a key pressed (a busy LRS may answer after the title: then as soon
// as it does). A key pressed before that would start a new week, which the late progress then replaces.
async function waitForProgress(frame, served) {
  await frame.waitForFunction((n) => {
    try { return window.moments.state().served === n; } catch (e) { return false; }
  }, served, { timeout: 20000 });
}

test('a reload keeps the token and the session; the next launch resumes from the AU\'s own State document', async () => {
  const registration = uuid(), sessionId = uuid();
  lrs.newSession(launchData(sessionId));
  const from = lrs.statements.length;
  const fetchesBefore = lrs.fetches;
  const url = lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY });
  const { page, problems, warnings } = await lmsPage(browser, url);
  const frame = page.mainFrame();
  const before = await playUntil(page, frame, (s) => s.screen === 'counter' && s.served >= 2);
  // Wait until the AU's State document in the LRS holds the game's latest save.
  const copy = await lmsCopy(frame);
  const latest = await frame.evaluate((text) => window.MomentsLMS.codec.encode(text), copy);
  await waitFor(() => [...lrs.state.entries()].some(([k, v]) => k.startsWith('moments-of-truth.save\n') && k.endsWith(registration) && JSON.parse(v).save === latest), 'the save in the LRS');

  await page.reload(); // the fetch URL cannot be used twice: the token comes from sessionStorage
  await waitForProgress(frame, before.served);
  await playUntil(page, frame, (s) => s.screen === 'counter');
  const reloaded = await state(frame);
  assert.equal(reloaded.customer.index, before.customer.index, 'the same customer after a reload');
  assert.equal(reloaded.reputation, before.reputation);
  assert.equal(lrs.fetches, fetchesBefore + 1, 'the token was fetched once');
  assert.equal(lrs.badFetches, 0, 'no second use of the fetch URL');
  assert.deepEqual(lrs.unauthorized, []);
  const verbs = lrs.statements.slice(from).map((s) => s.verb.id.split('/').pop());
  assert.equal(verbs.filter((v) => v === 'initialized').length, 1, 'initialized once per session');
  assert.equal(verbs.filter((v) => v === 'terminated').length, 1, 'the reload ended the session once');
  assert.equal(verbs.at(-1), 'terminated', 'nothing after terminated');
  assert.ok(warnings.some((w) => /already ended/.test(w)), 'the reloaded page says the session ended');
  await page.close();

  // The LMS launches a new session for the same registration: progress comes back.
  const nextSession = uuid();
  lrs.newSession(launchData(nextSession));
  const second = await lmsPage(browser, url);
  await waitForProgress(second.page.mainFrame(), before.served);
  await playUntil(second.page, second.page.mainFrame(), (s) => s.screen === 'counter');
  const resumed = await state(second.page.mainFrame());
  assert.equal(resumed.customer.index, before.customer.index, 'the same customer in the next session');
  assert.equal(resumed.reputation, before.reputation);
  const next = lrs.statements.filter((s) => s.context.extensions[SESSION_EXT] === nextSession);
  assert.deepEqual(next.map((s) => s.verb.id.split('/').pop()), ['initialized']);
  assert.deepEqual([...problems, ...second.problems], []);
  await second.page.close();
});

test('Browse mode records no completed, passed or failed', async () => {
  const registration = uuid(), sessionId = uuid();
  lrs.newSession(launchData(sessionId, 'Browse'));
  const { page, problems } = await lmsPage(browser, lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY }));
  const frame = page.mainFrame();
  await playUntil(page, frame, (s) => s.week && s.week.complete);
  await page.goto(lms.url + 'lms/lms.html');
  await waitFor(() => lrs.statements.some((s) => s.context.extensions[SESSION_EXT] === sessionId && s.verb.id.endsWith('/terminated')), 'terminated');
  const verbs = lrs.statements.filter((s) => s.context.extensions[SESSION_EXT] === sessionId).map((s) => s.verb.id.split('/').pop());
  assert.equal(verbs[0], 'initialized');
  assert.equal(verbs.at(-1), 'terminated');
  assert.ok(!verbs.some((v) => v === 'completed' || v === 'passed' || v === 'failed'), verbs.join(' '));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a refused token fetch keeps cmi5: the answers wait in this browser and reach the LRS with the next launch', async () => {
  const registration = uuid();
  const duplicatesBefore = lrs.duplicates;
  lrs.newSession(launchData(uuid()));
  lrs.fetched = true; // the fetch URL was used already
  const url = lrs.launchUrl(lms.url, { actor: ACTOR, registration, activityId: ACTIVITY });
  const context = await browser.newContext(); // one browser profile: its local storage outlives the page
  const inContext = { newPage: () => context.newPage() };
  const { page, warnings } = await lmsPage(inContext, url);
  const frame = page.mainFrame();
  await waitScreen(frame, 'title');
  assert.equal(await frame.evaluate(() => window.MomentsLMS.standard), 'cmi5');
  assert.ok(warnings.some((w) => /token fetch was refused/.test(w)), warnings.join('\n'));
  let answered = 0;
  const end = await playUntil(page, frame, (s) => s.screen === 'debrief', { answer: () => { answered++; return '1'; } });
  assert.deepEqual(end.page_notices, ['offline'], 'the learner is told their progress is kept on this device');
  assert.equal(await frame.evaluate(() => window.MomentsLMS.waiting), answered + 1, 'initialized and every answer wait in the outbox');
  await page.close();
  assert.ok(!lrs.statements.some((s) => s.context && s.context.registration === registration), 'nothing reached the LRS');

  const sessionId = uuid();
  lrs.newSession(launchData(sessionId));
  const next = await lmsPage(inContext, url);
  await waitScreen(next.page.mainFrame(), 'title');
  await waitFor(() => lrs.statements.filter((s) => s.context.registration === registration).length >= answered + 2, 'the waiting statements', 15000);
  const verbs = lrs.statements.filter((s) => s.context.registration === registration).map((s) => s.verb.id.split('/').pop());
  assert.deepEqual(verbs.slice(0, answered + 1), ['initialized', ...Array(answered).fill('answered')]);
  assert.equal(lrs.duplicates, duplicatesBefore, 'nothing sent twice');
  await context.close();
});
