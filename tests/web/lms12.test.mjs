// SCORM 1.2: the packaged game in a test LMS (scorm-again) reports the
// session, every choice, the score and status in the strict formats, resumes
// where the learner left off, keeps a week's progress within 4,096
// characters, and plays on when the LMS breaks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { rm } from 'node:fs/promises';
import { openCourse } from './lms/course.mjs';
import { waitFor, lmsPage, state, waitScreen, playUntil, focusGame, lmsCopy } from './lms/play.mjs';
import { checkScormZip, launchGame, calls, closeGame } from './lms/scorm.mjs';
import { checkCalls, lastValues, interactions } from './lms/formats.mjs';
import { loadAdapter } from './lms/node-adapter.mjs';

const LEARNER = { student_id: 'u-1042', student_name: 'Okafor, Ada' };
let course, pk, lms, browser;

before(async () => {
  course = await openCourse(['--mode', 'training'], 'scorm12');
  ({ pk, lms, browser } = course);
});
after(() => course?.close());

test('the SCORM 1.2 zip has its manifest at the root, lists every file and carries the launch data', async () => {
  const dir = await checkScormZip(pk.zips.scorm12, {
    schemaversion: '1.2', scormType: 'scormtype', dataElement: 'datafromlms', launch: { mode: 'training' },
  });
  await rm(dir, { recursive: true, force: true });
});

test('the save codec: the browser\'s raw deflate that zlib reads, base64url, and back; bombs and junk refused', async () => {
  const { lms } = loadAdapter();
  const { encode, decode, unbase64url, base64url, maxText } = lms.codec;
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz|_,;@-';
  const samples = ['', 'a', 'mot2|cafe_counter|1|t|1|0c0@a,c0@h0', 'é ü → 日本', 'ab'.repeat(30000)];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < 60; i++) {
    let s = '';
    const n = Math.floor(random() * 3000);
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(random() * alphabet.length)];
    samples.push(s);
  }
  for (const text of samples) {
    const stored = await encode(text);
    assert.match(stored, /^m[01]:[\x20-\x7e]*$/, 'printable, with a version tag');
    if (stored.startsWith('m1:')) {
      assert.match(stored.slice(3), /^[A-Za-z0-9_-]*$/);
      assert.equal(zlib.inflateRawSync(Buffer.from(unbase64url(stored.slice(3)))).toString(), text, 'zlib inflates our deflate');
    }
    assert.equal(await decode(stored), text);
    const theirs = 'm1:' + base64url(new Uint8Array(zlib.deflateRawSync(Buffer.from(text), { level: 9 })));
    assert.equal(await decode(theirs), text, 'we inflate zlib\'s deflate');
  }
  // 11.7 K characters that inflate to 6 MB: refused without inflating it all.
  const bomb = 'm1:' + base64url(new Uint8Array(zlib.deflateRawSync(Buffer.alloc(6 * 1024 * 1024, 'a'), { level: 9 })));
  await assert.rejects(decode(bomb), new RegExp('more than ' + maxText));
  await assert.rejects(decode('m0:' + 'x'.repeat(maxText + 1)), /more than any real save/);
  await assert.rejects(decode('m1:!!!'));
  await assert.rejects(decode('m1:AAAA'));
  await assert.rejects(decode('legacy text'));
});

