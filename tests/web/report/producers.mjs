// Synthetic cohorts for the report tests, made by the real producers:
// moments-sim --cohort plays bots through the game's App and writes the
// game's own CSV export, what the LMS bridge is handed, and what each bot did;
// web/lms.js (the page's real LMS adapter) turns the handed-over choices into
// SCORM 1.2 calls and cmi5 statements (posted to the LRS stand-in of
// tests/web/lms). The one conversion done here is Moodle's: its interactions
// report is made by Moodle from the SCORM data, so moodleReport() lays the
// SCORM 1.2 values out the way mod/scorm/report/interactions downloads them.
import vm from 'node:vm';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('../../..', import.meta.url));

// [SECTION] The report and the simulator

// Assembles the report folder as tools/build-web does: the game's catalogue, wrapped by build.py; returns its path.
export async function buildReport() {
  const dir = await mkdtemp(join(tmpdir(), 'moments-report-'));
  const sim = simulator(), assets = join(dirname(sim), 'assets'), catalogue = join(dir, 'catalogue.json');
  await run(sim, ['--catalogue', catalogue, '--assets', assets]);
  await run('python3', [join(root, 'report/build.py'), join(dir, 'report'), join(root, 'assets'), catalogue]);
  return join(dir, 'report');
}

// The verdicts the game exported into the report built by buildReport(): response id → correct/neutral/incorrect.
export function exportedVerdicts(reportDir) {
  const catalogue = JSON.parse(readFileSync(join(reportDir, '..', 'catalogue.json'), 'utf8'));
  const verdicts = new Map();
  catalogue.venues.forEach((v) => v.encounters.forEach((e) => e.beats.forEach((b) => b.responses.forEach((r) => {
    verdicts.set([v.id, e.id, b.id, r.id].join('.'), r.result);
  }))));
  return verdicts;
}

// The moments-sim the native build made (MOMENTS_SIM overrides); its build staged the assets beside it.
function simulator() {
  const found = [process.env.MOMENTS_SIM, join(root, 'build/native-debug/moments-sim'), join(root, 'build/native-release/moments-sim')]
    .find((p) => p && existsSync(p));
  if (!found) throw new Error('moments-sim is not built: cmake --build --preset native-debug --target moments-sim');
  return found;
}

