// cmi5 (xAPI over fetch), built for LRSs that are slow or briefly down
// (LMS.md §6 item 8): every call has a timeout; start-up never holds the
// game; statements get their ids here and wait in an outbox in localStorage
// (per endpoint and registration) until the LRS accepts them, so a reload or
// an outage loses nothing and a retry is never stored twice; network errors,
// 5xx and 429 back off exponentially, other 4xx are reported; the batches sent
// while the page unloads stay within the browser's 64 KB keepalive budget.
'use strict';

(function (global) {
  const parts = global.MomentsLMSParts = global.MomentsLMSParts || {};
  const s = parts.store;

  const STATE_ID = 'moments-of-truth.save';   // our own xAPI State document
  const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
  const VERBS = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
    answered: 'http://adlnet.gov/expapi/verbs/answered',
  };
  const TIMEOUT_MS = { read: 5000, write: 8000 };
  const BATCH = { count: 50, bytes: 30000 }; // half the keepalive budget: a batch in flight leaves room at exit
  const { request, transient, backoff, Outbox } = s;
  const KEEPALIVE_BUDGET = 60000; // bytes in flight while the page unloads (Chrome allows 64 KB)

  // [SECTION] The driver

  function Cmi5Driver(params) {
    this.endpoint = params.endpoint.endsWith('/') ? params.endpoint : params.endpoint + '/';
    this.fetchUrl = params.fetch;
    this.actor = params.actor;
    this.registration = params.registration;
    this.activityId = params.activityId;
    this.key = this.endpoint + '|' + this.registration;
    this.outbox = new Outbox(s.KEYS.outbox + this.key);
    this.token = '';
    this.contextTemplate = {};
    this.launchMode = 'Normal';
    this.masteryScore = null;
    this.returnURL = '';
    this.flags = { completed: false, passed: false }; // per registration, kept in our State document
    this.judgedThisSession = false;
    this.lastCompleted = false;
    this.statementsOff = false;
    this.finished = false;
    this.sending = null;       // the batch being posted: { ids, bytes, keepalive }
    this.failures = 0;
    this.retryTimer = 0;
    this.refused = false;      // the LRS refused our token: nothing more this session
    this.state = { pending: null, stored: '', dirty: false, putting: false, failures: 0, read: false };
  }

  // The token belongs to one LRS and one registration: another endpoint never receives it.
  Cmi5Driver.prototype.sessionKey = function () { return s.KEYS.cmi5Session + this.key; };

  Cmi5Driver.prototype.headers = function (json) {
    const h = { Authorization: 'Basic ' + this.token, 'X-Experience-API-Version': '1.0.3' };
    if (json) h['Content-Type'] = 'application/json';
    return h;
  };

  Cmi5Driver.prototype.stateUrl = function (stateId) {
    const q = new URLSearchParams({ activityId: this.activityId, agent: JSON.stringify(this.actor), registration: this.registration });
    if (stateId) q.set('stateId', stateId);
    return this.endpoint + 'activities/state?' + q.toString();
  };

  // GETs a JSON document; null if the LRS has none (404).
  Cmi5Driver.prototype.getJson = async function (url) {
    const res = await request(url, { headers: this.headers(false) }, TIMEOUT_MS.read);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error('GET ' + url.split('?')[0] + ' answered ' + res.status);
    const text = await res.text();
    return text ? JSON.parse(text) : null;
  };

  // Which documents exist (the multiple-document GET), so that a missing one is
  // not asked for (a 404 reads as an error in the console). null if unknown.
  Cmi5Driver.prototype.listIds = async function (url) {
    try {
      const ids = await this.getJson(url);
      return Array.isArray(ids) ? ids : null;
    } catch (e) { return null; }
  };

  // [SECTION] Start-up: the token, then the launch data, our save and the
  // learner's language, read together. The adapter does not wait for all of it.

  Cmi5Driver.prototype.begin = async function () {
    const session = s.storageJson('sessionStorage', this.sessionKey(), null);
    this.startedAt = session && session.startedAt || Date.now();
    if (session && session.terminated) {
      this.statementsOff = true;
      s.warn('this cmi5 session already ended (terminated); relaunch from the LMS to record more');
    }
    if (!session || !session.initialized) {
      if (!this.statementsOff) this.outbox.add(this.statement('initialized', {}));
    }
    if (session && session.token) this.token = session.token; // a reload: the fetch URL works only once
    else await this.fetchToken();
    this.remember(true);
    this.useLaunchData(await this.patiently(() => this.getJson(this.stateUrl('LMS.LaunchData'))));
    this.pump();
    const agent = new URLSearchParams({ agent: JSON.stringify(this.actor) }).toString();
    const [states, profiles] = await Promise.all([this.listIds(this.stateUrl('')), this.listIds(this.endpoint + 'agents/profile?' + agent)]);
    const [mine, prefs] = await Promise.all([
      states && states.indexOf(STATE_ID) < 0 ? null : this.getJson(this.stateUrl(STATE_ID)).catch((e) => { s.warn('cannot read the saved progress from the LRS', e); return null; }),
      profiles && profiles.indexOf('cmi5LearnerPreferences') < 0 ? null : this.getJson(this.endpoint + 'agents/profile?' + agent + '&profileId=cmi5LearnerPreferences').catch(() => null),
    ]);
    if (mine && typeof mine === 'object') {
      this.flags.completed = !!mine.completed;
      this.flags.passed = !!mine.passed;
      if (typeof mine.save === 'string') this.state.stored = mine.save;
    }
    this.state.read = true; // from now on our document may be written
    if (this.state.pending !== null || this.state.dirty) this.putState();
    return {
      language: prefs && prefs.languagePreference ? s.languageCode(prefs.languagePreference) : '',
      stored: this.state.stored,
      storedTime: mine && mine.updated || '',
      options: s.parseOptions(this.launchData.launchParameters),
      passMark: this.masteryScore !== null ? Math.round(this.masteryScore * 100) : null,
    };
  };

  // Runs `call` until it answers: an LRS that is down or slow is asked again with backoff.
  Cmi5Driver.prototype.patiently = async function (call) {
    for (let failures = 1; ; failures++) {
      try { return await call(); } catch (e) {
        if (/answered 4\d\d/.test(e.message) && !/answered 4(08|29)/.test(e.message)) throw e;
        s.warn('the LRS did not answer yet (' + e.message + '); asking again');
        s.notify('lrs', 'offline');
      }
      await new Promise((r) => setTimeout(r, backoff(failures)));
    }
  };

  // POSTs to the fetch URL for the session's token; a busy or unreachable LMS is asked again later.
  Cmi5Driver.prototype.fetchToken = async function () {
    for (let failures = 1; ; failures++) {
      let status = 0, body = {};
      try {
        const res = await request(this.fetchUrl, { method: 'POST' }, TIMEOUT_MS.read);
        status = res.status;
        body = await res.json().catch(() => ({}));
        if (res.ok && body['auth-token']) { this.token = body['auth-token']; return; }
      } catch (e) { s.warn('the cmi5 token fetch failed', e); }
      if (status && transient(status)) s.warn('the cmi5 token fetch failed (' + status + '); asking again');
      if (status && !transient(status) || body['error-code']) {
        throw new Error('the cmi5 token fetch was refused (' + status + (body['error-code'] ? ', error-code ' + body['error-code'] + ' ' + (body['error-text'] || '') : '') + ')');
      }
      s.notify('lrs', 'offline');
      await new Promise((r) => setTimeout(r, backoff(failures)));
    }
  };

  // The LMS's launch data: the context every statement carries, the mode, the
  // mastery score and where to go on exit. A missing one is an LMS fault.
  Cmi5Driver.prototype.useLaunchData = function (launchData) {
    if (!launchData || typeof launchData.contextTemplate !== 'object') throw new Error('LMS.LaunchData has no contextTemplate');
    this.launchData = launchData;
    this.contextTemplate = launchData.contextTemplate;
    this.launchMode = launchData.launchMode || 'Normal';
    const mastery = Number(launchData.masteryScore);
    this.masteryScore = launchData.masteryScore !== undefined && launchData.masteryScore !== null && Number.isFinite(mastery) ? mastery : null;
    this.returnURL = s.safeReturnUrl(launchData.returnURL);
  };

  // Keeps what a reload needs in sessionStorage.
  Cmi5Driver.prototype.remember = function (initialized, terminated) {
    const prev = s.storageJson('sessionStorage', this.sessionKey(), {});
    s.storageSet('sessionStorage', this.sessionKey(), JSON.stringify({
      token: this.token, startedAt: this.startedAt,
      initialized: !!(prev.initialized || initialized), terminated: !!(prev.terminated || terminated),
    }));
  };

  // [SECTION] Statements

  // The contextTemplate, untouched, plus what this statement adds. Before the
  // launch data has come, the statement waits with a draft of its context.
  Cmi5Driver.prototype.setContext = function (st, categories, extensions, parent) {
    if (this.launchData) st.context = this.context(categories, extensions, parent);
    else st.draft = { categories, extensions, parent };
    return st;
  };
  // Completes the statements that were made before the launch data came.
  Cmi5Driver.prototype.fillDrafts = function () {
    let filled = false;
    for (const st of this.outbox.items) {
      if (!st.draft) continue;
      st.context = this.context(st.draft.categories || [], st.draft.extensions || null, st.draft.parent || null);
      delete st.draft;
      filled = true;
    }
    if (filled) this.outbox.persist();
  };
  Cmi5Driver.prototype.context = function (categories, extensions, parent) {
    const ctx = JSON.parse(JSON.stringify(this.contextTemplate || {}));
    ctx.registration = this.registration;
    const add = (kind, list) => {
      ctx.contextActivities = ctx.contextActivities || {};
      const have = Array.isArray(ctx.contextActivities[kind]) ? ctx.contextActivities[kind] : [];
      list.forEach((a) => { if (!have.some((h) => h && h.id === a.id)) have.push(a); });
      ctx.contextActivities[kind] = have;
    };
    if (parent) add('parent', [parent]);
    if (categories.length) add('category', categories.map((id) => ({ id, objectType: 'Activity' })));
    if (extensions) {
      ctx.extensions = ctx.extensions || {};
      Object.keys(extensions).forEach((k) => { if (!(k in ctx.extensions)) ctx.extensions[k] = extensions[k]; });
    }
    return ctx;
  };

  // A cmi5 defined statement about the AU.
  Cmi5Driver.prototype.statement = function (verb, opts) {
    const categories = [CMI5_CATEGORY];
    if (opts.result && ('success' in opts.result || 'completion' in opts.result)) categories.push(MOVEON_CATEGORY);
    const st = {
      id: s.uuid(),
      actor: this.actor,
      verb: { id: VERBS[verb], display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: this.activityId },
      timestamp: new Date().toISOString(),
    };
    if (opts.result) st.result = opts.result;
    return this.setContext(st, categories, opts.extensions || null, null);
  };

  Cmi5Driver.prototype.sessionSeconds = function () { return (Date.now() - this.startedAt) / 1000; };

  Cmi5Driver.prototype.send = function (statement) {
    if (this.statementsOff || this.finished) return;
    this.outbox.add(statement);
    this.pump();
  };

  // [SECTION] Delivery

  // POSTs one batch; answers 'ok', 'retry' (with a wait) or 'refused' (with the status).
  Cmi5Driver.prototype.post = async function (list, keepalive) {
    try {
      const res = await request(this.endpoint + 'statements', {
        method: 'POST', headers: this.headers(true), body: JSON.stringify(list), keepalive,
      }, TIMEOUT_MS.write);
      if (res.ok || res.status === 409) return { verdict: 'ok' }; // 409: the LRS has these ids already
      if (transient(res.status)) return { verdict: 'retry', status: res.status, retryAfter: res.headers.get('Retry-After') };
      return { verdict: 'refused', status: res.status, text: (await res.text().catch(() => '')).slice(0, 200) };
    } catch (e) {
      return { verdict: 'retry', status: 0, error: e.message };
    }
  };

  // Sends the outbox in order, one batch at a time, until it is empty or the LRS fails.
  Cmi5Driver.prototype.pump = async function () {
    if (this.sending || this.retryTimer || !this.token || !this.launchData || this.refused || this.finished) return;
    this.fillDrafts();
    const single = this.failedAlone === false; // after a refused batch: one at a time to find the bad one
    const { list, bytes } = this.outbox.batch(0, single ? 1 : BATCH.count, BATCH.bytes);
    if (!list.length) { s.notify('lrs', ''); return; }
    this.sending = { ids: list.map((st) => st.id), bytes, keepalive: bytes <= KEEPALIVE_BUDGET };
    const answer = await this.post(list, this.sending.keepalive);
    this.sending = null;
    if (answer.verdict === 'ok') this.outbox.drop(list.map((st) => st.id));
    if (this.finished) return;
    if (answer.verdict === 'ok') {
      this.failures = 0;
      if (single) this.failedAlone = undefined;
    } else if (answer.verdict === 'retry') {
      this.failures++;
      s.warn('statements not recorded yet (' + (answer.status || answer.error) + '); try ' + this.failures + ' failed, trying again');
      s.notify('lrs', 'offline');
      this.retryTimer = setTimeout(() => { this.retryTimer = 0; this.pump(); }, backoff(this.failures, answer.retryAfter));
      return;
    } else if (answer.status === 401 || answer.status === 403) {
      this.refused = true;
      s.warn('the LRS refused our credentials (' + answer.status + '); ' + this.outbox.items.length + ' statements are kept in this browser for the next launch');
      s.notify('lrs', 'offline');
      return;
    } else if (list.length > 1) {
      this.failedAlone = false;
    } else {
      s.warn('the LRS refused a statement (' + answer.status + ' ' + answer.text + '); it is dropped', list[0]);
      this.outbox.drop([list[0].id]);
      this.failedAlone = undefined;
    }
    this.pump();
  };

  // Our State document: the newest save and the registration's flags. The
  // newest version wins; a failed PUT is tried again with backoff.
  Cmi5Driver.prototype.putState = async function (keepalive) {
    const st = this.state;
    if ((st.putting && !keepalive) || !st.read || this.refused) return;
    const doc = { format: 1, save: st.pending !== null ? st.pending : st.stored, completed: this.flags.completed, passed: this.flags.passed, updated: new Date().toISOString() };
    const sent = st.pending;
    st.pending = null;
    st.dirty = false;
    st.putting = true;
    let ok = false;
    try {
      const res = await request(this.stateUrl(STATE_ID), { method: 'PUT', headers: this.headers(true), body: JSON.stringify(doc), keepalive: !!keepalive }, TIMEOUT_MS.write);
      ok = res.ok;
      if (!ok) s.warn('progress not stored in the LRS yet (' + res.status + ')');
    } catch (e) { s.warn('progress not stored in the LRS yet', e); }
    st.putting = false;
    if (ok) {
      st.failures = 0;
      if (sent !== null) st.stored = sent;
    } else {
      if (sent !== null && st.pending === null) st.pending = sent;
      st.dirty = true;
      st.failures++;
    }
    if ((st.pending !== null || st.dirty) && !this.finished) setTimeout(() => this.putState(), ok ? 0 : backoff(st.failures));
  };

  // [SECTION] What the adapter calls

  Cmi5Driver.prototype.save = function (encoded) {
    this.state.pending = encoded;
    this.putState();
  };

  Cmi5Driver.prototype.choice = function (c) {
    if (this.statementsOff || this.finished) return;
    const id = s.cleanId(c.id);
    const definition = { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', name: { 'en-US': id }, interactionType: 'choice' };
    const description = s.cleanDescription((c.hintUsed ? '[hint] ' : '') + c.description);
    if (description) definition.description = { 'en-US': description };
    const correct = s.cleanResponseId(c.correctId);
    if (correct) definition.correctResponsesPattern = [correct];
    const result = { response: s.cleanResponseId(c.responseId), duration: s.isoDuration(c.latencySeconds) };
    if (c.result === 'correct') result.success = true;
    else if (c.result === 'incorrect') result.success = false;
    // cmi5 allowed: any verb, the contextTemplate, no cmi5 category.
    this.send(this.setContext({
      id: s.uuid(),
      actor: this.actor,
      verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
      object: { objectType: 'Activity', id: this.activityId.replace(/\/+$/, '') + '/interactions/' + id, definition },
      result,
      timestamp: new Date().toISOString(),
    }, [], null, { id: this.activityId, objectType: 'Activity' }));
  };

  Cmi5Driver.prototype.result = function (r) {
    const completed = !!r.completed;
    this.lastCompleted = completed;
    if (!completed || this.statementsOff || this.finished) return;
    if (this.launchMode !== 'Normal') return; // Browse/Review: only initialized and terminated
    const score = s.clampScore(r.score);
    const duration = s.isoDuration(this.sessionSeconds());
    let changed = false;
    if (!this.flags.completed) {
      this.send(this.statement('completed', { result: { completion: true, duration } }));
      this.flags.completed = true;
      changed = true;
    }
    // One judgement per session, one pass per registration, no fail after a pass.
    if (!this.judgedThisSession && !this.flags.passed) {
      const passed = this.masteryScore !== null ? score / 100 >= this.masteryScore : !!r.passed;
      const extensions = this.masteryScore !== null ? { [MASTERY_EXTENSION]: this.masteryScore } : null;
      this.send(this.statement(passed ? 'passed' : 'failed', {
        result: { score: { scaled: score / 100, raw: score, min: 0, max: 100 }, success: passed, duration },
        extensions,
      }));
      this.judgedThisSession = true;
      if (passed) this.flags.passed = true;
      changed = true;
    }
    if (changed) { this.state.dirty = true; this.putState(); }
  };

  // The page is hidden: store the progress now if it waits.
  Cmi5Driver.prototype.flush = function () {
    if (this.state.pending !== null || this.state.dirty) this.putState(true);
  };

  // The page is going: terminated joins the outbox, and what fits the keepalive
  // budget beside the batch already in flight is sent; the rest waits in this
  // browser for the next launch.
  Cmi5Driver.prototype.end = function () {
    if (this.finished) return;
    this.flush();
    if (!this.statementsOff) {
      this.outbox.add(this.statement('terminated', { result: { duration: s.isoDuration(this.sessionSeconds()) } }));
      this.remember(true, true);
    }
    this.finished = true;
    if (!this.token || !this.launchData || this.refused) return;
    this.fillDrafts();
    const inflight = this.sending ? this.sending.ids.length : 0;
    let budget = KEEPALIVE_BUDGET - (this.sending && this.sending.keepalive ? this.sending.bytes : 0) - 8000; // the State PUT
    for (let from = inflight; from < this.outbox.items.length;) {
      const { list, bytes } = this.outbox.batch(from, BATCH.count, Math.min(BATCH.bytes, budget));
      if (!list.length || bytes > budget) break;
      budget -= bytes;
      from += list.length;
      this.post(list, true).then((a) => { if (a.verdict === 'ok') this.outbox.drop(list.map((st) => st.id)); });
    }
  };

  // The launch parameters the LMS put in this page's address, or null.
  function cmi5Params() {
    let q;
    try { q = new URLSearchParams(global.location.search); } catch (e) { return null; }
    const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
    if (!names.every((n) => q.get(n))) return null;
    const p = {};
    names.forEach((n) => { p[n] = q.get(n); });
    try { p.actor = JSON.parse(p.actor); } catch (e) { throw new Error('the cmi5 actor parameter is not JSON'); }
    return p;
  }

  parts.cmi5 = { Cmi5Driver, cmi5Params, backoff };
})(typeof window !== 'undefined' ? window : globalThis);
