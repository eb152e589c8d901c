// The synthetic cohort every report test reads: two training groups and a
// pre-/post-test pair, played by bots over many seeds, in each input format.
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLrs } from '../lms/lrs.mjs';
import { startLms } from '../lms/server.mjs';
import { playCohort, scorm12, cmi5, moodleReport, readableLrs, tempDir, buildReport, removeDir } from './producers.mjs';
import { launch, serve } from '../harness.mjs';

// Who plays what, and when (local time): the pre-test comes a week before the post-test.
export const PLAN = {
  morning: { venue: 'cafe_counter', mode: 'training', bots: ['best', 'random', 'cues', 'first', 'overserve', 'bend'], learners: 18, seed: 100, names: 'barista', hints: 30, day: '2026-03-02T10:00' },
  evening: { venue: 'hotel_concierge', mode: 'training', bots: ['random', 'best', 'last', 'quote'], learners: 8, seed: 300, names: 'concierge', hints: 20, day: '2026-03-09T18:00' },
  pre: { venue: 'cafe_counter', mode: 'assessment', attempt: 0, bots: ['random', 'cues', 'first', 'longest'], learners: 12, seed: 500, names: 'trainee', day: '2026-03-01T09:00' },
  post: { venue: 'cafe_counter', mode: 'assessment', attempt: 1, bots: ['best', 'random', 'best', 'cues', 'overserve'], learners: 10, seed: 700, names: 'trainee', day: '2026-03-08T09:00' },
};

// Plays every group and writes each format. Returns {dir, groups, files: {csv, moodle, xapi}, lrs, close}.
export async function makeCohort() {
  const dir = await tempDir();
  const groups = {};
  for (const [key, plan] of Object.entries(PLAN)) groups[key] = await playCohort(dir, plan);

  // The game's CSV: each learner's file, dated the day it was played (the report reads the file's date).
  for (const [key, learners] of Object.entries(groups)) {
    const when = new Date(PLAN[key].day).getTime() / 1000;
    for (const l of learners) await utimes(l.csv, when, when);
  }

  // SCORM 1.2, as Moodle would hold it, then its interactions report: one activity per file.
  const scorm = {};
  for (const [key, learners] of Object.entries(groups)) {
    const clock = { now: new Date(PLAN[key].day).getTime() };
    scorm[key] = [];
    for (const l of learners) {
      scorm[key].push({ learner: l.name, attempt: 1, scorm: await scorm12(l, { now: clock.now }) });
      clock.now += 10 * 60000;
    }
  }
  const moodle = {
    training: join(dir, 'moodle-training.txt'), pre: join(dir, 'moodle-pre.txt'), post: join(dir, 'moodle-post.txt'),
    preRu: join(dir, 'moodle-pre-ru.txt'), postRu: join(dir, 'moodle-post-ru.txt'),
  };
  await writeFile(moodle.training, moodleReport(scorm.morning.concat(scorm.evening), { scoTitle: 'Moments of Truth', qtext: true, resp: true, right: true, result: true }));
  await writeFile(moodle.pre, moodleReport(scorm.pre, { scoTitle: 'Service check: before' })); // Moodle's defaults: responses only
  await writeFile(moodle.post, moodleReport(scorm.post, { scoTitle: 'Service check: after', result: true }));
  await writeFile(moodle.preRu, moodleReport(scorm.pre, { scoTitle: 'Проверка: до', lang: 'ru' })); // a Russian Moodle site
  await writeFile(moodle.postRu, moodleReport(scorm.post, { scoTitle: 'Проверка: после', qtext: true, lang: 'ru' }));

  // cmi5: each learner's session posted to the LRS stand-in; the LRS's export is its statements.
  const lrs = createLrs();
  const readable = readableLrs(lrs);
  const server = await startLms({ pkgDir: dir, route: readable.route });
  let n = 0;
  for (const [key, learners] of Object.entries(groups)) {
    const activityId = 'https://lms.example.org/activities/' + key;
    const clock = { now: new Date(PLAN[key].day).getTime() };
    for (const l of learners) {
      await cmi5(l, lrs, server.url, { activityId, registration: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, clock: { now: clock.now } });
      clock.now += 10 * 60000;
    }
  }
  const xapi = join(dir, 'lrs-export.json');
  await writeFile(xapi, JSON.stringify({ statements: lrs.statements, more: '' }));

  return {
    dir, groups, lrs, readable, lrsUrl: server.url,
    files: { moodle, xapi, csv: Object.fromEntries(Object.entries(groups).map(([k, ls]) => [k, ls.map((l) => l.csv)])) },
    close: () => server.close(),
  };
}

// What both report suites start from: the cohort, the built report served on
// 127.0.0.1, and a browser. close() tears down whatever was set up.
export async function openReportSuite() {
  const suite = {
    async close() {
      await suite.browser?.close();
      await suite.site?.close();
      await suite.cohort?.close();
      if (suite.cohort) await removeDir(suite.cohort.dir);
      if (suite.reportDir) await removeDir(suite.reportDir + '/..');
    },
  };
  [suite.cohort, suite.reportDir] = await Promise.all([makeCohort(), buildReport()]);
  suite.site = await serve(suite.reportDir);
  suite.browser = await launch();
  return suite;
}
