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

  window.lms = {
    calls: [],
    api: null,
    frame: null,

    // Sets up the API and loads the game. opts: { std: '12'|'2004', cmi, stub, game, settings }.
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
      const wrapper = {};
      for (const m of METHODS[std]) {
        wrapper[m] = (...args) => {
          const record = { fn: m, args: args.map(String), t: Date.now() };
          calls.push(record);
          try {
            const ret = target[m](...args);
            record.ret = String(ret);
            if (!opts.stub && !/GetLastError|GetErrorString|GetDiagnostic/.test(m)) record.err = String(target.lastErrorCode);
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

    // The learner closes the game (the player navigates the frame away).
    close() {
      return new Promise((resolve) => {
        this.frame.addEventListener('load', () => resolve(), { once: true });
        this.frame.src = 'about:blank';
      });
    },

    // The LMS's data model as scorm-again would store it.
    cmi() { return JSON.parse(JSON.stringify(this.api.cmi)); },
  };
})();
