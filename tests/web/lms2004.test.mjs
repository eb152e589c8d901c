// SCORM 2004 4th Edition: the assessment package in a test LMS (scorm-again)
// gets its options from the launch data, reports every choice, completion,
// success, score and session time in the strict formats, resumes mid-shift,
// and plays on when the LMS breaks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { openCourse } from './lms/course.mjs';
import { waitFor, state, playUntil } from './lms/play.mjs';
import { checkScormZip, launchGame, calls, closeGame } from './lms/scorm.mjs';
import { checkCalls, lastValues, interactions } from './lms/formats.mjs';
import { loadAdapter } from './lms/node-adapter.mjs';

const LEARNER = { learner_id: 'u-2077', learner_name: 'Rossi, Giulia' };
const LAUNCH = { mode: 'assessment', passMark: 80, venues: ['hotel_concierge'] };
let course, pk, lms, browser;

before(async () => {
  course = await openCourse(['--mode', 'assessment', '--pass-mark', '80', '--venues', 'hotel_concierge'], 'scorm2004');
  ({ pk, lms, browser } = course);
});
after(() => course?.close());

test('the SCORM 2004 zip has its manifest at the root, lists every file and carries the launch data', async () => {
  const dir = await checkScormZip(pk.zips.scorm2004, {
    schemaversion: '2004 4th Edition', scormType: 'scormType', dataElement: 'dataFromLMS', launch: LAUNCH,
  });
  await rm(dir, { recursive: true, force: true });
});

test('durations follow SCORM 2004 as Moodle reads it', () => {
  const { lms } = loadAdapter();
  const f = lms.formats;
  assert.equal(f.isoDuration(0), 'PT0S');
  assert.equal(f.isoDuration(3.456), 'PT3.46S');
  assert.equal(f.isoDuration(65), 'PT1M5S');
  assert.equal(f.isoDuration(3725.5), 'PT1H2M5.5S');
  assert.equal(f.isoDuration(7200), 'PT2H');
  assert.equal(f.isoDuration(-4), 'PT0S');
});

test('an assessment: launch data reaches the game, then choices, score, completion, success and session time', async () => {
  const cmi = { ...LEARNER, learner_preference: { language: 'it-IT' }, launch_data: JSON.stringify(LAUNCH) };
  const { page, frame, problems } = await launchGame(browser, lms, '2004', { cmi });
  const start = await state(frame);
  assert.equal(start.mode, 'assessment', 'mode from the launch data');
  assert.equal(start.screen, 'title');
  const radios = (await frame.evaluate(() => window.moments.mirror())).items.filter((i) => i.kind === 'radio').map((i) => i.label);
  assert.ok(radios.length > 0 && !radios.includes('Formazione') && !radios.includes('Valutazione'),
    `the package's mode cannot be switched (radios: ${radios})`);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'it', 'language from the learner preference');
  let answered = 0;
  const end = await playUntil(page, frame, (s) => s.week && s.week.complete, {
    answer: (s) => { answered++; return String(1 + (answered % s.choices.length)); },
  });
  assert.equal(end.venue, 'hotel_concierge', 'venue from the launch data');
  assert.equal(end.week.pass_mark, 80, 'pass mark from the launch data');
  await closeGame(page, lms);

  const sets = checkCalls('2004', await calls(page));
  const v = lastValues(sets);
  assert.deepEqual(sets.find(([el]) => el === 'cmi.completion_status'), ['cmi.completion_status', 'incomplete'], 'first: incomplete');
  const list = interactions(sets);
  assert.equal(list.length, answered, 'one interaction per answer');
  for (const i of list) {
    assert.match(i.id, /^d1-c\d+-[A-Za-z0-9_-]+$/);
    const keys = ['correct_responses.0.pattern', 'id', 'latency', 'learner_response', 'result', 'type'];
    assert.deepEqual(Object.keys(i).filter((k) => k !== 'description').sort(), keys, `${i.id}: six values (Moodle posts them all on every Commit)`);
    if ('description' in i) assert.equal(i.description, '[hint]', 'a description only marks a hint');
    assert.match(i.learner_response, /^[a-z0-9_]+(\.[a-z0-9_]+){3}$/, 'the response id, not a letter');
  }
  assert.equal(v['cmi.score.raw'], String(end.week.score));
  assert.equal(Number(v['cmi.score.scaled']), end.week.score / 100);
  assert.equal(v['cmi.completion_status'], 'completed');
  assert.equal(v['cmi.success_status'], end.week.passed ? 'passed' : 'failed');
  assert.equal(end.week.passed, end.week.score >= 80);
  assert.equal(v['cmi.exit'], 'normal', 'a finished assessment ends the attempt');
  assert.match(v['cmi.session_time'], /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);

  const stored = lms.commits.at(-1).cmi;
  assert.equal(stored.completion_status, 'completed');
  assert.equal(stored.success_status, v['cmi.success_status']);
  assert.equal(stored.score.raw, v['cmi.score.raw']);
  assert.equal(Object.keys(stored.interactions).length, answered);
  assert.deepEqual(problems, []);
  await page.close();
});

test('closing mid-shift and relaunching resumes the same customer with the same reputation', async () => {
  const launch_data = JSON.stringify(LAUNCH);
  const first = await launchGame(browser, lms, '2004', { cmi: { ...LEARNER, launch_data } });
  const before = await playUntil(first.page, first.frame, (s) => s.screen === 'counter' && s.served >= 3);
  await closeGame(first.page, lms);
  const sets = checkCalls('2004', await calls(first.page));
  assert.equal(lastValues(sets)['cmi.exit'], 'suspend');
  const stored = lms.commits.at(-1).cmi;
  assert.equal(stored.exit, 'suspend');
  await first.page.close();

  const cmi = {
    ...LEARNER, launch_data, entry: 'resume', location: stored.location,
    completion_status: stored.completion_status, suspend_data: stored.suspend_data,
  };
  const second = await launchGame(browser, lms, '2004', { cmi });
  await playUntil(second.page, second.frame, (s) => s.screen === 'counter');
  const after = await state(second.frame);
  assert.equal(after.mode, 'assessment');
  assert.equal(after.customer.index, before.customer.index, 'the same customer');
  assert.equal(after.customer.name, before.customer.name);
  assert.equal(after.reputation, before.reputation, 'the same reputation');
  assert.deepEqual(after.outcomes, before.outcomes);
  assert.deepEqual(second.problems, []);
  await second.page.close();
});

for (const kind of ['false', 'throw-after-init']) {
  test(`an LMS whose calls ${kind === 'false' ? 'answer "false"' : 'throw after Initialize'} still lets the assessment finish`, async () => {
    const { page, frame, problems, warnings } = await launchGame(browser, lms, '2004', { stub: kind });
    const end = await playUntil(page, frame, (s) => s.screen === 'debrief');
    assert.ok(end.served >= 1);
    assert.ok(warnings.some((w) => w.startsWith('moments lms:')));
    await closeGame(page, lms);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
