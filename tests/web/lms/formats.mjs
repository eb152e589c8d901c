// Strict checks of what the game writes to a SCORM LMS. scorm-again is
// lenient on purpose, so these follow the stricter rules in
// shared/reference/LMS.md: Moodle's data-model regexes plus our own (ids
// limited to [A-Za-z0-9_-], 1.2 results never "incorrect", 2004 timestamps
// without fractions or zone, scores within 0–100).
import assert from 'node:assert/strict';

const ID = /^[A-Za-z0-9_-]{1,255}$/;
const DECIMAL_12 = /^-?([0-9]{0,3})(\.[0-9]*)?$/;                 // Moodle CMIDecimal (1.2)
const DECIMAL_2004 = /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/;          // Moodle CMIDecimal (2004)
const TIMESPAN_12 = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const DURATION_2004 = /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
const SHORT_ID = /^[\w.]{1,250}$/;                                // Moodle CMIShortIdentifier
const RESPONSE_ID = /^[a-z0-9_]+(\.[a-z0-9_]+){3}$/;                // ours: <venue>.<encounter>.<beat>.<response>
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/;

const inRange = (lo, hi) => (v) => Number(v) >= lo && Number(v) <= hi;

export const RULES_12 = [
  [/^cmi\.core\.lesson_status$/, [/^(passed|completed|failed|incomplete|browsed)$/]],
  [/^cmi\.core\.score\.(raw|min|max)$/, [DECIMAL_12, inRange(0, 100)]],
  [/^cmi\.core\.session_time$/, [TIMESPAN_12]],
  [/^cmi\.core\.lesson_location$/, [/^[\s\S]{0,255}$/, NO_CONTROL]],
  [/^cmi\.core\.exit$/, [/^(time-out|suspend|logout|)$/]],
  [/^cmi\.suspend_data$/, [/^[\s\S]{0,4096}$/, NO_CONTROL]],
  [/^cmi\.interactions\.\d+\.id$/, [ID]],
  [/^cmi\.interactions\.\d+\.type$/, [/^performance$/]], // a 1.2 choice takes only single letters
  [/^cmi\.interactions\.\d+\.student_response$/, [/^[\s\S]{1,255}$/, RESPONSE_ID]], // CMIFeedback
  [/^cmi\.interactions\.\d+\.correct_responses\.0\.pattern$/, [/^[\s\S]{1,255}$/, RESPONSE_ID]],
  [/^cmi\.interactions\.\d+\.result$/, [/^(correct|wrong|unanticipated|neutral)$/]],
  [/^cmi\.interactions\.\d+\.latency$/, [TIMESPAN_12]],
];

export const RULES_2004 = [
  [/^cmi\.completion_status$/, [/^(completed|incomplete|not attempted|unknown)$/]],
  [/^cmi\.success_status$/, [/^(passed|failed|unknown)$/]],
  [/^cmi\.score\.scaled$/, [DECIMAL_2004, inRange(0, 1)]],
  [/^cmi\.score\.(raw|min|max)$/, [DECIMAL_2004, inRange(0, 100)]],
  [/^cmi\.session_time$/, [DURATION_2004]],
  [/^cmi\.location$/, [/^[\s\S]{0,1000}$/, NO_CONTROL]],
  [/^cmi\.exit$/, [/^(time-out|suspend|logout|normal|)$/]],
  [/^cmi\.suspend_data$/, [/^[\s\S]{0,64000}$/, NO_CONTROL]],
  [/^cmi\.interactions\.\d+\.id$/, [ID]],
  [/^cmi\.interactions\.\d+\.type$/, [/^choice$/]],
  [/^cmi\.interactions\.\d+\.learner_response$/, [SHORT_ID, RESPONSE_ID]],
  [/^cmi\.interactions\.\d+\.correct_responses\.0\.pattern$/, [SHORT_ID, RESPONSE_ID]],
  [/^cmi\.interactions\.\d+\.result$/, [/^(correct|incorrect|unanticipated|neutral)$/]],
  [/^cmi\.interactions\.\d+\.latency$/, [DURATION_2004]],
  [/^cmi\.interactions\.\d+\.description$/, [/^\[hint\]$/]], // only to mark an answer given after a hint
];