test('time and name formats follow SCORM 1.2', () => {
  const { lms } = loadAdapter();
  const f = lms.formats;
  assert.equal(f.scorm12Timespan(0), '00:00:00');
  assert.equal(f.scorm12Timespan(3.456), '00:00:03.46');
  assert.equal(f.scorm12Timespan(3725.5), '01:02:05.50');
  assert.equal(f.scorm12Timespan(400000), '111:06:40');
  assert.equal(f.scorm12Timespan(1e9), '9999:59:59.99');
  assert.equal(f.presentName('Okafor, Ada'), 'Ada Okafor');
  assert.equal(f.presentName('Ada Okafor'), 'Ada Okafor');
  assert.equal(f.languageCode('it-IT'), 'it');
  assert.equal(f.languageCode('ita'), 'it');
  assert.equal(f.languageCode(''), '');
  const options = (text) => JSON.parse(JSON.stringify(f.parseOptions(text))); // out of the vm's realm
  assert.deepEqual(options('{"mode":"assessment","passMark":80,"venues":["cafe_counter"]}'),
    { mode: 'assessment', passMark: 80, venues: ['cafe_counter'], form: null, muted: false });
  assert.deepEqual(options('{"passMark":140,"mode":"exam","form":0,"muted":"loud"}'), { mode: '', passMark: null, venues: [], form: null, muted: false });
  assert.deepEqual(options('mode=assessment&passMark=75&form=2&muted=1'), { mode: 'assessment', passMark: 75, venues: [], form: 2, muted: true });
  assert.deepEqual(options('{"muted":true}'), { mode: '', passMark: null, venues: [], form: null, muted: true });
  assert.deepEqual(options('garbage{'), { mode: '', passMark: null, venues: [], form: null, muted: false });
  // cmi5's returnURL is followed on exit: only an http(s) address, never script.
  assert.equal(f.safeReturnUrl('https://lms.example/course/view.php?id=5'), 'https://lms.example/course/view.php?id=5');
  assert.equal(f.safeReturnUrl('javascript:alert(document.cookie)'), '');
  assert.equal(f.safeReturnUrl(' JavaScript:alert(1)'), '');
  assert.equal(f.safeReturnUrl('data:text/html,<script>alert(1)</script>'), '');
  assert.equal(f.safeReturnUrl(42), '');
});

