// The three inputs, each turned into attempts: one learner's week or
// assessment with every answer they gave. Formats:
//   the game's CSV export (one file per learner and attempt; the file name names the learner),
//   Moodle's SCORM interactions report downloaded as a text file (tab-separated),
//   xAPI statements as an LRS exports them (an array, {"statements": […]}, or one per line).
// An attempt: {key, source, learner, group, date, activity, score, passed,
//   choices: [{day, customer, encounter, beat, response, correct, result, hint, seconds}]}
// (null where the source does not say).
(function (MR) {
  'use strict';

  const GAME_HEADER = ['seed', 'day', 'customer', 'name', 'encounter', 'beat', 'response'];
  const INTERACTION_ID = /^d(\d+)-c(\d+)-([A-Za-z0-9_]+)-([A-Za-z0-9_]+)$/;
  const RESPONSE_ID = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){3}$/;
  const RESULTS = { correct: 'correct', wrong: 'incorrect', incorrect: 'incorrect', neutral: 'neutral', unanticipated: 'neutral' };
  // Month names as Moodle writes dates in the five languages (nominative and, as in "2 марта", genitive) → 0–11.
  const MONTHS = new Map();
  ['en', 'it', 'ru', 'el', 'ro'].forEach((lang) => {
    const alone = new Intl.DateTimeFormat(lang, { month: 'long' });
    const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long' });
    for (let m = 0; m < 12; m++) {
      const d = new Date(2026, m, 2);
      MONTHS.set(alone.format(d).toLocaleLowerCase(lang), m);
      MONTHS.set(inDate.formatToParts(d).find((p) => p.type === 'month').value.toLocaleLowerCase(lang), m);
    }
  });

  // [SECTION] Shared pieces

  // Day, customer, encounter and beat from an interaction id d<day>-c<customer>-<encounter>-<beat>.
  function fromInteractionId(id) {
    const m = INTERACTION_ID.exec(String(id || ''));
    return m ? { day: Number(m[1]), customer: Number(m[2]), encounter: m[3], beat: m[4] } : {};
  }

  // Seconds from an ISO 8601 duration (PT1M5.5S); null if it is not one.
  function isoSeconds(text) {
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(text || ''));
    if (!m) return null;
    return (Number(m[1] || 0) * 24 + Number(m[2] || 0)) * 3600 + Number(m[3] || 0) * 60 + Number(m[4] || 0);
  }

  // One answer, with null for whatever the source does not say.
  function choice(fields) {
    return Object.assign({ day: null, customer: null, encounter: null, beat: null, response: '', correct: null, result: null, hint: null, seconds: null }, fields);
  }

  // A file name without folder and extension: the learner, for the game's CSV.
  function stem(name) { return String(name || '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''); }

  // [SECTION] The game's CSV

  // The game's export starts with these columns (game/app/app.cpp, ChoicesCsv).
  function isGameCsv(header) { return GAME_HEADER.every((h, i) => header[i] === h); }

  // One attempt per file: the learner from the file name, the date from the file's.
  function readGameCsv(name, text, meta) {
    const { rows } = MR.csv.records(text, ',');
    const choices = rows.filter((r) => RESPONSE_ID.test(r.response)).map((r) => {
      const [, encounter, beat] = r.response.split('.');
      return choice({
        day: Number(r.day) || null, customer: Number(r.customer) || null, encounter: r.encounter || encounter, beat: r.beat || beat,
        response: r.response, result: RESULTS[r.result] || null, correct: RESPONSE_ID.test(r.best_response || '') ? r.best_response : null,
        hint: r.hint === 'yes' ? true : r.hint === 'no' ? false : null,
        seconds: r.decision_seconds === '' ? null : Number(r.decision_seconds), said: MR.csv.unguard(r.said || ''),
      });
    });
    const seed = rows.length ? rows[0].seed : '';
    return [{
      key: 'csv:' + name + ':' + seed + ':' + (meta.lastModified || ''), source: 'csv', learner: stem(name), group: meta.group,
      date: meta.lastModified || null, activity: '', score: null, passed: null, choices,
    }];
  }

  // [SECTION] Moodle's interactions report

  // "Response 3", "Risposta 3", "Ответ 3": a per-interaction column whatever the site's language.
  const INDEXED = /^(.*\S)\s+(\d+)$/;

  // Moodle's report has numbered per-interaction columns after its fixed ones.
  function isMoodle(header) { return header.some((h) => INDEXED.test(h)) && header.length >= 6; }

  // Moodle's default date in any of the five languages ("Monday, 2 March 2026, 9:05 AM",
  // "lunedì, 2 marzo 2026, 09:05", "понедельник, 2 марта 2026, 09:05"), or anything Date.parse reads.
  function moodleDate(text) {
    const m = /(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4}),?\s+(\d{1,2})[:.](\d{2})\s*([AP]M)?/iu.exec(text || '');
    const month = m ? MONTHS.get(m[2].toLowerCase()) : undefined;
    if (month !== undefined) {
      let hours = Number(m[4]);
      if (m[6]) hours = (hours % 12) + (m[6].toUpperCase() === 'PM' ? 12 : 0);
      return new Date(Number(m[3]), month, Number(m[1]), hours, Number(m[5])).getTime();
    }
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? null : parsed;
  }

  // Which of question / response / right answer / result an indexed column holds, from its values.
  function columnKind(values) {
    const filled = values.filter((v) => v !== '' && v !== '-' && v !== '\u00a0');
    if (!filled.length) return 'empty';
    if (filled.every((v) => v.toLowerCase() in RESULTS)) return 'result';
    if (filled.every((v) => INTERACTION_ID.test(v))) return 'question';
    if (filled.every((v) => RESPONSE_ID.test(v))) return 'response';
    return 'other';
  }

  // Moodle escapes cell text for HTML (s()), also in its downloads.
  function decodeEntities(text) {
    return String(text).replace(/&(amp|lt|gt|quot|#0?39);/g, (m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#039': "'", '#39': "'" })[e]);
  }

  // One attempt per row; the file is one activity (pre-test, training, post-test).
  function readMoodle(name, text, meta) {
    const rows = MR.csv.parse(text).map((r) => r.map(decodeEntities));
    const header = rows.shift();
    // Per interaction index, its columns in Moodle's order: question, response, right answer, result.
    const groups = new Map();
    let first = -1;
    header.forEach((h, col) => {
      const m = INDEXED.exec(h);
      const kind = m ? columnKind(rows.map((r) => r[col] || '')) : 'other';
      if (kind === 'other' || kind === 'empty') return;
      if (first < 0) first = col;
      if (!groups.has(m[2])) groups.set(m[2], {});
      const g = groups.get(m[2]);
      if (kind === 'response' && g.response !== undefined) g.right = col; // the second id column: the right answer
      else g[kind] = col;
    });
    if (first < 0) return [];
    // The fixed columns before the first interaction: name, identity fields, attempt, started, last access, score, the SCO's own.
    const at = { name: 0, attempt: first - 5, started: first - 4, score: first - 2, sco: first - 1 };
    const attempts = [];
    rows.forEach((r) => {
      const attempt = r[at.attempt];
      if (!attempt || attempt === '-') return; // a learner without attempts
      const choices = [];
      [...groups.keys()].sort((a, b) => a - b).forEach((index) => {
        const g = groups.get(index);
        const response = g.response !== undefined ? r[g.response] : '';
        if (!RESPONSE_ID.test(response)) return;
        const [, encounter, beat] = response.split('.');
        const result = g.result !== undefined ? RESULTS[String(r[g.result]).toLowerCase()] || null : null;
        const correct = g.right !== undefined && RESPONSE_ID.test(r[g.right]) ? r[g.right] : null;
        const where = g.question !== undefined ? fromInteractionId(r[g.question]) : {};
        choices.push(choice({ encounter, beat, ...where, response, result, correct }));
      });
      const scoreText = r[at.score] || '';
      const sco = /^(\d+(?:\.\d+)?)\s*\/\s*\d+/.exec(r[at.sco] || '');
      const score = /^\d+(\.\d+)?$/.test(scoreText) ? Number(scoreText) : sco ? Number(sco[1]) : null;
      attempts.push({
        key: 'moodle:' + stem(name) + ':' + r[at.name] + ':' + attempt, source: 'moodle', learner: r[at.name], group: meta.group, date: moodleDate(r[at.started]),
        activity: stem(name), score, passed: null, attemptNumber: Number(attempt) || null, choices,
      });
    });
    return attempts;
  }

  // [SECTION] xAPI statements

  // The statements in an LRS export: an array, a StatementResult, or one statement per line.
  function statementsOf(text) {
    const trimmed = String(text).replace(/^\uFEFF/, '').trim();
    try {
      const doc = JSON.parse(trimmed);
      if (Array.isArray(doc)) return doc;
      if (doc && Array.isArray(doc.statements)) return doc.statements;
      if (doc && doc.verb) return [doc];
    } catch (e) {
      const lines = trimmed.split(/\r?\n/).filter(Boolean);
      try { return lines.map((l) => JSON.parse(l)).filter((s) => s && s.verb); } catch (e2) { return null; }
    }
    return null;
  }

  // The verb's last path segment: answered, passed, failed, …
  function verbOf(s) { return String((s.verb && s.verb.id) || '').split('/').pop(); }

  // What identifies a learner across statements: account, else mailbox, else name.
  function actorKey(a) {
    if (!a) return '';
    if (a.account) return (a.account.homePage || '') + '|' + (a.account.name || '');
    return a.mbox || a.mbox_sha1sum || a.openid || a.name || '';
  }

  // What the report calls the learner.
  function actorName(a) {
    if (!a) return '';
    return a.name || (a.account && a.account.name) || String(a.mbox || '').replace(/^mailto:/, '') || '';
  }

  // Attempts from statements (each {statement, group}): one per learner and registration.
  function xapiAttempts(entries) {
    const byKey = new Map();
    entries.forEach(({ statement: s, group }) => {
      const reg = (s.context && s.context.registration) || '';
      const key = 'xapi:' + actorKey(s.actor) + ':' + reg;
      if (!byKey.has(key)) {
        byKey.set(key, { key, source: 'xapi', learner: actorName(s.actor), group, date: null, activity: '', score: null, passed: null, choices: [], seen: [] });
      }
      const a = byKey.get(key);
      const time = Date.parse(s.timestamp);
      if (!Number.isNaN(time) && (a.date === null || time < a.date)) a.date = time;
      const verb = verbOf(s);
      const objectId = String((s.object && s.object.id) || '');
      const result = s.result || {};
      if (verb === 'answered' && objectId.indexOf('/interactions/') >= 0) {
        const definition = (s.object && s.object.definition) || {};
        const description = definition.description ? Object.values(definition.description)[0] || '' : '';
        const pattern = (definition.correctResponsesPattern || [])[0];
        const parent = s.context && s.context.contextActivities && (s.context.contextActivities.parent || [])[0];
        if (parent && !a.activity) a.activity = parent.id;
        a.seen.push([time, s.stored || '', choice({
          ...fromInteractionId(objectId.split('/interactions/').pop()), response: String(result.response || ''),
          correct: pattern || null, result: result.success === true ? 'correct' : result.success === false ? 'incorrect' : 'neutral',
          hint: /^\[hint\]/.test(description), seconds: isoSeconds(result.duration),
        })]);
      } else if (verb === 'passed' || verb === 'failed') {
        const score = result.score || {};
        a.score = typeof score.raw === 'number' ? score.raw : typeof score.scaled === 'number' ? Math.round(score.scaled * 100) : a.score;
        a.passed = a.passed === true || verb === 'passed';
        a.activity = a.activity || objectId;
      }
    });
    return [...byKey.values()].filter((a) => a.seen.length || a.score !== null).map((a) => {
      a.seen.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
      a.choices = a.seen.map((x) => x[2]).filter((c) => RESPONSE_ID.test(c.response));
      delete a.seen;
      return a;
    });
  }

  // [SECTION] Detection

  // What a file holds: {format: 'csv'|'moodle', attempts}, {format: 'xapi', statements} or {format: null}.
  function read(name, text, meta) {
    const trimmed = String(text).replace(/^\uFEFF/, '').trimStart();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      const statements = statementsOf(trimmed);
      return statements ? { format: 'xapi', statements } : { format: null };
    }
    const header = MR.csv.parse(trimmed.split(/\r?\n/, 1)[0] || '')[0] || [];
    if (isGameCsv(header)) return { format: 'csv', attempts: readGameCsv(name, text, meta) };
    if (isMoodle(header)) return { format: 'moodle', attempts: readMoodle(name, text, meta) };
    return { format: null };
  }

  MR.inputs = { read, xapiAttempts, statementsOf, isoSeconds, moodleDate, fromInteractionId };
})(window.MomentsReport);
