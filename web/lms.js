// The LMS adapter: finds a SCORM 2004, SCORM 1.2 or cmi5 launch (else plays
// standalone) and owns all LMS traffic through the drivers in lms-scorm.js and
// lms-cmi5.js. No call ever throws into the game, and nothing waits on the
// LMS for long: an LMS or LRS that fails is logged, told to the learner when
// it matters, and the progress kept in this browser meanwhile.
//
//   MomentsLMS.connect(ready)     → Promise<{standard, learnerName, language, saved, setAside, mode, passMark, venues, form, muted}>
//   MomentsLMS.saveProgress(text)   after each customer: a local copy, then compressed into suspend data / a State document
//   MomentsLMS.recordChoice(c)      each answer: one interaction / one "answered" statement
//   MomentsLMS.recordResult(r)      end of each shift: score and status (a finished attempt ends the LMS session)
//   MomentsLMS.quarantine(t, why)   keeps a save the game cannot restore in localStorage
//   MomentsLMS.onNotice(fn)         fn(topic, key): what the learner should know ('' clears a topic)
//   MomentsLMS.onLateSave(fn)       fn(text, setAside): progress the LRS handed over only after the game had
//                                   started ('' and true: it could not be read, and was kept aside)
//   MomentsLMS.exit()               optional: end the session now (cmi5: go to returnURL)
// The page calls connect() once; pagehide ends the session by itself.
'use strict';

