// SCORM 2004 under a stand-in for Moodle 4.5's own runtime (tests/web/lms/lms-page.js,
// LMS.md §6 item 7): every Commit and Terminate posts the whole data model,
// by beacon while the page unloads; a beacon past 64 KB is refused and the
// server keeps only the first 1000 variables of a POST. A whole week and a
// learner who leaves after two shifts must both end with no error and the
// session time stored. Also: suspend data that inflates to 6 MB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { openCourse } from './lms/course.mjs';
import { state, playUntil, waitScreen, waitFor } from './lms/play.mjs';
import { launchGame, calls, closeGame } from './lms/scorm.mjs';
import { checkCalls, lastValues, interactions } from './lms/formats.mjs';

const LEARNER = { learner_id: 'u-5120', learner_name: 'Papadopoulou, Eleni' };
let course, lms, browser;

before(async () => {
  course = await openCourse(['--mode', 'training', '--venues', 'cafe_counter'], 'scorm2004');
  ({ lms, browser } = course);
});
after(() => course?.close());

// What the stand-in posted (page side) and kept (server side), checked against Moodle's limits.
async function checkPosts(t, page, from) {
  const posts = (await page.evaluate(() => window.lms.moodle.posts));
  const kept = lms.moodle.posts.slice(from);
  t.diagnostic(`posts: ${posts.length}; largest ${Math.max(...posts.map((p) => p.vars))} variables, ${Math.max(...posts.map((p) => p.bytes))} bytes; beacons ${posts.filter((p) => p.beacon).map((p) => p.bytes).join(', ') || 'none'}`);
  for (const p of posts) assert.ok(p.ok, `a ${p.beacon ? 'beacon' : 'POST'} of ${p.vars} variables, ${p.bytes} bytes was refused`);
  for (const p of kept) assert.ok(p.vars <= 1000, `a POST of ${p.vars} variables: PHP drops all past 1000`);
  return posts;
}

const model = (key) => lms.moodle.model.get(key);

test('a five-day week under Moodle\'s runtime: no refused post, every answer and the session time stored', async (t) => {
  const from = lms.moodle.posts.length;
  const { page, frame, problems } = await launchGame(browser, lms, '2004', { cmi: { ...LEARNER }, moodle: true });
  let answered = 0;
  const end = await playUntil(page, frame, (s) => s.week && s.week.complete, { answer: () => { answered++; return '1'; }, maxSteps: 4000 });
  assert.equal(end.week.days.length, 5);
  await waitFor(async () => (await calls(page)).some((c) => c.fn === 'Terminate'), 'the attempt ends with the week');
  await closeGame(page, lms);
  const all = await calls(page);
  for (const c of all.filter((x) => x.fn === 'Commit' || x.fn === 'Terminate')) assert.equal(c.ret, 'true', `${c.fn} answered ${c.ret}`);
  const sets = checkCalls('2004', all);
  assert.equal(interactions(sets).length, answered, 'one interaction per answer');
  const v = lastValues(sets);
  assert.equal(v['cmi.exit'], 'normal');
  await checkPosts(t, page, from);
  assert.match(model('cmi__session_time') || '', /^PT/, 'Moodle stored the session time');
  assert.equal(model('cmi__completion_status'), 'completed');
  assert.equal(model(`cmi__interactions__${answered - 1}__learner_response`), v[`cmi.interactions.${answered - 1}.learner_response`], 'the last answer reached Moodle');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a learner who leaves after two shifts: the unload beacon fits, and the session time is stored', async (t) => {
  const from = lms.moodle.posts.length;
  lms.moodle.model.clear();
  const { page, frame, problems } = await launchGame(browser, lms, '2004', { cmi: { ...LEARNER }, moodle: true });
  await playUntil(page, frame, (s) => s.day >= 3 && s.screen === 'counter', { maxSteps: 2000 });
  await closeGame(page, lms);
  const all = await calls(page);
  const finish = all.filter((c) => c.fn === 'Terminate');
  assert.equal(finish.length, 1);
  assert.equal(finish[0].ret, 'true', 'Terminate succeeded (no error 101)');
  const posts = await checkPosts(t, page, from);
  assert.ok(posts.at(-1).beacon, 'the last post went by beacon, as during a real unload');
  assert.equal(lastValues(checkCalls('2004', all))['cmi.exit'], 'suspend');
  await waitFor(() => model('cmi__session_time'), 'the beacon at the server');
  assert.match(model('cmi__session_time'), /^PT/);
  assert.equal(model('cmi__exit'), 'suspend');
  assert.deepEqual(problems, []);
  await page.close();
});

test('suspend data of 11.7 K characters that inflates to 6 MB is set aside with a notice; a new save works', async () => {
  const bomb = 'm1:' + zlib.deflateRawSync(Buffer.alloc(6 * 1024 * 1024, 'a'), { level: 9 }).toString('base64url');
  assert.ok(bomb.length > 5000 && bomb.length < 64000);
  const cmi = { ...LEARNER, entry: 'resume', suspend_data: bomb };
  const { page, frame, problems } = await launchGame(browser, lms, '2004', { cmi });
  await waitScreen(frame, 'title');
  const labels = (await frame.evaluate(() => window.moments.mirror())).items.map((i) => i.label).join('\n');
  assert.match(labels, /could not be restored/);
  assert.equal((await state(frame)).week, undefined, 'a fresh start');
  await playUntil(page, frame, (s) => s.screen === 'feedback');
  await waitFor(async () => (await calls(page)).some((c) => c.fn === 'SetValue' && c.args[0] === 'cmi.suspend_data'), 'a new save');
  const saved = (await calls(page)).filter((c) => c.fn === 'SetValue' && c.args[0] === 'cmi.suspend_data').at(-1).args[1];
  assert.ok(saved.length < 4096 && saved !== bomb);
  assert.deepEqual(problems, []);
  await page.close();
});
