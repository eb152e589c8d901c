// The LMS side of the browser tests: puts a SCORM API object (scorm-again, or
// a broken stub) on this window, records every call the game makes, and loads
// the game in a same-origin iframe, as an LMS's player page does.
'use strict';

(function () {
  const METHODS = {
    '12': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
  };

  // A broken LMS: 'throw' (every call throws), 'false' (Initialize works, then
  // every call answers "false"), 'throw-after-init' (Initialize works, then
  // every call throws).
  function stub(std, kind) {
    const api = {};
    for (const m of METHODS[std]) {
      api[m] = (...args) => {
        const init = m === 'Initialize' || m === 'LMSInitialize';
        const info = /GetLastError$/.test(m) ? '101' : /GetErrorString$|GetDiagnostic$/.test(m) ? 'General exception' : null;
        if (kind === 'throw') throw new Error('LMS is down (' + m + ')');
        if (init) return 'true';
        if (info !== null && kind === 'false') return info;
        if (kind === 'false') return m.endsWith('GetValue') ? '' : 'false';
        throw new Error('LMS is down (' + m + ')');
      };
    }
    return api;
  }

  // Moodle 4.5's SCORM runtime as LMS.md §6 item 7 measured it: every Commit
  // and Terminate posts the whole data model collected so far as form
  // variables (cmi__interactions__0__id=…), by synchronous XHR while the page
  // lives and by navigator.sendBeacon (multipart) while it unloads; a beacon
  // past Chrome's 64 KB is refused, and the server keeps only the first 1000
  // variables (PHP's max_input_vars). A failed post answers "false", error 101.
  function moodleVariables(cmi) {
    const out = [];
    (function walk(value, path) {
      if (value === null || value === undefined || value === '') return;
      if (typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) if (!k.startsWith('_')) walk(v, path.concat(k));
        return;
      }
      out.push([path.join('__'), String(value)]);
    })(cmi, ['cmi']);
    return out;
  }

  // The size of `vars` as multipart/form-data, as sendBeacon would send them.
  function multipartBytes(vars) {
    const boundary = 46; // "--" + "----WebKitFormBoundary" + 16 + CRLF, roughly
    return vars.reduce((n, [k, v]) => n + boundary + 41 + k.length + 4 + new TextEncoder().encode(v).length + 2, boundary);
  }

  function moodlePost(api, moodle, unloading) {
    const vars = moodleVariables(JSON.parse(JSON.stringify(api.cmi)));
    const record = { vars: vars.length, beacon: unloading, bytes: 0, ok: false };
    moodle.posts.push(record);
    if (unloading) {
      record.bytes = multipartBytes(vars);
      const form = new FormData();
      for (const [k, v] of vars) form.append(k, v);
      record.ok = record.bytes <= 65536 && navigator.sendBeacon('/moodle/commit', form);
    } else {
      const body = vars.map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');
      record.bytes = body.length;
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/moodle/commit', false);
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      xhr.send(body);
      record.ok = xhr.status === 200;
    }
    return record.ok;
  }

  // Wraps scorm-again so that Commit and Terminate also post as Moodle does.
  function moodleApi(api, moodle) {
    let failed = false;
    const wrapped = Object.create(null);
    for (const m of METHODS['2004']) wrapped[m] = (...args) => api[m](...args);
    for (const m of ['Commit', 'Terminate']) {
      wrapped[m] = (...args) => {
        const ret = api[m](...args);
        failed = String(ret) === 'true' && !moodlePost(api, moodle, moodle.leaving);
        return failed ? 'false' : ret;
      };
    }
    wrapped.GetLastError = () => (failed ? '101' : api.GetLastError());
    wrapped.SetValue = (...args) => { failed = false; return api.SetValue(...args); };
    return wrapped;
  }

  window.lms = {
    calls: [],
    api: null,
    frame: null,

    moodle: { posts: [], leaving: false },

    // Sets up the API and loads the game. opts: { std: '12'|'2004', cmi, stub, game, settings, moodle }.
    start(opts) {
      const std = opts.std;
      const calls = this.calls = [];
      let target;
      if (opts.stub) {
        target = stub(std, opts.stub);
      } else {
        const Ctor = std === '12' ? window.Scorm12API : window.Scorm2004API;
        target = new Ctor(Object.assign({ logLevel: 5, autocommit: false, lmsCommitUrl: '/commit', dataCommitFormat: 'json' }, opts.settings || {}));
        if (opts.cmi) target.loadFromJSON(opts.cmi);
      }
      this.api = target;
      this.moodle = { posts: [], leaving: false };
      if (opts.moodle) target = moodleApi(target, this.moodle);
      const wrapper = {};
      for (const m of METHODS[std]) {
        wrapper[m] = (...args) => {
          const record = { fn: m, args: args.map(String), t: Date.now() };
          calls.push(record);
          try {
            const ret = target[m](...args);
            record.ret = String(ret);
            if (!opts.stub && !/GetLastError|GetErrorString|GetDiagnostic/.test(m)) record.err = String(opts.moodle ? target.GetLastError() : target.lastErrorCode);
            return ret;
          } catch (e) {
            record.threw = String(e && e.message);
            throw e;
          }
        };
      }
      delete window.API;
      delete window.API_1484_11;
      if (std === '12') window.API = wrapper; else window.API_1484_11 = wrapper;
      const old = document.getElementById('game');
      if (old) old.remove();
      const frame = document.createElement('iframe');
      frame.id = 'game';
      frame.src = opts.game || '/pkg/index.html';
      document.body.appendChild(frame);
      this.frame = frame;
    },

    // The learner closes the game (the player navigates the frame away): from
    // now on the Moodle stand-in posts by beacon, as during a real unload.
    close() {
      this.moodle.leaving = true;
      return new Promise((resolve) => {
        this.frame.addEventListener('load', () => resolve(), { once: true });
        this.frame.src = 'about:blank';
      });
    },

    // The LMS's data model as scorm-again would store it.
    cmi() { return JSON.parse(JSON.stringify(this.api.cmi)); },
  };
})();
