// What the LMS adapters share: the save codec (the browser's own deflate),
// browser storage that reports a full disk, the local copies and the
// quarantine of unreadable saves, the page notices the game shows, the small
// formats every standard needs, and delivery with timeouts, backoff and an
// outbox that survives a reload. Loaded before lms-scorm.js, lms-cmi5.js
// and lms.js, which find it in window.MomentsLMSParts.store.
'use strict';

(function (global) {
  const parts = global.MomentsLMSParts = global.MomentsLMSParts || {};

  // [SECTION] Constants

  const KEYS = {
    save: 'moments-of-truth.save',              // standalone save (raw text), + .mode.venues for a package's options
    copy: 'moments-of-truth.lms-copy.',         // + standard|learner|package: this browser's copy of an LMS save
    quarantine: 'moments-of-truth.quarantine',  // unreadable saves kept aside (JSON)
    cmi5Session: 'moments-of-truth.cmi5.',      // + endpoint|registration, in sessionStorage
    outbox: 'moments-of-truth.outbox.',         // + endpoint|registration: statements not yet accepted
  };
  // A whole week encodes to well under 4,096 characters (SCORM 1.2's limit);
  // nothing real comes near these caps, so a save past them is damaged or hostile.
  const SAVE_BUDGET = 4096;
  const MAX_SAVE_TEXT = 65536;    // characters of save text the game is ever handed
  const MAX_STORED_SAVE = 65536;  // characters of encoded save read from an LMS

  // [SECTION] Warnings and notices

  function warn(message, detail) {
    if (detail !== undefined) console.warn('moments lms: ' + message, detail);
    else console.warn('moments lms: ' + message);
  }

  // A broken LMS fails every call: say so often enough to diagnose, not 100 times a shift.
  let lmsWarnings = 0;
  function warnLms(message, detail) {
    lmsWarnings++;
    if (lmsWarnings <= 20) warn(message, detail);
    else if (lmsWarnings === 21) warn('more LMS call failures follow; not logging them');
  }

  // What the learner should know about their progress, as a key of the game's
  // "page." texts ('' when all is well). The page forwards it to the game.
  const notices = { listener: null, current: {} };
  function notify(topic, key) {
    if ((notices.current[topic] || '') === key) return;
    notices.current[topic] = key;
    if (notices.listener) notices.listener(topic, key);
  }

  // [SECTION] Storage

  let storageFullTold = false;
  function storageGet(store, key) {
    try { return global[store].getItem(key); } catch (e) { return null; }
  }
  // Writes, and tells the learner once when the browser's storage is full.
  function storageSet(store, key, value) {
    try { global[store].setItem(key, value); return true; } catch (e) {
      warn('cannot write ' + store + ' ' + key, e);
      const full = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
      if (full && !storageFullTold) { storageFullTold = true; notify('storage', 'storage_full'); }
      return false;
    }
  }
  function storageRemove(store, key) {
    try { global[store].removeItem(key); } catch (e) { /* nothing to remove */ }
  }
  function storageJson(store, key, fallback) {
    try { const v = JSON.parse(storageGet(store, key) || 'null'); return v === null ? fallback : v; } catch (e) { return fallback; }
  }

  // [SECTION] Codec: the browser's raw DEFLATE and base64url
  // Save text → what the LMS stores: "m1:" + base64url(deflate-raw(text)), or
  // "m0:" + the text itself when that is shorter (tiny saves). Both use only
  // characters every LMS keeps.

  function base64url(bytes) {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function unbase64url(s) {
    if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // Streams `bytes` through a (De)CompressionStream; stops past `limit` output bytes.
  async function transform(stream, bytes, limit) {
    const writer = stream.writable.getWriter();
    writer.write(bytes).catch(() => {});
    writer.close().catch(() => {});
    const reader = stream.readable.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        reader.cancel().catch(() => {});
        throw new Error('it inflates to more than ' + limit + ' bytes');
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    return out;
  }

  async function encodeSave(text) {
    const packed = 'm1:' + base64url(await transform(new CompressionStream('deflate-raw'), new TextEncoder().encode(text), Infinity));
    const plain = 'm0:' + text;
    return plain.length <= packed.length && /^[\x20-\x7e]*$/.test(text) ? plain : packed;
  }

  // The inverse of encodeSave; rejects data that is not ours, damaged, or too big to be a save.
  async function decodeSave(stored) {
    if (stored.length > MAX_STORED_SAVE) throw new Error('it is ' + stored.length + ' characters long, more than any real save');
    let text;
    if (stored.startsWith('m1:')) {
      const bytes = await transform(new DecompressionStream('deflate-raw'), unbase64url(stored.slice(3)), MAX_SAVE_TEXT);
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } else if (stored.startsWith('m0:')) {
      text = stored.slice(3);
    } else {
      throw new Error('unknown save format "' + stored.slice(0, 8) + '"');
    }
    if (text.length > MAX_SAVE_TEXT) throw new Error('it is ' + text.length + ' characters long, more than any real save');
    return text;
  }

  // [SECTION] Formats

  function pad(n, width) { return String(n).padStart(width || 2, '0'); }

  // Seconds → SCORM 1.2 CMITimespan: HH[HH]:MM:SS[.SS], hours capped at 9999.
  function scorm12Timespan(seconds) {
    let cs = Math.round(Math.max(0, Number(seconds) || 0) * 100);
    const max = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;
    if (cs > max) cs = max;
    const h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60, f = cs % 100;
    return pad(h) + ':' + pad(m) + ':' + pad(s) + (f ? '.' + pad(f) : '');
  }

  // Seconds → ISO 8601 duration with at most 2 decimals (SCORM 2004, xAPI).
  function isoDuration(seconds) {
    const cs = Math.round(Math.max(0, Number(seconds) || 0) * 100);
    const h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    let out = 'PT';
    if (h) out += h + 'H';
    if (m) out += m + 'M';
    if (s || (!h && !m)) out += (Number.isInteger(s) ? String(s) : s.toFixed(2).replace(/0$/, '')) + 'S';
    return out;
  }

  // "Last, First" (how SCORM LMSs send names) → "First Last".
  function presentName(name) {
    const s = String(name || '').trim();
    const comma = s.indexOf(',');
    if (comma < 0) return s;
    const last = s.slice(0, comma).trim(), first = s.slice(comma + 1).trim();
    return [first, last].filter(Boolean).join(' ');
  }

  const LANGUAGE_3 = { eng: 'en', ita: 'it', rus: 'ru', ell: 'el', gre: 'el', ron: 'ro', rum: 'ro' };
  // "en-US", "it", "ita", "en-US,fr" → a 2-letter code, or ''.
  function languageCode(value) {
    const first = String(value || '').split(/[,;\s]/)[0].trim().toLowerCase();
    const primary = first.split(/[-_]/)[0];
    if (/^[a-z]{2}$/.test(primary)) return primary;
    return LANGUAGE_3[primary] || '';
  }

  // The package's options (launch data, cmi5 launchParameters or the page's
  // query): a small JSON object, or key=value pairs. Unknown values are dropped.
  function parseOptions(text) {
    const options = { mode: '', passMark: null, venues: [], form: null, muted: false };
    const s = String(text || '').trim();
    if (!s) return options;
    let raw = null;
    try { raw = JSON.parse(s); } catch (e) {
      raw = {};
      new URLSearchParams(s.replace(/[;\n]/g, '&')).forEach((v, k) => { raw[k] = v; });
    }
    if (!raw || typeof raw !== 'object') { warn('launch data is not an object: ' + s.slice(0, 80)); return options; }
    const mode = String(raw.mode || '').toLowerCase();
    if (mode === 'training' || mode === 'assessment') options.mode = mode;
    const given = raw.passMark !== undefined ? raw.passMark : raw.pass_mark;
    if (given !== undefined) {
      const mark = Number(given);
      if (Number.isFinite(mark) && mark >= 0 && mark <= 100) options.passMark = Math.round(mark);
      else warn('pass mark out of range: ' + given);
    }
    let venues = raw.venues;
    if (typeof venues === 'string') venues = venues.split(',');
    if (Array.isArray(venues)) options.venues = venues.map((v) => String(v).trim()).filter((v) => /^[a-z0-9_]+$/.test(v));
    const form = Number(raw.form);
    if (Number.isInteger(form) && form >= 1 && form <= 99) options.form = form;
    options.muted = [true, 1, '1', 'true'].includes(raw.muted); // the game starts with its sound off
    return options;
  }

  // The package options this page was opened with (?mode=…&venues=…), if any.
  function queryOptions() {
    try {
      const q = new URLSearchParams(global.location.search);
      const o = {};
      ['mode', 'passMark', 'venues', 'form', 'muted'].forEach((k) => { if (q.get(k) !== null) o[k] = q.get(k); });
      return Object.keys(o).length ? parseOptions(JSON.stringify(o)) : parseOptions('');
    } catch (e) { return parseOptions(''); }
  }

  // Only an http(s) address is followed on exit: a "javascript:" or "data:" returnURL would run in this page.
  function safeReturnUrl(value) {
    if (typeof value !== 'string' || !value) return '';
    if (/^https?:\/\/[^\s]+$/i.test(value)) return value;
    warn('ignoring a returnURL that is not an http(s) address: ' + value.slice(0, 80));
    return '';
  }

  function clampScore(score) {
    const n = Math.round(Number(score));
    return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 0;
  }

  // Interaction ids: [A-Za-z0-9_-], 1–255 characters.
  function cleanId(id) {
    const s = String(id == null ? '' : id).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255);
    return s || 'choice';
  }
  // Response ids: Moodle's ^[\w.]{1,250}$.
  function cleanResponseId(id) {
    return String(id == null ? '' : id).replace(/[^A-Za-z0-9_.]/g, '_').slice(0, 250);
  }
  // One printable line of at most 250 characters that does not look like a {lang=} tag.
  function cleanDescription(text) {
    return String(text == null ? '' : text).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/^[\s{]+/, '').trim().slice(0, 250);
  }

  function uuid() {
    if (global.crypto && typeof global.crypto.randomUUID === 'function') return global.crypto.randomUUID();
    const b = new Uint8Array(16);
    global.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  const BACKOFF_MS = { first: 1000, max: 15000 };

  // [SECTION] Delivery: HTTP with a timeout, backoff, and an outbox kept across reloads

  // One call to the LRS; throws on a network error or when it takes longer than `ms`.
  async function request(url, init, ms) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), ms);
    try {
      return await fetch(url, Object.assign({ credentials: 'omit', signal: abort.signal }, init));
    } catch (e) {
      throw new Error(abort.signal.aborted ? 'no answer within ' + ms / 1000 + ' s' : 'network error (' + (e && e.message) + ')');
    } finally {
      clearTimeout(timer);
    }
  }

  // Whether a failed call is worth repeating later (the LRS is down, busy or unreachable).
  function transient(status) { return status === 0 || status === 408 || status === 429 || status >= 500; }

  // The next wait: doubling from one second up to fifteen, with jitter, or what Retry-After asks.
  function backoff(failures, retryAfter) {
    const asked = Number(retryAfter) * 1000;
    if (Number.isFinite(asked) && asked > 0) return Math.min(asked, 60000);
    const full = Math.min(BACKOFF_MS.max, BACKOFF_MS.first * 2 ** Math.max(0, failures - 1));
    return full * (0.5 + Math.random() / 2);
  }

  // Statements not yet accepted, oldest first, in localStorage under `key`.

  function Outbox(key) {
    this.key = key;
    const kept = storageJson('localStorage', key, []);
    this.items = Array.isArray(kept) ? kept.filter((st) => st && typeof st.id === 'string') : [];
  }
  Outbox.prototype.persist = function () {
    if (this.items.length) storageSet('localStorage', this.key, JSON.stringify(this.items));
    else storageRemove('localStorage', this.key);
  };
  Outbox.prototype.add = function (statement) { this.items.push(statement); this.persist(); };
  // The oldest statements, from `from` on, within `count` and `bytes` (at least one).
  Outbox.prototype.batch = function (from, count, bytes) {
    const out = [];
    let size = 2;
    for (let i = from; i < this.items.length && out.length < count; i++) {
      const n = JSON.stringify(this.items[i]).length + 1;
      if (out.length && size + n > bytes) break;
      out.push(this.items[i]);
      size += n;
    }
    return { list: out, bytes: size };
  };
  Outbox.prototype.drop = function (ids) {
    const gone = new Set(ids);
    this.items = this.items.filter((st) => !gone.has(st.id));
    this.persist();
  };

  // [SECTION] Local copies and quarantine

  // This browser's copy of the newest save for one learner in one package of one LMS.
  function copyKey(standard, learner, pkg) { return KEYS.copy + [standard, learner || '', pkg || ''].join('|'); }
  // { text, time } or null.
  function localCopy(standard, learner, pkg) {
    const copy = storageJson('localStorage', copyKey(standard, learner, pkg), null);
    return copy && typeof copy.text === 'string' && copy.text.length <= MAX_SAVE_TEXT ? { text: copy.text, time: String(copy.time || '') } : null;
  }
  function keepLocalCopy(standard, learner, pkg, text) {
    storageSet('localStorage', copyKey(standard, learner, pkg), JSON.stringify({ time: new Date().toISOString(), text }));
  }

  // Keeps a save the game cannot use (the newest five) where a trainer can find it.
  function quarantine(text, reason, standard) {
    try {
      const old = storageJson('localStorage', KEYS.quarantine, null);
      let previous = [];
      if (old && typeof old === 'object') {
        previous = (Array.isArray(old.previous) ? old.previous : []).concat([{ reason: old.reason, time: old.time, text: old.text, standard: old.standard }]);
        previous = previous.filter((p) => p.text !== text).slice(-4);
      }
      const entry = { reason: String(reason || 'unknown'), time: new Date().toISOString(), text: String(text == null ? '' : text), standard: standard || '' };
      if (previous.length) entry.previous = previous;
      // A save too big for storage is kept by its head: enough to see what it was.
      if (!storageSet('localStorage', KEYS.quarantine, JSON.stringify(entry))) {
        entry.text = entry.text.slice(0, 4096);
        delete entry.previous;
        storageSet('localStorage', KEYS.quarantine, JSON.stringify(entry));
      }
      warn('a save could not be used (' + entry.reason + '); kept in localStorage "' + KEYS.quarantine + '"');
    } catch (e) {
      warn('quarantine failed', e);
    }
  }

  parts.store = {
    KEYS, SAVE_BUDGET, MAX_SAVE_TEXT, MAX_STORED_SAVE,
    warn, warnLms, notices, notify,
    storageGet, storageSet, storageRemove, storageJson,
    base64url, unbase64url, encodeSave, decodeSave,
    scorm12Timespan, isoDuration, presentName, languageCode,
    parseOptions, queryOptions, safeReturnUrl, clampScore, cleanId, cleanResponseId, cleanDescription, uuid,
    localCopy, keepLocalCopy, quarantine,
    request, transient, backoff, Outbox,
  };
})(typeof window !== 'undefined' ? window : globalThis);