// Plays a cohort: {venue, mode, attempt, bots, learners, seed, names, hints}. Returns the learners, each
// {name, csv (path), lms: [{choice}|{result}], truth}.
export async function playCohort(dir, o) {
  const out = join(dir, `${o.names}-${o.venue}-${o.mode}-${o.attempt || 0}`);
  const sim = simulator();
  await run(sim, ['--cohort', out, '--assets', join(dirname(sim), 'assets'), '--venue-id', o.venue, '--mode', o.mode,
    '--attempt', String(o.attempt || 0), '--bots', o.bots.join(','), '--learners', String(o.learners), '--seed', String(o.seed),
    '--names', o.names, '--hints', String(o.hints || 0)]);
  return readdirSync(out).filter((f) => f.endsWith('.truth.json')).sort().map((f) => {
    const name = f.replace(/\.truth\.json$/, '');
    return {
      name, csv: join(out, name + '.csv'),
      lms: readFileSync(join(out, name + '.lms.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
      truth: JSON.parse(readFileSync(join(out, name + '.truth.json'), 'utf8')),
    };
  });
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'moments-cohort-'));
export const removeDir = (dir) => rm(dir, { recursive: true, force: true });

// [SECTION] web/lms.js in a Node vm

// Runs web/lms.js with `extra` as window properties and a clock that reads `clock.now`.
function adapter(extra, clock, search = '') {
  const store = new Map();
  const storage = { getItem: (k) => (store.has(k) ? store.get(k) : null), setItem: (k, v) => store.set(k, String(v)), removeItem: (k) => store.delete(k) };
  class ClockDate extends Date {
    constructor(...args) { if (args.length) super(...args); else super(clock.now); }
    static now() { return clock.now; }
  }
  const win = {
    addEventListener() {}, document: { addEventListener() {}, visibilityState: 'visible' }, location: { search, href: 'http://127.0.0.1/pkg/index.html' + search },
    crypto: globalThis.crypto, localStorage: storage, sessionStorage: storage, TextEncoder, TextDecoder, URL, URLSearchParams,
    setTimeout, clearTimeout, fetch: globalThis.fetch, Date: ClockDate, console: { ...console, warn: (...a) => process.env.DEBUG_LMS && console.warn(...a) },
    CompressionStream, DecompressionStream, AbortController, btoa, atob, navigator: {}, ...extra,
  };
  win.window = win;
  win.parent = win;
  vm.createContext(win);
  for (const file of ['lms-store.js', 'lms-scorm.js', 'lms-cmi5.js', 'lms.js']) {
    vm.runInContext(readFileSync(join(root, 'web', file), 'utf8'), win, { filename: file });
  }
  return win.MomentsLMS;
}

// Replays one learner's bridge calls into the adapter: each choice a few seconds apart on the clock.
function replay(lms, learner, clock) {
  for (const item of learner.lms) {
    clock.now += 30000;
    if (item.choice) lms.recordChoice(item.choice);
    else lms.recordResult(item.result);
  }
}

// The SCORM 1.2 data model the LMS holds after `learner` played: element → value.
export async function scorm12(learner, clock) {
  const data = new Map([['cmi.core.student_id', learner.name], ['cmi.core.student_name', learner.name], ['cmi.core.lesson_status', 'not attempted'],
    ['cmi.core.entry', 'ab-initio'], ['cmi.core.lesson_mode', 'normal'], ['cmi.interactions._count', '0']]);
  let count = 0;
  const API = {
    LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true',
    LMSGetValue: (k) => (k === 'cmi.interactions._count' ? String(count) : data.get(k) || ''),
    LMSSetValue: (k, v) => {
      data.set(k, String(v));
      const m = /^cmi\.interactions\.(\d+)\.id$/.exec(k);
      if (m) count = Math.max(count, Number(m[1]) + 1);
      return 'true';
    },
    LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
  };
  const started = clock.now;
  const lms = adapter({ API }, clock);
  await lms.connect();
  replay(lms, learner, clock);
  await lms.settled();
  lms.exit();
  return { data, count, started, last: clock.now };
}

// Launches `learner` as a cmi5 AU against the LRS stand-in at `base` and replays their choices;
// resolves once the LRS holds the session's terminated statement.
export async function cmi5(learner, lrs, base, { activityId, registration, clock }) {
  const actor = { objectType: 'Agent', name: learner.name, account: { homePage: 'https://lms.example.org', name: 'id-' + learner.name } };
  lrs.newSession({ contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': registration } }, launchMode: 'Normal', moveOn: 'CompletedOrPassed' });
  const search = '?' + new URL(lrs.launchUrl(base, { actor, registration, activityId })).searchParams.toString();
  const lms = adapter({}, clock, search);
  await lms.connect();
  // A learner plays for minutes: the launch and every answer reach the LRS before they leave.
  const delivered = async () => {
    for (let waited = 0; lms.waiting > 0; waited += 10) {
      if (waited > 10000) throw new Error(learner.name + ': ' + lms.waiting + ' statements not delivered');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await delivered();
  replay(lms, learner, clock);
  await lms.settled();
  await delivered();
  lms.exit();
  const terminated = () => lrs.statements.some((s) => s.context && s.context.registration === registration && s.verb.id.endsWith('/terminated'));
  for (let waited = 0; !terminated(); waited += 10) {
    if (waited > 10000) throw new Error('no terminated statement from ' + learner.name);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// [SECTION] Moodle's interactions report

// The column names and userdate() of an English and a Russian Moodle site
// (langconfig strftimedaydatetime: "%A, %d %B %Y, %I:%M %p" and "%A, %d %B %Y, %H:%M", the month as in a date).
const SITES = {
  en: { name: 'Name', email: 'Email address', attempt: 'Attempt', started: 'Started on', last: 'Last accessed on', score: 'Score',
    question: 'Question', response: 'Response', right: 'Right answer', result: 'Result', twelveHour: true },
  ru: { name: 'Полное имя', email: 'Адрес электронной почты', attempt: 'Попытка', started: 'Начата', last: 'Последний доступ', score: 'Оценка',
    question: 'Вопрос', response: 'Ответ', right: 'Правильный ответ', result: 'Результат', twelveHour: false },
};

// Moodle's userdate() in the site's language: "Monday, 2 March 2026, 9:05 AM", "понедельник, 2 марта 2026, 09:05".
export function moodleDate(ms, lang = 'en') {
  const d = new Date(ms);
  const part = (o) => new Intl.DateTimeFormat(lang, { day: 'numeric', ...o }).formatToParts(d).find((p) => p.type === Object.keys(o)[0]).value;
  const minutes = String(d.getMinutes()).padStart(2, '0');
  const time = SITES[lang].twelveHour ? `${d.getHours() % 12 || 12}:${minutes} ${d.getHours() < 12 ? 'AM' : 'PM'}` : `${String(d.getHours()).padStart(2, '0')}:${minutes}`;
  return `${part({ weekday: 'long' })}, ${d.getDate()} ${part({ month: 'long' })} ${d.getFullYear()}, ${time}`;
}

// The "text file" download of mod/scorm/report/interactions: tab-separated, Name, the identity field
// (email), Attempt, Started on, Last accessed on, Score, the SCO's own column, then per interaction
// the columns the trainer ticked (Question / Response / Right answer / Result), values HTML-escaped.
export function moodleReport(attempts, { scoTitle, qtext = false, resp = true, right = false, result = false, lang = 'en' }) {
  const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');
  const questions = Math.max(...attempts.map((a) => a.scorm.count));
  const site = SITES[lang];
  const header = [site.name, site.email, site.attempt, site.started, site.last, site.score, scoTitle];
  for (let i = 0; i < questions; i++) {
    if (qtext) header.push(`${site.question} ${i}`);
    if (resp) header.push(`${site.response} ${i}`);
    if (right) header.push(`${site.right} ${i}`);
    if (result) header.push(`${site.result} ${i}`);
  }
  const rows = attempts.map(({ learner, attempt, scorm }) => {
    const get = (k) => scorm.data.get(k) || '';
    const raw = get('cmi.core.score.raw');
    const row = [learner, learner + '@example.org', attempt, moodleDate(scorm.started, lang), moodleDate(scorm.last, lang), raw, raw ? raw + '/' + get('cmi.core.score.max') : get('cmi.core.lesson_status')];
    for (let i = 0; i < questions; i++) {
      const p = `cmi.interactions.${i}.`;
      if (qtext) row.push(get(p + 'id'));
      if (resp) row.push(get(p + 'student_response'));
      if (right) row.push(get(p + 'correct_responses.0.pattern'));
      if (result) row.push(get(p + 'result'));
    }
    return row.map(escape);
  });
  // csv_export_writer('tab') writes with fputcsv: fields with a tab, quote or line break are quoted.
  const field = (f) => (/[\t"\n\r]/.test(f) ? '"' + f.replace(/"/g, '""') + '"' : f);
  return [header, ...rows].map((r) => r.map(field).join('\t')).join('\n') + '\n';
}

// [SECTION] The LRS stand-in, readable by the report

// Wraps the stand-in's routes with what a report needs from an LRS: GET /xapi/statements with
// paging ("more"), and CORS, since the report is served from another origin than the LRS.
export function readableLrs(lrs, pageSize = 100) {
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, X-Experience-API-Version, Content-Type', 'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS' };
  const reads = [];
  return {
    reads,
    // Answers reads and preflights; everything else goes to the stand-in.
    async route(req, res, url) {
      if (!url.pathname.startsWith('/xapi/')) return lrs.route(req, res, url);
      if (req.method === 'OPTIONS') { res.writeHead(204, cors).end(); return true; }
      if (url.pathname === '/xapi/statements' && req.method === 'GET') {
        reads.push({ authorization: req.headers.authorization || '', version: req.headers['x-experience-api-version'] || '', query: url.search });
        if (req.headers.authorization !== 'Basic ' + lrs.token || req.headers['x-experience-api-version'] !== '1.0.3') {
          res.writeHead(401, { 'Content-Type': 'application/json', ...cors }).end('{"error":"unauthorized"}');
          return true;
        }
        const from = Number(url.searchParams.get('from') || 0);
        const limit = Math.min(pageSize, Number(url.searchParams.get('limit') || pageSize));
        const page = lrs.statements.slice(from, from + limit);
        const more = from + limit < lrs.statements.length ? `/xapi/statements?from=${from + limit}&limit=${limit}` : '';
        res.writeHead(200, { 'Content-Type': 'application/json', ...cors }).end(JSON.stringify({ statements: page, more }));
        return true;
      }
      return lrs.route(req, res, url);
    },
  };
}
