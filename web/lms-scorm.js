// SCORM 1.2 and SCORM 2004: finding the LMS's API object and one driver for
// both (only the names differ). Sized for Moodle's runtime, which posts the
// whole data model on every Commit and by beacon while the page unloads
// (LMS.md §6 item 7): few fields per interaction, a bounded number of them,
// a Commit only at checkpoints, the attempt finished while the page is still
// visible, no Commit right before Terminate, and every failed call retried at
// the next checkpoint.
'use strict';

(function (global) {
  const parts = global.MomentsLMSParts = global.MomentsLMSParts || {};
  const s = parts.store;

  const SUSPEND_LIMIT = { scorm12: 4096, scorm2004: 64000 };
  const LOCATION_LIMIT = { scorm12: 255, scorm2004: 1000 };
  // Six values per interaction: 120 keep a whole data model far below PHP's
  // 1000 POST variables and a beacon far below 64 KB. A week has about 40.
  const INTERACTION_LIMIT = 120;
  const DISCOVERY_HOPS = 500;

  // [SECTION] Discovery

  // Looks for `name` on `win`, then its parents (up to DISCOVERY_HOPS), each
  // step guarded because a cross-origin frame throws on access.
  function searchChain(win, name, method) {
    for (let hops = 0; win && hops <= DISCOVERY_HOPS; hops++) {
      try {
        const api = win[name];
        if (api && (typeof api === 'object' || typeof api === 'function') && typeof api[method] === 'function') return api;
      } catch (e) { /* cross-origin: keep climbing */ }
      let parent = null;
      try { parent = win.parent; } catch (e) { parent = null; }
      if (!parent || parent === win) break;
      win = parent;
    }
    return null;
  }

  // The SCORM API object `name` (with its Initialize method `method`) in this
  // window's parents, else in its opener's.
  function findApi(name, method) {
    let api = searchChain(global, name, method);
    if (api) return api;
    let opener = null;
    try { opener = global.opener; } catch (e) { opener = null; }
    if (opener) api = searchChain(opener, name, method);
    return api || null;
  }

  // [SECTION] The driver

  const NAMES = {
    scorm2004: {
      init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate',
      error: 'GetLastError', errorString: 'GetErrorString', diagnostic: 'GetDiagnostic',
      alreadyInitialized: ['103'],
      status: 'cmi.completion_status', name: 'cmi.learner_name', id: 'cmi.learner_id',
      language: 'cmi.learner_preference.language', entry: 'cmi.entry', mode: 'cmi.mode',
      location: 'cmi.location', exit: 'cmi.exit', sessionTime: 'cmi.session_time', response: 'learner_response',
    },
    scorm12: {
      init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish',
      error: 'LMSGetLastError', errorString: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic',
      alreadyInitialized: ['101'],
      status: 'cmi.core.lesson_status', name: 'cmi.core.student_name', id: 'cmi.core.student_id',
      language: 'cmi.student_preference.language', entry: 'cmi.core.entry', mode: 'cmi.core.lesson_mode',
      location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', response: 'student_response',
    },
  };

  function ScormDriver(api, standard) {
    this.api = api;
    this.standard = standard;
    this.n = NAMES[standard];
    this.is2004 = standard === 'scorm2004';
    this.finished = false;
    this.count = 0;          // interactions written
    this.finalStatus = '';   // passed/failed/completed once the learner has finished
    this.lastCompleted = false;
    this.review = false;
    this.lastChoiceId = '';
    this.unsent = new Map(); // element → value whose SetValue failed: retried at the next checkpoint
    this.changed = false;    // values set since the last Commit
  }

  // Calls one API method; never throws. Returns the string result, or null if it threw.
  ScormDriver.prototype.raw = function (method, args) {
    try {
      const fn = this.api[method];
      if (typeof fn !== 'function') throw new Error(method + ' is not a function');
      const r = fn.apply(this.api, args);
      return r === undefined || r === null ? '' : String(r);
    } catch (e) {
      s.warnLms(method + '(' + describe(args) + ') threw', e);
      return null;
    }
  };

  function describe(args) { return args.map((a) => JSON.stringify(String(a)).slice(0, 60)).join(', '); }

  ScormDriver.prototype.lastError = function () {
    const code = this.raw(this.n.error, []);
    if (code === null) return { code: '?', text: '' };
    let text = this.raw(this.n.errorString, [code]) || '';
    const diagnostic = this.raw(this.n.diagnostic, [code]) || '';
    if (diagnostic && diagnostic !== text) text += ' (' + diagnostic + ')';
    return { code, text };
  };

  // A call that should answer "true"; reports the LMS's error otherwise.
  ScormDriver.prototype.call = function (method, args, quiet) {
    const r = this.raw(method, args);
    if (r === null) return false;
    if (r === 'true') return true;
    const err = this.lastError();
    if (!quiet) s.warnLms(method + '(' + describe(args) + ') failed: error ' + err.code + ' ' + err.text);
    return false;
  };

  ScormDriver.prototype.get = function (element) {
    const r = this.raw(this.n.get, [element]);
    return r === null ? '' : r;
  };

  // Sets a value; one the LMS refused is kept and set again at the next checkpoint.
  ScormDriver.prototype.set = function (element, value) {
    if (this.finished) return false;
    const ok = this.call(this.n.set, [element, String(value)]);
    if (ok) { this.unsent.delete(element); this.changed = true; } else this.unsent.set(element, String(value));
    return ok;
  };

  // Sets again every value the LMS refused before.
  ScormDriver.prototype.resendUnsent = function () {
    for (const [element, value] of [...this.unsent]) this.set(element, value);
  };

  // A checkpoint: what failed before is set again, then one Commit.
  ScormDriver.prototype.commit = function () {
    if (this.finished) return false;
    this.resendUnsent();
    if (!this.call(this.n.commit, [''])) return false;
    this.changed = false;
    return true;
  };

  // Initialize and read the learner, saved progress (still encoded) and options.
  ScormDriver.prototype.start = function () {
    const n = this.n;
    if (!this.call(n.init, [''], true)) {
      const err = this.lastError();
      if (n.alreadyInitialized.indexOf(err.code) < 0) throw new Error(n.init + ' failed: error ' + err.code + ' ' + err.text);
      // The page was reloaded inside the same LMS session? Only if the LMS still answers.
      this.get(n.status);
      if (this.lastError().code !== '0') throw new Error(n.init + ' failed: error ' + err.code + ' ' + err.text);
      s.warn('the LMS session was already initialized; continuing in it');
    }
    const launchData = this.get('cmi.launch_data');
    this.learnerId = this.get(n.id);
    this.review = this.get(n.mode) === 'review';
    this.count = Math.max(0, parseInt(this.get('cmi.interactions._count'), 10) || 0);
    const launch = {
      learnerName: s.presentName(this.get(n.name)),
      learnerKey: this.learnerId,
      packageKey: launchData,
      language: s.languageCode(this.get(n.language)),
      stored: this.get('cmi.suspend_data'),
      resume: this.get(n.entry) === 'resume',
      options: s.parseOptions(launchData),
    };
    // First launch: mark the attempt as started (never downgrade a finished one).
    const status = this.get(n.status);
    if (this.is2004) {
      const success = this.get('cmi.success_status');
      if (status === 'completed') this.finalStatus = success === 'passed' ? 'passed' : success === 'failed' ? 'failed' : 'completed';
    } else if (status === 'passed' || status === 'failed' || status === 'completed') {
      this.finalStatus = status;
    }
    if (!this.finalStatus && !this.review && status !== 'incomplete') {
      this.set(n.status, 'incomplete');
      this.commit();
    }
    return launch;
  };

  // After each customer: the save and where the learner is, then a checkpoint.
  ScormDriver.prototype.save = function (encoded) {
    if (this.review || this.finished) return;
    const limit = SUSPEND_LIMIT[this.standard];
    if (encoded.length > limit) {
      s.warn('save is ' + encoded.length + ' characters, more than the ' + limit + ' the LMS must keep; kept in this browser only');
    } else if (this.set('cmi.suspend_data', encoded) && this.lastChoiceId) {
      this.set(this.n.location, this.lastChoiceId.slice(0, LOCATION_LIMIT[this.standard]));
    }
    this.commit();
  };

  // Each answer: one interaction with its id, the answer's and the best answer's
  // stable ids, the result and the time taken. No Commit: the save after the customer commits.
  ScormDriver.prototype.choice = function (c) {
    if (this.review || this.finished) return;
    if (this.count >= INTERACTION_LIMIT) {
      if (this.count === INTERACTION_LIMIT) s.warn('this attempt has ' + INTERACTION_LIMIT + ' interactions; later answers go to the CSV export only');
      this.count++;
      return;
    }
    const p = 'cmi.interactions.' + this.count + '.';
    const id = s.cleanId(c.id);
    this.lastChoiceId = id;
    if (!this.call(this.n.set, [p + 'id', id])) return; // without the id nothing else may be written
    this.count++;
    // SCORM 1.2 "choice" answers are single letters, which would name a place on
    // screen: "performance" takes the responses' stable ids.
    this.set(p + 'type', this.is2004 ? 'choice' : 'performance');
    const correct = s.cleanResponseId(c.correctId);
    if (correct) this.set(p + 'correct_responses.0.pattern', correct);
    const response = s.cleanResponseId(c.responseId);
    if (response) this.set(p + this.n.response, response);
    const wrong = this.is2004 ? 'incorrect' : 'wrong';
    this.set(p + 'result', c.result === 'correct' ? 'correct' : c.result === 'incorrect' ? wrong : 'neutral');
    this.set(p + 'latency', this.is2004 ? s.isoDuration(c.latencySeconds) : s.scorm12Timespan(c.latencySeconds));
    if (c.hintUsed && this.is2004) this.set(p + 'description', '[hint]');
  };

  // The end of a shift: score and status. A finished week or assessment ends the
  // attempt at once, while the page is visible, instead of during unload.
  ScormDriver.prototype.result = function (r, sessionSeconds) {
    if (this.review || this.finished) return;
    const score = s.clampScore(r.score);
    const completed = !!r.completed, passed = !!r.passed;
    this.lastCompleted = completed;
    // A finished attempt keeps its result: a later, unfinished week does not
    // turn it back to incomplete, and a pass is never replaced by a fail.
    const keep = (!completed && this.finalStatus) || (completed && this.finalStatus === 'passed' && !passed);
    if (!keep) {
      const status = completed ? (passed ? 'passed' : 'failed') : 'incomplete';
      if (this.is2004) {
        this.set('cmi.score.scaled', String(score / 100));
        this.set('cmi.score.raw', String(score));
        this.set('cmi.score.min', '0');
        this.set('cmi.score.max', '100');
        this.set('cmi.completion_status', completed ? 'completed' : 'incomplete');
        this.set('cmi.success_status', completed ? status : 'unknown');
      } else {
        this.set('cmi.core.score.raw', String(score));
        this.set('cmi.core.score.min', '0');
        this.set('cmi.core.score.max', '100');
        this.set('cmi.core.lesson_status', status);
      }
      if (completed) this.finalStatus = status;
    }
    if (completed) this.end(sessionSeconds);
    else this.commit();
  };

  // The page is hidden: a checkpoint only if something is waiting.
  ScormDriver.prototype.flush = function () {
    if (this.changed || this.unsent.size) this.commit();
  };

  // End of the attempt or of the page: exit mode and session time, then
  // Terminate, which commits them (a Commit first would post the model twice).
  ScormDriver.prototype.end = function (sessionSeconds) {
    if (this.finished) return;
    if (!this.review) {
      this.resendUnsent();
      if (this.is2004) this.set('cmi.exit', this.lastCompleted ? 'normal' : 'suspend');
      else this.set('cmi.core.exit', this.lastCompleted ? '' : 'suspend');
      this.set(this.n.sessionTime, this.is2004 ? s.isoDuration(sessionSeconds) : s.scorm12Timespan(sessionSeconds));
    }
    this.call(this.n.finish, ['']);
    this.finished = true;
  };

  parts.scorm = { findApi, ScormDriver, INTERACTION_LIMIT };
})(typeof window !== 'undefined' ? window : globalThis);