test('a shift reports initialise, every choice, score, status, session time and a final commit', async () => {
  const { page, frame, problems } = await launchGame(browser, lms, '12', { cmi: { core: LEARNER } });
  const commitsBefore = lms.commits.length;
  let answered = 0;
  const end = await playUntil(page, frame, (s) => s.screen === 'debrief', {
    answer: (s) => { answered++; return String(1 + (answered % s.choices.length)); },
  });
  const game = await frame.evaluate(() => ({ standard: window.MomentsLMS.standard }));
  assert.equal(game.standard, 'scorm12');
  await closeGame(page, lms);

  const all = await calls(page);
  const sets = checkCalls('12', all);
  const v = lastValues(sets);
  assert.deepEqual(sets.find(([el]) => el === 'cmi.core.lesson_status'), ['cmi.core.lesson_status', 'incomplete'], 'the first status is incomplete');
  const list = interactions(sets);
  assert.equal(list.length, answered, 'one interaction per answer');
  for (const i of list) {
    assert.match(i.id, /^d1-c\d+-[A-Za-z0-9_-]+$/);
    assert.deepEqual(Object.keys(i).sort(), ['correct_responses.0.pattern', 'id', 'latency', 'result', 'student_response', 'type'], `${i.id}: six values, no more`);
    const [, encounter, beat] = i.id.match(/^d1-c\d+-([a-z0-9_]+)-([a-z0-9_]+)$/) || [];
    assert.ok(i.student_response.startsWith(`cafe_counter.${encounter}.${beat}.`), `${i.id}: the answer's stable id, not a letter`);
  }
  assert.equal(v['cmi.core.score.raw'], String(end.week.score), 'the score is the week\'s so far');
  assert.equal(v['cmi.core.score.min'], '0');
  assert.equal(v['cmi.core.score.max'], '100');
  assert.equal(v['cmi.core.lesson_status'], 'incomplete', 'one day of five: still incomplete');
  assert.equal(v['cmi.core.exit'], 'suspend');
  assert.match(v['cmi.core.session_time'], /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  const [h, m, sec] = v['cmi.core.session_time'].split(':').map(Number);
  assert.ok(h * 3600 + m * 60 + sec > 0.5, 'the session lasted a while');
  assert.ok(v['cmi.core.lesson_location'], 'a bookmark was kept');

  // What the LMS stored: the last commit (LMSFinish's) has the status, score and progress.
  assert.ok(lms.commits.length > commitsBefore, 'commits reached the LMS');
  const stored = lms.commits.at(-1).cmi;
  assert.equal(stored.core.lesson_status, 'incomplete');
  assert.equal(stored.core.score.raw, String(end.week.score));
  assert.equal(stored.suspend_data, v['cmi.suspend_data']);
  assert.equal(stored.core.exit, 'suspend');
  assert.equal(Object.keys(stored.interactions).length, answered);
  assert.deepEqual(problems, []);
  await page.close();
});

test('closing mid-shift and relaunching resumes the same customer with the same reputation', async () => {
  const first = await launchGame(browser, lms, '12', { cmi: { core: LEARNER } });
  const before = await playUntil(first.page, first.frame, (s) => s.screen === 'counter' && s.served >= 2);
  await closeGame(first.page, lms);
  checkCalls('12', await calls(first.page));
  const stored = lms.commits.at(-1).cmi;
  assert.equal(stored.core.exit, 'suspend');
  assert.ok(stored.suspend_data.length > 0);
  await first.page.close();

  // The LMS relaunches the attempt with what it stored and entry=resume.
  const cmi = {
    core: { ...LEARNER, entry: 'resume', lesson_status: stored.core.lesson_status, lesson_location: stored.core.lesson_location },
    suspend_data: stored.suspend_data,
  };
  const second = await launchGame(browser, lms, '12', { cmi });
  await playUntil(second.page, second.frame, (s) => s.screen === 'counter');
  const after = await state(second.frame);
  assert.equal(after.day, before.day);
  assert.equal(after.customer.index, before.customer.index, 'the same customer');
  assert.equal(after.customer.name, before.customer.name);
  assert.equal(after.reputation, before.reputation, 'the same reputation');
  assert.deepEqual(after.outcomes, before.outcomes);
  assert.equal(after.served, before.served);
  const all = await calls(second.page);
  assert.ok(all.some((c) => c.fn === 'LMSGetValue' && c.args[0] === 'cmi.suspend_data' && c.ret === stored.suspend_data));
  assert.ok(!all.some((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] === 'not attempted'));
  assert.deepEqual(second.problems, []);
  await second.page.close();
});

test('a whole training week keeps its suspend data within 4,096 characters', async (t) => {
  const { page, frame, problems } = await launchGame(browser, lms, '12', { cmi: { core: LEARNER } });
  const sizes = [];
  const end = await playUntil(page, frame, (s) => s.screen === 'week' || (s.week && s.week.complete), {
    answer: () => '1',
    maxSteps: 4000,
  });
  assert.ok(end.week.complete, 'the week is complete');
  assert.equal(end.week.days.length, 5, 'five days');
  const all = await calls(page);
  const saves = all.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data');
  for (const c of saves) sizes.push(c.args[1].length);
  // The last save of each day is the one before that day's result.
  const daySizes = [];
  let day = 0;
  for (const c of all) {
    if (c.fn === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data') daySizes[day] = c.args[1].length;
    if (c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.score.raw') day++;
  }
  const longest = Math.max(...sizes);
  const raw = await lmsCopy(frame);
  const { lms: codec } = loadAdapter();
  assert.equal(await codec.codec.decode(saves.at(-1).args[1]), raw, 'the LMS copy decodes to the game\'s save');
  t.diagnostic(`suspend data: day 1 ${daySizes[0]} chars, after each day ${daySizes.join(', ')}; raw week save ${raw.length} chars; longest ${longest}`);
  assert.ok(longest <= codec.codec.budget && codec.codec.budget === 4096, `suspend data peaked at ${longest} characters (the designed budget is SCORM 1.2's 4,096)`);
  // The finished week ends the LMS session at once, while the page is visible: exit "" (normal).
  await waitFor(async () => (await calls(page)).some((c) => c.fn === 'LMSFinish'), 'LMSFinish at the end of the week');
  const finished = await calls(page);
  checkCalls('12', finished);
  const v = lastValues(finished.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args));
  assert.equal(v['cmi.core.lesson_status'], end.week.passed ? 'passed' : 'failed');
  assert.equal(v['cmi.core.score.raw'], String(end.week.score));
  assert.equal(v['cmi.core.exit'], '', 'a finished week exits normally');
  await closeGame(page, lms);
  assert.equal((await calls(page)).length, finished.length, 'closing the page adds nothing after LMSFinish');
  assert.deepEqual(problems, []);
  await page.close();
});

for (const kind of ['throw', 'false', 'throw-after-init']) {
  test(`an LMS whose calls ${kind === 'false' ? 'answer "false"' : kind === 'throw' ? 'all throw' : 'throw after LMSInitialize'} still lets the shift finish`, async () => {
    const { page, frame, problems, warnings } = await launchGame(browser, lms, '12', { stub: kind });
    await waitScreen(frame, 'title');
    await focusGame(frame);
    const end = await playUntil(page, frame, (s) => s.screen === 'debrief');
    assert.ok(end.served >= 1);
    assert.ok(warnings.some((w) => w.startsWith('moments lms:')), 'the failures were logged as warnings');
    await closeGame(page, lms);
    assert.deepEqual(problems, [], 'no errors, no uncaught exceptions');
    await page.close();
  });
}

test('a save the game cannot restore is kept aside and the game starts afresh', async () => {
  const cmi = { core: { ...LEARNER, entry: 'resume' }, suspend_data: 'm0:mot2|cafe_counter|1|t|1|0c9@zzzz,broken' };
  const { page, frame, warnings } = await launchGame(browser, lms, '12', { cmi });
  await waitScreen(frame, 'title');
  const kept = await frame.evaluate(() => JSON.parse(localStorage.getItem('moments-of-truth.quarantine')));
  assert.equal(kept.text, 'mot2|cafe_counter|1|t|1|0c9@zzzz,broken', 'the save text, decoded');
  assert.ok(kept.reason.length > 0);
  assert.ok(!Number.isNaN(Date.parse(kept.time)));
  assert.ok(warnings.some((w) => /moments lms: a save could not be used/.test(w)));
  const s = await playUntil(page, frame, (x) => x.screen === 'counter');
  assert.equal(s.served, 0, 'a fresh week');
  await page.close();
});

test('suspend data that is not ours is kept aside by the adapter itself', async () => {
  const cmi = { core: { ...LEARNER, entry: 'resume' }, suspend_data: 'written by another course' };
  const { page, frame } = await launchGame(browser, lms, '12', { cmi });
  await waitScreen(frame, 'title');
  const kept = await frame.evaluate(() => JSON.parse(localStorage.getItem('moments-of-truth.quarantine')));
  assert.equal(kept.text, 'written by another course');
  assert.match(kept.reason, /saved progress could not be read: unknown save format/);
  await page.close();
});

// The adapter alone (no game) under scorm-again, for what a shift cannot show.
async function adapterFrame(page) {
  for (let i = 0; i < 200; i++) {
    const f = page.frames().find((fr) => fr.url().includes('/lms/adapter.html'));
    if (f && (await f.evaluate(() => !!window.MomentsLMS).catch(() => false))) return f;
    await page.waitForTimeout(25);
  }
  throw new Error('adapter page did not load');
}

test('the adapter: a save too long for SCORM 1.2 stays local, hidden pages commit only, the session ends once', async () => {
  const { page, warnings } = await lmsPage(browser, lms.url + 'lms/lms.html');
  await page.evaluate((core) => window.lms.start({ std: '12', game: '/lms/adapter.html', cmi: { core } }), LEARNER);
  const f = await adapterFrame(page);
  const launch = await f.evaluate(() => window.MomentsLMS.connect());
  assert.equal(launch.standard, 'scorm12');
  assert.equal(launch.learnerName, 'Ada Okafor');
  assert.equal(launch.saved, '');
  const count = async () => (await calls(page)).length;

  // Incompressible text: the encoded save would break the 4,096 limit.
  const n0 = await count();
  await f.evaluate(() => {
    let s = '';
    for (let i = 0; i < 6000; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789|_,;@-'[Math.floor(Math.random() * 42)];
    window.MomentsLMS.saveProgress(s);
    window.__long = s;
  });
  await waitFor(() => warnings.some((w) => /more than the 4096/.test(w)), 'the warning about a long save');
  const after = (await calls(page)).slice(n0);
  assert.ok(!after.some((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data'), 'nothing over 4,096 is sent');
  assert.equal(await lmsCopy(f) === await f.evaluate(() => window.__long), true, 'kept in this browser');

  // A short save goes through and commits.
  const n1 = await count();
  await f.evaluate(() => window.MomentsLMS.saveProgress('mot2|cafe_counter|1|t|1|0c0@a'));
  await waitFor(async () => (await calls(page)).slice(n1).some((c) => c.fn === 'LMSCommit'), 'the commit after a save');
  const saved = (await calls(page)).slice(n1);
  assert.deepEqual(saved.map((c) => c.fn), ['LMSSetValue', 'LMSCommit']);
  assert.equal(saved[0].args[1], 'm0:mot2|cafe_counter|1|t|1|0c0@a');

  // Bad input never throws into the game; answers are set without a Commit.
  const n2 = await count();
  await f.evaluate(() => {
    window.MomentsLMS.recordChoice(null);
    window.MomentsLMS.recordChoice({ id: '', responseIndex: 99, result: 'maybe', latencySeconds: NaN });
  });
  await waitFor(async () => (await calls(page)).slice(n2).some((c) => c.args[0] === 'cmi.interactions.0.latency'), 'the interaction');
  assert.ok(!(await calls(page)).slice(n2).some((c) => c.fn === 'LMSCommit'), 'an answer alone does not commit');
  // Hidden with an answer not yet committed: Commit only.
  const n3 = await count();
  await f.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.deepEqual((await calls(page)).slice(n3).map((c) => c.fn), ['LMSCommit']);
  await f.evaluate(() => window.MomentsLMS.recordResult({ score: 250, passed: true, completed: false }));
  await waitFor(async () => (await calls(page)).some((c) => c.args[0] === 'cmi.core.score.raw'), 'the score');
  const v = lastValues((await calls(page)).filter((c) => c.fn === 'LMSSetValue').map((c) => c.args));
  assert.equal(v['cmi.interactions.0.id'], 'choice');
  assert.equal(v['cmi.interactions.0.result'], 'neutral');
  assert.equal(v['cmi.interactions.0.latency'], '00:00:00');
  assert.equal(v['cmi.core.score.raw'], '100', 'scores are clamped to 0–100');

  // pagehide twice: one Finish.
  await f.evaluate(() => { window.dispatchEvent(new PageTransitionEvent('pagehide')); window.dispatchEvent(new PageTransitionEvent('pagehide')); });
  const all = await calls(page);
  assert.equal(all.filter((c) => c.fn === 'LMSFinish').length, 1);
  checkCalls('12', all);
  await f.evaluate(() => window.MomentsLMS.saveProgress('after the end'));
  assert.equal((await calls(page)).length, all.length, 'nothing reaches the LMS after LMSFinish');
  await page.close();
});

test('without an LMS the game plays standalone and keeps its progress in this browser', async () => {
  const { page, problems } = await lmsPage(browser, lms.url + 'pkg/index.html');
  const frame = page.mainFrame();
  await waitScreen(frame, 'title');
  assert.equal(await frame.evaluate(() => window.MomentsLMS.standard), 'standalone');
  const before = await playUntil(page, frame, (s) => s.screen === 'counter' && s.served >= 1);
  assert.ok((await frame.evaluate(() => localStorage.getItem('moments-of-truth.save'))).startsWith('mot'));
  await page.reload();
  await playUntil(page, frame, (s) => s.screen === 'counter');
  const after = await state(frame);
  assert.equal(after.customer.index, before.customer.index);
  assert.equal(after.reputation, before.reputation);
  assert.deepEqual(problems, []);
  await page.close();
});