(function (global) {
  const parts = global.MomentsLMSParts;
  const s = parts.store;
  // The title never waits on an LRS longer than this once the game itself is ready
  // (the page's downloads give a healthy LRS time before that; a fast start from the
  // cache leaves only this for its four round trips: the learner's language and progress).
  const GRACE_MS = 1000;
  // How long a page waits for the package's lock before it counts as a second tab.
  const LOCK_WAIT_MS = 1500;

  const state = {
    standard: 'standalone',
    driver: null,
    connected: null,   // the promise connect() returned
    startedAt: Date.now(),
    ended: false,
    readOnly: false,   // another tab has this package open: nothing is saved here
    claim: Promise.resolve(), // standalone: settles once this tab knows whether it may save
    copy: null,        // [standard, learner, package]: where this browser keeps its copy of the LMS save
    saveKey: s.KEYS.save,
    chain: Promise.resolve(), // LMS calls in the order the game made them
    saves: 0,
    gameReady: Promise.resolve(), // when the game could start (see connect)
    lateSave: null,    // progress the LRS handed over after the game started: {saved, setAside}
    lateListener: null,
  };

  // [SECTION] Launch

  // A standalone page keeps one save per package options (two packages on one
  // origin, an assessment beside the training, never share one); the studio's
  // preview (?preview=1) keeps its own, so it never overwrites a learner's save.
  function standaloneSaveKey(options) {
    if (new URLSearchParams(global.location.search).get('preview') === '1') return s.KEYS.save + '.preview';
    const scoped = options.mode || options.venues.length;
    return scoped ? s.KEYS.save + '.' + (options.mode || 'any') + '.' + (options.venues.join('+') || 'all') : s.KEYS.save;
  }

  function standaloneLaunch() {
    const options = s.queryOptions();
    state.saveKey = standaloneSaveKey(options);
    return launchWith({ standard: 'standalone', saved: s.storageGet('localStorage', state.saveKey) || '' }, options);
  }

  // What connect() answers: the launch facts plus the package options.
  function launchWith(facts, options) {
    return Object.assign({ learnerName: '', language: '', saved: '', setAside: '', mode: options.mode, passMark: options.passMark, venues: options.venues, form: options.form, muted: options.muted }, facts);
  }

  // A stored save as text for the game, or '' (kept aside, with the reason) when it cannot be one.
  async function readStored(stored, standard) {
    if (!stored) return { saved: '', setAside: '' };
    try { return { saved: await s.decodeSave(stored), setAside: '' }; } catch (e) {
      const why = 'the saved progress could not be read: ' + e.message;
      s.quarantine(stored.slice(0, s.MAX_STORED_SAVE), why, standard);
      return { saved: '', setAside: why };
    }
  }

  // Only one tab of a package writes progress; another is told and only reads.
  // The lock is waited for a moment: a page being reloaded or closed lets go of
  // it only as it unloads, and its successor must not take itself for a second tab.
  function claimPackage() {
    const locks = global.navigator && global.navigator.locks;
    if (!locks || typeof locks.request !== 'function') return Promise.resolve(true);
    const name = 'moments-of-truth|' + global.location.pathname + '|' + standaloneSaveKey(s.queryOptions());
    return new Promise((resolve) => {
      const giveUp = new AbortController();
      const timer = setTimeout(() => giveUp.abort(), LOCK_WAIT_MS);
      locks.request(name, { signal: giveUp.signal }, () => {
        clearTimeout(timer);
        resolve(true);
        return new Promise(() => {}); // held for the page's life
      }).catch((e) => resolve(!(e && e.name === 'AbortError')));
    });
  }

  async function connectScorm(api, standard) {
    const driver = new parts.scorm.ScormDriver(api, standard);
    const launch = driver.start();
    state.standard = standard;
    state.driver = driver;
    state.copy = [standard, launch.learnerKey, launch.packageKey];
    state.startedAt = Date.now();
    let read = await readStored(launch.stored, standard);
    if (!launch.stored && launch.resume) {
      const copy = s.localCopy(...state.copy);
      read = { saved: copy ? copy.text : '', setAside: '' };
      if (read.saved) s.warn('the LMS offered no suspend data on resume; using this browser\'s copy');
    }
    return launchWith({ standard, learnerName: launch.learnerName, language: launch.language, saved: read.saved, setAside: read.setAside }, launch.options);
  }

  // cmi5 never falls back to standalone: what the LRS cannot take yet waits in
  // the outbox. The game starts once the LRS answers or the deadline passes.
  async function connectCmi5(params) {
    const driver = new parts.cmi5.Cmi5Driver(params);
    state.standard = 'cmi5';
    state.driver = driver;
    state.copy = ['cmi5', params.registration, params.activityId];
    const begun = driver.begin();
    begun.catch((e) => { s.warn('the cmi5 launch is incomplete (' + e.message + '); progress is kept in this browser'); s.notify('lrs', 'offline'); });
    const deadline = state.gameReady.then(() => new Promise((r) => setTimeout(() => r(null), GRACE_MS)));
    const early = await Promise.race([begun.catch(() => null), deadline]);
    state.startedAt = driver.startedAt || Date.now();
    const local = s.localCopy(...state.copy);
    let read = { saved: local ? local.text : '', setAside: '' };
    if (!early) {
      s.warn('the LRS has not answered by the time the game was ready; starting from this browser\'s copy');
      begun.then((answer) => progressArrived(answer, local), () => {});
    }
    else if (early.stored && !(local && early.storedTime && local.time > early.storedTime)) read = await readStored(early.stored, 'cmi5');
    const options = early ? early.options : s.queryOptions();
    if (early && early.passMark !== null) options.passMark = early.passMark;
    const name = params.actor && typeof params.actor.name === 'string' ? params.actor.name : '';
    return launchWith({ standard: 'cmi5', learnerName: name, language: early ? early.language : '', saved: read.saved, setAside: read.setAside }, options);
  }

  // The LRS answered after the game started from this browser's copy (or afresh):
  // progress it holds that this browser lacks goes to the game, which takes it
  // only if nothing was decided here yet (else keeps it aside).
  async function progressArrived(answer, local) {
    if (!answer.stored || (local && answer.storedTime && local.time > answer.storedTime)) return;
    const read = await readStored(answer.stored, 'cmi5'); // one that cannot be a save is kept aside
    if (!read.setAside && (!read.saved || (local && read.saved === local.text))) return;
    state.lateSave = read;
    if (state.lateListener) state.lateListener(read.saved, !!read.setAside);
  }

  // This tab is the package's second: it reads, and saves nothing.
  function secondTab() {
    state.readOnly = true;
    s.notify('tab', 'other_tab');
    s.warn('this package is open in another tab: this one saves nothing');
  }

  // The SCORM API the page's frames offer, 2004 before 1.2, or null.
  function findScorm() {
    for (const [standard, name, method] of [['scorm2004', 'API_1484_11', 'Initialize'], ['scorm12', 'API', 'LMSInitialize']]) {
      const api = parts.scorm.findApi(name, method);
      if (api) return { standard, name, api };
    }
    return null;
  }

  async function connectOnce() {
    state.startedAt = Date.now();
    const scorm = findScorm();
    let params = null;
    if (!scorm) try { params = parts.cmi5.cmi5Params(); } catch (e) { s.warn(e.message + '; playing standalone'); }
    if (!scorm && !params) {
      // Standalone, the title does not wait for the lock (the browser answers only after the page's
      // own start-up work): saves wait for it instead, and a second tab is told when it knows.
      state.claim = claimPackage().then((owner) => { if (!owner) secondTab(); });
      return standaloneLaunch();
    }
    if (!(await claimPackage())) {
      secondTab();
      return standaloneLaunch();
    }
    if (!scorm) return connectCmi5(params);
    try { return await connectScorm(scorm.api, scorm.standard); } catch (e) {
      s.warn('found ' + scorm.name + ' but could not start (' + e.message + '); playing standalone');
      state.standard = 'standalone';
      state.driver = null;
      return standaloneLaunch();
    }
  }

  // A save the game could never load back is not handed to it.
  function checked(launch) {
    if (launch.saved.length > s.MAX_SAVE_TEXT) {
      launch.setAside = 'the save is ' + launch.saved.length + ' characters long, more than any real week';
      s.quarantine(launch.saved.slice(0, s.MAX_STORED_SAVE), launch.setAside, state.standard);
      launch.saved = '';
    }
    return launch;
  }

  // `gameReady` (optional) resolves when the game could start: the LRS is not waited for much longer.
  function connect(gameReady) {
    if (!state.connected) {
      state.gameReady = Promise.resolve(gameReady);
      state.connected = connectOnce().catch((e) => {
        s.warn('connect failed (' + (e && e.message) + '); playing standalone');
        state.standard = 'standalone';
        state.driver = null;
        return standaloneLaunch();
      }).then(checked);
    }
    return state.connected;
  }

  // [SECTION] What the game reports

  function guarded(name, fn) {
    return function () {
      try { return fn.apply(null, arguments); } catch (e) { s.warn(name + ' failed', e); return undefined; }
    };
  }

  // Runs `step` after every LMS call asked for before it (saves compress asynchronously).
  function inOrder(step) {
    state.chain = state.chain.then(() => { if (state.driver && !state.ended) return step(state.driver); })
      .catch((e) => s.warn('an LMS call failed', e));
  }

  function sessionSeconds() { return (Date.now() - state.startedAt) / 1000; }

  const saveProgress = guarded('saveProgress', (text) => {
    const raw = String(text == null ? '' : text);
    if (state.readOnly) return;
    if (raw.length > s.MAX_SAVE_TEXT) { s.warn('a save of ' + raw.length + ' characters is more than any week; not stored'); return; }
    if (!state.driver) { state.claim.then(() => { if (!state.readOnly) s.storageSet('localStorage', state.saveKey, raw); }); return; }
    s.keepLocalCopy(...state.copy, raw);
    const ticket = ++state.saves;
    inOrder(async (driver) => {
      const encoded = await s.encodeSave(raw);
      if (ticket === state.saves && !state.ended) driver.save(encoded); // a newer save supersedes this one
    });
  });

  const recordChoice = guarded('recordChoice', (c) => {
    if (!c || typeof c !== 'object' || state.readOnly) return;
    inOrder((driver) => driver.choice(c));
  });

  const recordResult = guarded('recordResult', (r) => {
    if (!r || typeof r !== 'object' || state.readOnly) return;
    inOrder((driver) => driver.result(r, sessionSeconds()));
  });

  // The page is going away: close the session once.
  function end() {
    if (state.ended) return;
    state.ended = true;
    if (state.driver && !state.readOnly) state.driver.end(sessionSeconds());
  }

  // The learner chose to leave (a button, not the browser): close the session
  // and, in cmi5, go to the LMS's returnURL if it gave one.
  function exit() {
    end();
    const back = state.driver && state.driver.returnURL;
    if (back) {
      try { global.location.assign(back); } catch (e) { s.warn('cannot return to the LMS', e); }
    }
  }

  // Tells `fn` every notice now and from now on.
  function onLateSave(fn) {
    state.lateListener = fn;
    if (state.lateSave) fn(state.lateSave.saved, !!state.lateSave.setAside);
  }
  function onNotice(fn) {
    s.notices.listener = fn;
    Object.keys(s.notices.current).forEach((topic) => fn(topic, s.notices.current[topic]));
  }

  try {
    global.addEventListener('pagehide', guarded('pagehide', end));
    global.document.addEventListener('visibilitychange', guarded('visibilitychange', () => {
      if (global.document.visibilityState === 'hidden' && !state.ended && state.driver && !state.readOnly) state.driver.flush();
    }));
    global.addEventListener('online', guarded('online', () => { if (state.driver && state.driver.pump) state.driver.pump(); }));
  } catch (e) { s.warn('cannot watch the page lifecycle', e); }

  global.MomentsLMS = {
    connect,
    saveProgress,
    recordChoice,
    recordResult,
    quarantine: guarded('quarantine', (text, reason) => s.quarantine(text, reason, state.standard)),
    exit: guarded('exit', exit),
    onNotice: guarded('onNotice', onNotice),
    onLateSave: guarded('onLateSave', onLateSave),
    // For tools and tests: the suspend-data codec, the formats, and what still waits for the LRS.
    codec: { encode: s.encodeSave, decode: s.decodeSave, base64url: s.base64url, unbase64url: s.unbase64url, budget: s.SAVE_BUDGET, maxText: s.MAX_SAVE_TEXT },
    formats: {
      scorm12Timespan: s.scorm12Timespan, isoDuration: s.isoDuration,
      presentName: s.presentName, languageCode: s.languageCode, parseOptions: s.parseOptions, safeReturnUrl: s.safeReturnUrl,
      backoff: parts.cmi5.backoff,
    },
    get standard() { return state.standard; },
    get readOnly() { return state.readOnly; },
    get waiting() { return state.driver && state.driver.outbox ? state.driver.outbox.items.length : 0; },
    // Resolves once every call made so far has reached the driver (saves compress asynchronously).
    settled: () => state.chain,
  };
})(typeof window !== 'undefined' ? window : globalThis);