const NAMES = {
  '12': { init: 'LMSInitialize', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', rules: RULES_12 },
  '2004': { init: 'Initialize', set: 'SetValue', commit: 'Commit', finish: 'Terminate', rules: RULES_2004 },
};

// Checks every SetValue against the rules, that the LMS accepted it, that
// interactions are written at index _count with the id first, and that the
// session opens with Initialize and closes with exit, session time, Commit
// and Finish/Terminate, with no Commit right before it (Finish commits; in
// Moodle a Commit posts the whole data model again). Returns the SetValue calls as [element, value].
export function checkCalls(std, calls, { finished = true } = {}) {
  const n = NAMES[std];
  const sets = [];
  assert.ok(calls.length > 0, 'the game called the LMS');
  assert.equal(calls[0].fn, n.init, 'the first call is ' + n.init);
  assert.equal(calls.filter((c) => c.fn === n.init).length, 1, n.init + ' exactly once');
  const nextIndex = { value: 0 };
  const started = new Set();
  for (const c of calls) {
    if (c.fn !== n.set) continue;
    const [el, value] = c.args;
    sets.push([el, value]);
    assert.equal(c.ret, 'true', `${n.set}(${el}, ${JSON.stringify(value)}) answered ${c.ret} (error ${c.err})`);
    assert.equal(c.err, '0', `${n.set}(${el}) left error ${c.err}`);
    const rule = n.rules.find(([re]) => re.test(el));
    assert.ok(rule, `the game wrote ${el}, an element it has no business writing`);
    for (const check of rule[1]) {
      const ok = typeof check === 'function' ? check(value) : check.test(value);
      assert.ok(ok, `${el} = ${JSON.stringify(value)} breaks ${check}`);
    }
    const m = /^cmi\.interactions\.(\d+)\.(.*)$/.exec(el);
    if (m) {
      const index = Number(m[1]);
      if (!started.has(index)) {
        assert.equal(m[2], 'id', `interaction ${index}: id is written first (got ${m[2]})`);
        assert.equal(index, nextIndex.value, `interaction index ${index} is the current _count ${nextIndex.value}`);
        started.add(index);
        nextIndex.value++;
      }
    }
  }
  if (finished) {
    const last = calls[calls.length - 1];
    assert.equal(last.fn, n.finish, 'the last call is ' + n.finish);
    assert.equal(last.ret, 'true', n.finish + ' succeeded');
    // (after a "false", the adapter asks for the error: skip those calls)
    const before = calls.slice(0, -1).filter((c) => !/GetLastError$|GetErrorString$|GetDiagnostic$/.test(c.fn));
    const tail = before.slice(-2).map((c) => c.fn === n.set ? c.args[0] : c.fn);
    const exit = std === '12' ? 'cmi.core.exit' : 'cmi.exit';
    const time = std === '12' ? 'cmi.core.session_time' : 'cmi.session_time';
    assert.deepEqual(tail, [exit, time], 'exit and session time come right before ' + n.finish + ', with no Commit between');
  }
  return sets;
}

// The last value written to each element.
export function lastValues(sets) {
  const out = {};
  for (const [el, v] of sets) out[el] = v;
  return out;
}

// Groups the interaction writes by index: [{id, type, ...}, ...].
export function interactions(sets) {
  const list = [];
  for (const [el, v] of sets) {
    const m = /^cmi\.interactions\.(\d+)\.(.*)$/.exec(el);
    if (!m) continue;
    const i = Number(m[1]);
    list[i] = list[i] || {};
    list[i][m[2]] = v;
  }
  return list;
}
