// The LMS adapter: finds a SCORM 2004, SCORM 1.2 or cmi5 launch (else plays
// standalone) and owns all LMS traffic: progress (compressed suspend data),
// every choice as an interaction, the score and status, session time, and the
// end of the session. Plain browser JS, no eval: it runs under a strict CSP.
// No call ever throws into the game; an LMS that fails is logged and ignored.
//
//   MomentsLMS.connect()          → Promise<{standard, learnerName, language, saved, mode, passMark, venues}>
//   MomentsLMS.saveProgress(text)   after each customer: compressed into suspend data / a State document
//   MomentsLMS.recordChoice(c)      each answer: one interaction / one "answered" statement
//   MomentsLMS.recordResult(r)      end of each shift: score and status
//   MomentsLMS.quarantine(t, why)   keeps a save the game cannot restore in localStorage
//   MomentsLMS.exit()               optional: end the session now (cmi5: go to returnURL)
// The page calls connect() once; pagehide ends the session by itself.
'use strict';

(function (global) {
  // [SECTION] Constants

  const SAVE_KEY = 'moments-of-truth.save';             // standalone save (raw text), + .mode.venues for a package's options
  const COPY_KEY = 'moments-of-truth.lms-copy';         // local copy of an LMS save (JSON)
  const QUARANTINE_KEY = 'moments-of-truth.quarantine'; // unreadable saves kept aside (JSON)
  const CMI5_SESSION_KEY = 'moments-of-truth.cmi5.';    // + endpoint | registration, in sessionStorage
  const CMI5_STATE_ID = 'moments-of-truth.save';        // our own xAPI State document
  const SUSPEND_LIMIT = { scorm12: 4096, scorm2004: 64000 };
  const LOCATION_LIMIT = { scorm12: 255, scorm2004: 1000 };
  const DISCOVERY_HOPS = 500;

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

  // [SECTION] Codec: raw DEFLATE (RFC 1951) and base64url, synchronous
  // The save is small ASCII, so a compact one-block deflater is enough; the
  // inflater reads any raw deflate stream (stored, fixed or dynamic blocks).

  const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  // Collects bits least-significant first, as DEFLATE stores them.
  function BitWriter() {
    this.bytes = [];
    this.acc = 0;
    this.count = 0;
  }
  BitWriter.prototype.bits = function (value, n) {
    for (let i = 0; i < n; i++) {
      this.acc |= ((value >>> i) & 1) << this.count;
      if (++this.count === 8) { this.bytes.push(this.acc); this.acc = 0; this.count = 0; }
    }
  };
  // Huffman codes are defined most-significant bit first.
  BitWriter.prototype.code = function (code, len) {
    for (let i = len - 1; i >= 0; i--) this.bits((code >>> i) & 1, 1);
  };
  BitWriter.prototype.align = function () { if (this.count) this.bits(0, 8 - this.count); };
  BitWriter.prototype.finish = function () { this.align(); return new Uint8Array(this.bytes); };

  function lengthSymbol(len) {
    let i = LENGTH_BASE.length - 1;
    while (LENGTH_BASE[i] > len) i--;
    return i;
  }
  function distSymbol(dist) {
    let i = DIST_BASE.length - 1;
    while (DIST_BASE[i] > dist) i--;
    return i;
  }

  // LZ77 with hash chains and one step of lazy matching; returns tokens:
  // a number for a literal, [length, distance] for a match.
  function lz77(data) {
    const tokens = [];
    const head = new Map();
    const prev = new Int32Array(data.length).fill(-1);
    const key = (i) => data[i] | (data[i + 1] << 8) | (data[i + 2] << 16);
    const insert = (i) => {
      if (i + 2 >= data.length) return;
      const k = key(i);
      const h = head.get(k);
      prev[i] = h === undefined ? -1 : h;
      head.set(k, i);
    };
    const longest = (i) => {
      let best = 0, bestDist = 0;
      if (i + 2 >= data.length) return [0, 0];
      let j = head.get(key(i));
      let chain = 256;
      const max = Math.min(258, data.length - i);
      while (j !== undefined && j >= 0 && i - j <= 32768 && chain-- > 0) {
        let n = 0;
        while (n < max && data[j + n] === data[i + n]) n++;
        if (n > best) { best = n; bestDist = i - j; if (n === max) break; }
        j = prev[j];
      }
      return best >= 3 ? [best, bestDist] : [0, 0];
    };
    let i = 0;
    while (i < data.length) {
      let [len, dist] = longest(i);
      if (len && len < 258 && i + 1 < data.length) {
        insert(i);
        const [nextLen, nextDist] = longest(i + 1);
        if (nextLen > len) {
          tokens.push(data[i]);
          i++;
          len = nextLen; dist = nextDist;
        } else {
          tokens.push([len, dist]);
          for (let k = 1; k < len; k++) insert(i + k);
          i += len;
          continue;
        }
      }
      if (len) {
        tokens.push([len, dist]);
        for (let k = 0; k < len; k++) insert(i + k);
        i += len;
      } else {
        tokens.push(data[i]);
        insert(i);
        i++;
      }
    }
    return tokens;
  }

  // Huffman code lengths for `freqs`, none longer than `limit`. Symbols with
  // frequency 0 get length 0; at least two symbols always get a code, so every
  // code is complete (any inflater accepts it).
  function huffmanLengths(freqs, limit) {
    const f = freqs.slice();
    let used = 0;
    for (let i = 0; i < f.length && used < 2; i++) if (f[i]) used++;
    for (let i = 0; i < f.length && used < 2; i++) if (!f[i]) { f[i] = 1; used++; }
    for (;;) {
      let nodes = [];
      f.forEach((w, s) => { if (w) nodes.push({ w, s, l: null, r: null }); });
      while (nodes.length > 1) {
        nodes.sort((a, b) => a.w - b.w);
        const a = nodes.shift(), b = nodes.shift();
        nodes.push({ w: a.w + b.w, s: -1, l: a, r: b });
      }
      const lengths = new Array(f.length).fill(0);
      let deepest = 0;
      const walk = (node, depth) => {
        if (node.s >= 0) { lengths[node.s] = depth; deepest = Math.max(deepest, depth); return; }
        walk(node.l, depth + 1);
        walk(node.r, depth + 1);
      };
      walk(nodes[0], 0);
      if (deepest <= limit) return lengths;
      for (let i = 0; i < f.length; i++) if (f[i]) f[i] = Math.max(1, f[i] >> 1); // flatten and retry
    }
  }

  // Canonical codes from lengths (RFC 1951 §3.2.2).
  function canonicalCodes(lengths) {
    const max = Math.max(0, ...lengths);
    const count = new Array(max + 1).fill(0);
    lengths.forEach((l) => { if (l) count[l]++; });
    const next = new Array(max + 2).fill(0);
    let code = 0;
    for (let bits = 1; bits <= max; bits++) { code = (code + count[bits - 1]) << 1; next[bits] = code; }
    return lengths.map((l) => (l ? next[l]++ : 0));
  }

  const FIXED_LIT = (() => {
    const l = new Array(288);
    for (let i = 0; i < 288; i++) l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    return l;
  })();
  const FIXED_DIST = new Array(30).fill(5);

  // Run-length codes (16, 17, 18) for the code lengths of a dynamic block.
  function rleLengths(lengths) {
    const out = [];
    for (let i = 0; i < lengths.length;) {
      const l = lengths[i];
      let run = 1;
      while (i + run < lengths.length && lengths[i + run] === l) run++;
      if (l === 0 && run >= 3) {
        const n = Math.min(run, 138);
        out.push(n >= 11 ? [18, n - 11, 7] : [17, n - 3, 3]);
        i += n;
      } else if (l !== 0 && run >= 4) {
        out.push([l, 0, 0]);
        const n = Math.min(run - 1, 6);
        out.push([16, n - 3, 2]);
        i += 1 + n;
      } else {
        out.push([l, 0, 0]);
        i++;
      }
    }
    return out;
  }

  function writeTokens(w, tokens, litLen, litCode, distLen, distCode) {
    for (const t of tokens) {
      if (typeof t === 'number') { w.code(litCode[t], litLen[t]); continue; }
      const ls = lengthSymbol(t[0]);
      w.code(litCode[257 + ls], litLen[257 + ls]);
      w.bits(t[0] - LENGTH_BASE[ls], LENGTH_EXTRA[ls]);
      const ds = distSymbol(t[1]);
      w.code(distCode[ds], distLen[ds]);
      w.bits(t[1] - DIST_BASE[ds], DIST_EXTRA[ds]);
    }
    w.code(litCode[256], litLen[256]);
  }

  // Compresses bytes into one raw DEFLATE block (dynamic or fixed Huffman,
  // whichever is smaller), or stored blocks if compression does not pay.
  function deflateRaw(data) {
    const tokens = lz77(data);
    const litFreq = new Array(286).fill(0), distFreq = new Array(30).fill(0);
    for (const t of tokens) {
      if (typeof t === 'number') litFreq[t]++;
      else { litFreq[257 + lengthSymbol(t[0])]++; distFreq[distSymbol(t[1])]++; }
    }
    litFreq[256] = 1;

    const dynamic = new BitWriter();
    {
      const litLen = huffmanLengths(litFreq, 15), distLen = huffmanLengths(distFreq, 15);
      let hlit = 286; while (hlit > 257 && !litLen[hlit - 1]) hlit--;
      let hdist = 30; while (hdist > 1 && !distLen[hdist - 1]) hdist--;
      const rle = rleLengths(litLen.slice(0, hlit).concat(distLen.slice(0, hdist)));
      const clFreq = new Array(19).fill(0);
      rle.forEach((r) => clFreq[r[0]]++);
      const clLen = huffmanLengths(clFreq, 7), clCode = canonicalCodes(clLen);
      let hclen = 19; while (hclen > 4 && !clLen[CL_ORDER[hclen - 1]]) hclen--;
      dynamic.bits(1, 1); dynamic.bits(2, 2);
      dynamic.bits(hlit - 257, 5); dynamic.bits(hdist - 1, 5); dynamic.bits(hclen - 4, 4);
      for (let i = 0; i < hclen; i++) dynamic.bits(clLen[CL_ORDER[i]], 3);
      for (const [sym, extra, n] of rle) { dynamic.code(clCode[sym], clLen[sym]); dynamic.bits(extra, n); }
      writeTokens(dynamic, tokens, litLen, canonicalCodes(litLen), distLen, canonicalCodes(distLen));
    }
    const fixed = new BitWriter();
    fixed.bits(1, 1); fixed.bits(1, 2);
    writeTokens(fixed, tokens, FIXED_LIT, canonicalCodes(FIXED_LIT), FIXED_DIST, canonicalCodes(FIXED_DIST));

    const a = dynamic.finish(), b = fixed.finish();
    const best = a.length <= b.length ? a : b;
    if (best.length <= data.length + 5 * Math.ceil((data.length || 1) / 65535)) return best;
    const stored = new BitWriter();
    for (let at = 0; at < data.length || at === 0; at += 65535) {
      const n = Math.min(65535, data.length - at);
      stored.bits(at + n >= data.length ? 1 : 0, 1); stored.bits(0, 2); stored.align();
      stored.bits(n, 16); stored.bits(~n & 0xffff, 16);
      for (let k = 0; k < n; k++) stored.bits(data[at + k], 8);
      if (n === 0) break;
    }
    return stored.finish();
  }

  // Decodes any raw DEFLATE stream; throws on damaged input.
  function inflateRaw(input) {
    let pos = 0, bitBuf = 0, bitCnt = 0;
    const out = [];
    const bits = (n) => {
      while (bitCnt < n) {
        if (pos >= input.length) throw new Error('deflate data ends early');
        bitBuf |= input[pos++] << bitCnt;
        bitCnt += 8;
      }
      const v = bitBuf & ((1 << n) - 1);
      bitBuf >>>= n;
      bitCnt -= n;
      return v;
    };
    const table = (lengths) => {
      const count = new Array(16).fill(0), symbols = [];
      lengths.forEach((l) => count[l]++);
      count[0] = 0;
      const offs = new Array(16).fill(0);
      for (let i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
      lengths.forEach((l, s) => { if (l) symbols[offs[l]++] = s; });
      return { count, symbols };
    };
    const decode = (h) => {
      let code = 0, first = 0, index = 0;
      for (let len = 1; len < 16; len++) {
        code |= bits(1);
        const c = h.count[len];
        if (code - c < first) return h.symbols[index + (code - first)];
        index += c;
        first = (first + c) << 1;
        code <<= 1;
      }
      throw new Error('bad Huffman code');
    };
    const fixedLit = table(FIXED_LIT), fixedDist = table(FIXED_DIST);
    let last = 0;
    while (!last) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        bitBuf = 0; bitCnt = 0;
        if (pos + 4 > input.length) throw new Error('deflate data ends early');
        const n = input[pos] | (input[pos + 1] << 8);
        const nn = input[pos + 2] | (input[pos + 3] << 8);
        if ((n ^ 0xffff) !== nn) throw new Error('bad stored block');
        pos += 4;
        if (pos + n > input.length) throw new Error('deflate data ends early');
        for (let k = 0; k < n; k++) out.push(input[pos++]);
        continue;
      }
      let lit, dist;
      if (type === 1) { lit = fixedLit; dist = fixedDist; }
      else if (type === 2) {
        const hlit = bits(5) + 257, hdist = bits(5) + 1, hclen = bits(4) + 4;
        const clLen = new Array(19).fill(0);
        for (let i = 0; i < hclen; i++) clLen[CL_ORDER[i]] = bits(3);
        const cl = table(clLen);
        const lengths = [];
        while (lengths.length < hlit + hdist) {
          const sym = decode(cl);
          if (sym < 16) lengths.push(sym);
          else if (sym === 16) {
            if (!lengths.length) throw new Error('repeat with no length');
            const prev = lengths[lengths.length - 1];
            for (let r = 3 + bits(2); r > 0; r--) lengths.push(prev);
          } else if (sym === 17) { for (let r = 3 + bits(3); r > 0; r--) lengths.push(0); }
          else { for (let r = 11 + bits(7); r > 0; r--) lengths.push(0); }
        }
        if (lengths.length > hlit + hdist) throw new Error('too many lengths');
        lit = table(lengths.slice(0, hlit));
        dist = table(lengths.slice(hlit));
      } else throw new Error('bad block type');
      for (;;) {
        const sym = decode(lit);
        if (sym < 256) { out.push(sym); continue; }
        if (sym === 256) break;
        const li = sym - 257;
        if (li >= 29) throw new Error('bad length');
        const len = LENGTH_BASE[li] + bits(LENGTH_EXTRA[li]);
        const di = decode(dist);
        if (di >= 30) throw new Error('bad distance');
        const d = DIST_BASE[di] + bits(DIST_EXTRA[di]);
        if (d > out.length) throw new Error('distance too far back');
        for (let k = 0; k < len; k++) out.push(out[out.length - d]);
      }
    }
    return new Uint8Array(out);
  }

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function base64url(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
      if (i + 1 < bytes.length) s += B64[(n >> 6) & 63];
      if (i + 2 < bytes.length) s += B64[n & 63];
    }
    return s;
  }
  function unbase64url(s) {
    if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) throw new Error('not base64url');
    const out = [];
    for (let i = 0; i < s.length; i += 4) {
      const c = [0, 1, 2, 3].map((k) => (i + k < s.length ? B64.indexOf(s[i + k]) : 0));
      const n = (c[0] << 18) | (c[1] << 12) | (c[2] << 6) | c[3];
      out.push((n >> 16) & 255);
      if (i + 2 < s.length) out.push((n >> 8) & 255);
      if (i + 3 < s.length) out.push(n & 255);
    }
    return new Uint8Array(out);
  }

  function utf8(text) { return new TextEncoder().encode(text); }
  function fromUtf8(bytes) { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); }

  // Save text → what the LMS stores: "m1:" + base64url(deflate-raw(text)), or
  // "m0:" + the text itself when that is shorter (tiny saves). Both use only
  // characters every LMS keeps.
  function encodeSave(text) {
    const packed = 'm1:' + base64url(deflateRaw(utf8(text)));
    const plain = 'm0:' + text;
    return plain.length <= packed.length && /^[\x20-\x7e]*$/.test(text) ? plain : packed;
  }

  // The inverse of encodeSave; throws if the data is not one of ours or damaged.
  function decodeSave(stored) {
    if (stored.startsWith('m1:')) return fromUtf8(inflateRaw(unbase64url(stored.slice(3))));
    if (stored.startsWith('m0:')) return stored.slice(3);
    throw new Error('unknown save format "' + stored.slice(0, 8) + '"');
  }

  // [SECTION] Small helpers

  function storageGet(store, key) {
    try { return global[store].getItem(key); } catch (e) { return null; }
  }
  function storageSet(store, key, value) {
    try { global[store].setItem(key, value); return true; } catch (e) { warn('cannot write ' + store + ' ' + key, e); return false; }
  }

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

  // SCORM 1.2 CMITime (time of day) and the 2004 timestamp Moodle accepts.
  function scorm12Time(d) { return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()); }
  function scorm2004Timestamp(d) {
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + scorm12Time(d);
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

  // The package's options (launch data or cmi5 launchParameters): a small
  // JSON object, or key=value pairs as a fallback. Unknown values are dropped.
  function parseOptions(text) {
    const options = { mode: '', passMark: null, venues: [], form: null };
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
    const mark = Number(raw.passMark !== undefined ? raw.passMark : raw.pass_mark);
    if (raw.passMark !== undefined || raw.pass_mark !== undefined) {
      if (Number.isFinite(mark) && mark >= 0 && mark <= 100) options.passMark = Math.round(mark);
      else warn('pass mark out of range: ' + (raw.passMark !== undefined ? raw.passMark : raw.pass_mark));
    }
    let venues = raw.venues;
    if (typeof venues === 'string') venues = venues.split(',');
    if (Array.isArray(venues)) options.venues = venues.map((v) => String(v).trim()).filter((v) => /^[a-z0-9_]+$/.test(v));
    const form = Number(raw.form);
    if (Number.isInteger(form) && form >= 1 && form <= 99) options.form = form;
    return options;
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
  // Response ids for SCORM 2004 choice: Moodle's ^[\w.]{1,250}$.
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

  // [SECTION] SCORM (1.2 and 2004 share one driver; only names differ)

  const SCORM_NAMES = {
    scorm2004: {
      init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate',
      error: 'GetLastError', errorString: 'GetErrorString', diagnostic: 'GetDiagnostic',
      alreadyInitialized: ['103'],
    },
    scorm12: {
      init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish',
      error: 'LMSGetLastError', errorString: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic',
      alreadyInitialized: ['101'],
    },
  };

  function ScormDriver(api, standard) {
    this.api = api;
    this.standard = standard;
    this.names = SCORM_NAMES[standard];
    this.finished = false;
    this.count = 0;          // interactions written, when _count cannot be read
    this.finalStatus = '';   // passed/failed/completed once the learner has finished
    this.lastCompleted = false;
    this.review = false;
    this.lastChoiceId = '';
  }

  // Calls one API method; never throws. Returns the string result, or null if it threw.
  ScormDriver.prototype.raw = function (method, args) {
    try {
      const fn = this.api[method];
      if (typeof fn !== 'function') throw new Error(method + ' is not a function');
      const r = fn.apply(this.api, args);
      return r === undefined || r === null ? '' : String(r);
    } catch (e) {
      warnLms(method + '(' + args.map((a) => JSON.stringify(String(a)).slice(0, 60)).join(', ') + ') threw', e);
      return null;
    }
  };

  ScormDriver.prototype.lastError = function () {
    const code = this.raw(this.names.error, []);
    if (code === null) return { code: '?', text: '' };
    let text = this.raw(this.names.errorString, [code]) || '';
    const diagnostic = this.raw(this.names.diagnostic, [code]) || '';
    if (diagnostic && diagnostic !== text) text += ' (' + diagnostic + ')';
    return { code, text };
  };

  // A call that should answer "true"; reports the LMS's error otherwise.
  ScormDriver.prototype.call = function (method, args, quiet) {
    const r = this.raw(method, args);
    if (r === null) return false;
    if (r === 'true' || r === true) return true;
    const err = this.lastError();
    if (!quiet) warnLms(method + '(' + args.map((a) => JSON.stringify(String(a)).slice(0, 60)).join(', ') + ') failed: error ' + err.code + ' ' + err.text);
    return false;
  };

  ScormDriver.prototype.get = function (element) {
    const r = this.raw(this.names.get, [element]);
    return r === null ? '' : r;
  };

  ScormDriver.prototype.set = function (element, value) {
    if (this.finished) return false;
    return this.call(this.names.set, [element, String(value)]);
  };

  ScormDriver.prototype.commit = function () {
    if (this.finished) return false;
    return this.call(this.names.commit, ['']);
  };

  // Initialize and read the learner, saved progress and options.
  ScormDriver.prototype.start = function () {
    const n = this.names;
    if (!this.call(n.init, [''], true)) {
      const err = this.lastError();
      if (n.alreadyInitialized.indexOf(err.code) < 0) throw new Error(n.init + ' failed: error ' + err.code + ' ' + err.text);
      // The page was reloaded inside the same LMS session? Only if the LMS still answers.
      this.get(this.standard === 'scorm2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status');
      if (this.lastError().code !== '0') throw new Error(n.init + ' failed: error ' + err.code + ' ' + err.text);
      warn('the LMS session was already initialized; continuing in it');
    }
    const is2004 = this.standard === 'scorm2004';
    const read = (e12, e2004) => this.get(is2004 ? e2004 : e12);
    const learnerName = presentName(read('cmi.core.student_name', 'cmi.learner_name'));
    const learnerId = read('cmi.core.student_id', 'cmi.learner_id');
    const language = languageCode(read('cmi.student_preference.language', 'cmi.learner_preference.language'));
    const entry = read('cmi.core.entry', 'cmi.entry');
    const suspend = read('cmi.suspend_data', 'cmi.suspend_data');
    const lmsMode = read('cmi.core.lesson_mode', 'cmi.mode');
    const options = parseOptions(read('cmi.launch_data', 'cmi.launch_data'));
    this.learnerId = learnerId;
    this.review = lmsMode === 'review';

    let saved = '';
    if (suspend) {
      try { saved = decodeSave(suspend); } catch (e) {
        quarantine(suspend, 'the LMS suspend data could not be read: ' + e.message, this.standard);
      }
    } else if (entry === 'resume') {
      saved = localCopy(this.standard, learnerId);
      if (saved) warn('the LMS offered no suspend data on resume; using this browser\'s copy');
    }

    // First launch: mark the attempt as started (never downgrade a finished one).
    if (is2004) {
      const completion = this.get('cmi.completion_status');
      const success = this.get('cmi.success_status');
      if (completion === 'completed') this.finalStatus = success === 'passed' ? 'passed' : success === 'failed' ? 'failed' : 'completed';
      else if (!this.review) this.set('cmi.completion_status', 'incomplete');
    } else {
      const status = this.get('cmi.core.lesson_status');
      if (status === 'passed' || status === 'failed' || status === 'completed') this.finalStatus = status;
      else if (!this.review) this.set('cmi.core.lesson_status', 'incomplete');
    }
    this.commit();
    return { learnerName, language, saved, mode: options.mode, passMark: options.passMark, venues: options.venues, form: options.form, entry };
  };

  ScormDriver.prototype.save = function (encoded) {
    if (this.review) return; // the LMS keeps nothing in review mode
    const limit = SUSPEND_LIMIT[this.standard];
    if (encoded.length > limit) {
      warn('save is ' + encoded.length + ' characters, more than the ' + limit + ' the LMS must keep; kept in this browser only');
    } else if (this.set('cmi.suspend_data', encoded)) {
      if (this.lastChoiceId) {
        const location = this.lastChoiceId.slice(0, LOCATION_LIMIT[this.standard]);
        this.set(this.standard === 'scorm2004' ? 'cmi.location' : 'cmi.core.lesson_location', location);
      }
    }
    this.commit();
  };

  ScormDriver.prototype.choice = function (c) {
    if (this.review || this.finished) return;
    const counted = parseInt(this.get('cmi.interactions._count'), 10);
    const n = Number.isFinite(counted) && counted >= 0 ? counted : this.count;
    const p = 'cmi.interactions.' + n + '.';
    const id = cleanId(c.id);
    const now = new Date();
    this.lastChoiceId = id;
    if (!this.set(p + 'id', id)) return; // without the id nothing else may be written
    this.count = n + 1;
    if (this.standard === 'scorm2004') {
      this.set(p + 'type', 'choice');
      this.set(p + 'timestamp', scorm2004Timestamp(now));
      const correct = cleanResponseId(c.correctId);
      if (correct) this.set(p + 'correct_responses.0.pattern', correct);
      const response = cleanResponseId(c.responseId);
      if (response) this.set(p + 'learner_response', response);
      this.set(p + 'result', c.result === 'correct' ? 'correct' : c.result === 'incorrect' ? 'incorrect' : 'neutral');
      this.set(p + 'latency', isoDuration(c.latencySeconds));
      this.set(p + 'weighting', '1');
      const description = cleanDescription((c.hintUsed ? '[hint] ' : '') + c.description);
      if (description) this.set(p + 'description', description);
    } else {
      // SCORM 1.2 choice answers are single letters, which would name a place on
      // screen: "performance" takes the responses' stable ids (CMIFeedback, 255 characters).
      this.set(p + 'type', 'performance');
      this.set(p + 'time', scorm12Time(now));
      const correct = cleanResponseId(c.correctId);
      if (correct) this.set(p + 'correct_responses.0.pattern', correct);
      const response = cleanResponseId(c.responseId);
      if (response) this.set(p + 'student_response', response);
      this.set(p + 'result', c.result === 'correct' ? 'correct' : c.result === 'incorrect' ? 'wrong' : 'neutral');
      this.set(p + 'latency', scorm12Timespan(c.latencySeconds));
      this.set(p + 'weighting', '1');
    }
  };

  ScormDriver.prototype.result = function (r) {
    if (this.review || this.finished) return;
    const score = clampScore(r.score);
    const completed = !!r.completed, passed = !!r.passed;
    this.lastCompleted = completed;
    // A finished attempt keeps its result: a later, unfinished week does not
    // turn it back to incomplete, and a pass is never replaced by a fail.
    if (!completed && this.finalStatus) return;
    if (completed && this.finalStatus === 'passed' && !passed) return;
    const status = completed ? (passed ? 'passed' : 'failed') : 'incomplete';
    if (this.standard === 'scorm2004') {
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
    this.commit();
  };

  // End of the page: exit mode, session time, commit, finish.
  ScormDriver.prototype.end = function (sessionSeconds) {
    if (this.finished) return;
    if (this.standard === 'scorm2004') {
      this.set('cmi.exit', this.lastCompleted ? 'normal' : 'suspend');
      this.set('cmi.session_time', isoDuration(sessionSeconds));
    } else {
      this.set('cmi.core.exit', this.lastCompleted ? '' : 'suspend');
      this.set('cmi.core.session_time', scorm12Timespan(sessionSeconds));
    }
    this.commit();
    this.call(this.names.finish, ['']);
    this.finished = true;
  };

  // [SECTION] cmi5 (xAPI over fetch)

  function Cmi5Driver(params) {
    this.endpoint = params.endpoint.endsWith('/') ? params.endpoint : params.endpoint + '/';
    this.fetchUrl = params.fetch;
    this.actor = params.actor;
    this.registration = params.registration;
    this.activityId = params.activityId;
    this.queue = [];          // statements not yet accepted by the LRS, oldest first
    this.inflight = 0;        // how many at the head of the queue are being sent
    this.sending = false;
    this.statementsOff = false;
    this.finished = false;
    this.flags = { completed: false, passed: false }; // per registration, kept in our State document
    this.judgedThisSession = false;
    this.lastCompleted = false;
    this.savePending = null;  // the newest encoded save not yet stored
    this.saving = false;
    this.stored = '';
  }

  // The token belongs to one LRS and one registration: another endpoint never receives it.
  Cmi5Driver.prototype.sessionKey = function () { return CMI5_SESSION_KEY + this.endpoint + '|' + this.registration; };

  Cmi5Driver.prototype.headers = function (json) {
    const h = { Authorization: 'Basic ' + this.token, 'X-Experience-API-Version': '1.0.3' };
    if (json) h['Content-Type'] = 'application/json';
    return h;
  };

  Cmi5Driver.prototype.stateUrl = function (stateId) {
    const q = new URLSearchParams({ stateId, activityId: this.activityId, agent: JSON.stringify(this.actor), registration: this.registration });
    return this.endpoint + 'activities/state?' + q.toString();
  };

  // Which documents exist (the xAPI's multiple-document GET answers a list),
  // so that a missing one is not asked for: a 404 reads as an error in the
  // browser console. null if the LRS cannot say.
  Cmi5Driver.prototype.listIds = async function (url) {
    try {
      const ids = await this.getJson(url);
      return Array.isArray(ids) ? ids : null;
    } catch (e) { return null; }
  };

  // GETs a JSON document; null if the LRS has none (404).
  Cmi5Driver.prototype.getJson = async function (url) {
    const res = await fetch(url, { headers: this.headers(false), credentials: 'omit' });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error('GET ' + url.split('?')[0] + ' answered ' + res.status);
    const text = await res.text();
    return text ? JSON.parse(text) : null;
  };

  Cmi5Driver.prototype.start = async function () {
    const session = (() => { try { return JSON.parse(storageGet('sessionStorage', this.sessionKey()) || 'null'); } catch (e) { return null; } })();
    if (session && session.token) {
      // A reload: the fetch URL works only once, so reuse the token and start time.
      this.token = session.token;
      this.startedAt = session.startedAt || Date.now();
      this.statementsOff = !!session.terminated;
      if (this.statementsOff) warn('this cmi5 session already ended (terminated); relaunch from the LMS to record more');
    } else {
      const res = await fetch(this.fetchUrl, { method: 'POST', credentials: 'omit' });
      const body = await res.json().catch(() => ({}));
      if (!res.ok || !body['auth-token']) {
        throw new Error('the cmi5 token fetch failed (' + res.status + (body['error-code'] ? ', error-code ' + body['error-code'] + ' ' + (body['error-text'] || '') : '') + ')');
      }
      this.token = body['auth-token'];
      this.startedAt = Date.now();
    }
    this.remember(false);

    const launchData = await this.getJson(this.stateUrl('LMS.LaunchData'));
    if (!launchData || typeof launchData.contextTemplate !== 'object') throw new Error('LMS.LaunchData has no contextTemplate');
    this.launchData = launchData;
    this.contextTemplate = launchData.contextTemplate;
    this.launchMode = launchData.launchMode || 'Normal';
    this.moveOn = launchData.moveOn || 'NotApplicable';
    const mastery = Number(launchData.masteryScore);
    this.masteryScore = launchData.masteryScore !== undefined && launchData.masteryScore !== null && Number.isFinite(mastery) ? mastery : null;
    this.returnURL = safeReturnUrl(launchData.returnURL);

    let language = '';
    try {
      const agent = new URLSearchParams({ agent: JSON.stringify(this.actor) }).toString();
      const profiles = await this.listIds(this.endpoint + 'agents/profile?' + agent);
      if (!profiles || profiles.indexOf('cmi5LearnerPreferences') >= 0) {
        const prefs = await this.getJson(this.endpoint + 'agents/profile?' + agent + '&profileId=cmi5LearnerPreferences');
        if (prefs && prefs.languagePreference) language = languageCode(prefs.languagePreference);
      }
    } catch (e) { warn('cannot read cmi5LearnerPreferences', e); }

    let saved = '';
    try {
      const all = new URLSearchParams({ activityId: this.activityId, agent: JSON.stringify(this.actor), registration: this.registration });
      const states = await this.listIds(this.endpoint + 'activities/state?' + all.toString());
      const mine = states && states.indexOf(CMI5_STATE_ID) < 0 ? null : await this.getJson(this.stateUrl(CMI5_STATE_ID));
      if (mine && typeof mine === 'object') {
        this.flags.completed = !!mine.completed;
        this.flags.passed = !!mine.passed;
        if (mine.save) {
          this.stored = mine.save;
          try { saved = decodeSave(mine.save); } catch (e) { quarantine(mine.save, 'the cmi5 save could not be read: ' + e.message, 'cmi5'); }
        }
      }
    } catch (e) {
      warn('cannot read the saved progress from the LRS', e);
      saved = localCopy('cmi5', this.registration);
    }

    if (!session || !session.initialized) {
      await this.post([this.statement('initialized', {})]);
      this.remember(true);
    }

    const options = parseOptions(launchData.launchParameters);
    const passMark = this.masteryScore !== null ? Math.round(this.masteryScore * 100) : options.passMark;
    return {
      learnerName: this.actor && typeof this.actor.name === 'string' ? this.actor.name : '',
      language, saved, mode: options.mode, passMark, venues: options.venues, form: options.form,
    };
  };

  // Keeps what a reload needs in sessionStorage.
  Cmi5Driver.prototype.remember = function (initialized, terminated) {
    const prev = (() => { try { return JSON.parse(storageGet('sessionStorage', this.sessionKey()) || '{}'); } catch (e) { return {}; } })();
    storageSet('sessionStorage', this.sessionKey(), JSON.stringify({
      token: this.token, startedAt: this.startedAt,
      initialized: !!(prev.initialized || initialized), terminated: !!(prev.terminated || terminated),
    }));
  };

  // The contextTemplate, untouched, plus what this statement adds.
  Cmi5Driver.prototype.context = function (categories, extensions, parent) {
    const ctx = JSON.parse(JSON.stringify(this.contextTemplate || {}));
    ctx.registration = this.registration;
    if (parent) {
      ctx.contextActivities = ctx.contextActivities || {};
      const list = Array.isArray(ctx.contextActivities.parent) ? ctx.contextActivities.parent : [];
      if (!list.some((a) => a && a.id === parent.id)) list.push(parent);
      ctx.contextActivities.parent = list;
    }
    if (categories.length) {
      ctx.contextActivities = ctx.contextActivities || {};
      const list = Array.isArray(ctx.contextActivities.category) ? ctx.contextActivities.category : [];
      categories.forEach((id) => { if (!list.some((a) => a && a.id === id)) list.push({ id, objectType: 'Activity' }); });
      ctx.contextActivities.category = list;
    }
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
    const s = {
      id: uuid(),
      actor: this.actor,
      verb: { id: VERBS[verb], display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: this.activityId },
      context: this.context(categories, opts.extensions),
      timestamp: new Date().toISOString(),
    };
    if (opts.result) s.result = opts.result;
    return s;
  };

  Cmi5Driver.prototype.sessionSeconds = function () { return (Date.now() - this.startedAt) / 1000; };

  // keepalive lets a request outlive the page (within the browser's 64 KB budget).
  Cmi5Driver.prototype.post = async function (statements) {
    const res = await fetch(this.endpoint + 'statements', {
      method: 'POST', headers: this.headers(true), body: JSON.stringify(statements), credentials: 'omit', keepalive: true,
    });
    if (!res.ok) throw new Error('POST statements answered ' + res.status);
  };

  // Sends queued statements in order, one batch at a time.
  Cmi5Driver.prototype.pump = function () {
    if (this.sending || !this.queue.length || this.finished) return;
    this.sending = true;
    const batch = this.queue.slice(0, 20);
    this.inflight = batch.length;
    this.post(batch).then(() => {
      this.queue.splice(0, batch.length);
      this.failures = 0;
    }, (e) => {
      this.failures = (this.failures || 0) + 1;
      warn('statements not recorded yet (try ' + this.failures + ')', e);
      if (this.failures >= 3) { this.queue.splice(0, batch.length); this.failures = 0; warn('dropped ' + batch.length + ' statements the LRS refused'); }
    }).then(() => {
      this.sending = false;
      this.inflight = 0;
      if (this.queue.length && !this.finished) setTimeout(() => this.pump(), this.failures ? 1000 * this.failures : 0);
    });
  };

  Cmi5Driver.prototype.send = function (statement) {
    if (this.statementsOff || this.finished) return;
    this.queue.push(statement);
    this.pump();
  };

  Cmi5Driver.prototype.putState = function (now) {
    if (this.saving && !now) return;
    const doc = { format: 1, save: this.savePending !== null ? this.savePending : this.stored, completed: this.flags.completed, passed: this.flags.passed, updated: new Date().toISOString() };
    const sent = this.savePending;
    this.savePending = null;
    this.dirty = false;
    this.saving = true;
    fetch(this.stateUrl(CMI5_STATE_ID), {
      method: 'PUT', headers: this.headers(true), body: JSON.stringify(doc), credentials: 'omit', keepalive: true,
    }).then((res) => {
      if (!res.ok) throw new Error('PUT state answered ' + res.status);
      if (sent !== null) this.stored = sent;
    }).catch((e) => {
      warn('progress not stored in the LRS yet', e);
      if (sent !== null && this.savePending === null) this.savePending = sent;
      this.dirty = true;
    }).then(() => {
      this.saving = false;
      if ((this.savePending !== null || this.dirty) && !this.finished) setTimeout(() => this.putState(), 500);
    });
  };

  Cmi5Driver.prototype.save = function (encoded) {
    this.savePending = encoded;
    this.putState();
  };

  Cmi5Driver.prototype.choice = function (c) {
    if (this.statementsOff || this.finished) return;
    const id = cleanId(c.id);
    const definition = {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { 'en-US': id },
      interactionType: 'choice',
    };
    const description = cleanDescription((c.hintUsed ? '[hint] ' : '') + c.description);
    if (description) definition.description = { 'en-US': description };
    const correct = cleanResponseId(c.correctId);
    if (correct) definition.correctResponsesPattern = [correct];
    const result = { response: cleanResponseId(c.responseId), duration: isoDuration(c.latencySeconds) };
    if (c.result === 'correct') result.success = true;
    else if (c.result === 'incorrect') result.success = false;
    // cmi5 allowed: any verb, the contextTemplate, no cmi5 category.
    this.send({
      id: uuid(),
      actor: this.actor,
      verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
      object: { objectType: 'Activity', id: this.activityId.replace(/\/+$/, '') + '/interactions/' + id, definition },
      result,
      context: this.context([], null, { id: this.activityId, objectType: 'Activity' }),
      timestamp: new Date().toISOString(),
    });
  };

  Cmi5Driver.prototype.result = function (r) {
    const completed = !!r.completed;
    this.lastCompleted = completed;
    if (!completed || this.statementsOff || this.finished) return;
    if (this.launchMode !== 'Normal') return; // Browse/Review: only initialized and terminated
    const score = clampScore(r.score);
    const duration = isoDuration(this.sessionSeconds());
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
    if (changed) { this.dirty = true; this.putState(); }
  };

  Cmi5Driver.prototype.flush = function () {
    if (this.savePending !== null || this.dirty) this.putState(true);
  };

  Cmi5Driver.prototype.end = function () {
    if (this.finished) return;
    if (this.savePending !== null || this.dirty) this.putState(true);
    if (!this.statementsOff) {
      // The batch in flight goes on by itself (keepalive); send the rest, then terminated, last.
      const batch = this.queue.slice(this.inflight);
      batch.push(this.statement('terminated', { result: { duration: isoDuration(this.sessionSeconds()) } }));
      this.post(batch).catch((e) => warn('terminated not recorded', e));
      this.remember(true, true);
    }
    this.finished = true;
  };

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

  // [SECTION] Local copies and quarantine

  function localCopy(standard, learner) {
    try {
      const copy = JSON.parse(storageGet('localStorage', COPY_KEY) || 'null');
      if (copy && copy.standard === standard && copy.learner === String(learner || '') && typeof copy.text === 'string') return copy.text;
    } catch (e) { /* unreadable copy: ignore */ }
    return '';
  }

  function quarantine(text, reason, standard) {
    try {
      let previous = [];
      try {
        const old = JSON.parse(storageGet('localStorage', QUARANTINE_KEY) || 'null');
        if (old && typeof old === 'object') {
          previous = (Array.isArray(old.previous) ? old.previous : []).concat([{ reason: old.reason, time: old.time, text: old.text, standard: old.standard }]);
          previous = previous.filter((p) => p.text !== text).slice(-4);
        }
      } catch (e) { previous = []; }
      const entry = { reason: String(reason || 'unknown'), time: new Date().toISOString(), text: String(text == null ? '' : text), standard: standard || state.standard };
      if (previous.length) entry.previous = previous;
      storageSet('localStorage', QUARANTINE_KEY, JSON.stringify(entry));
      warn('a save could not be used (' + entry.reason + '); kept in localStorage "' + QUARANTINE_KEY + '"');
    } catch (e) {
      warn('quarantine failed', e);
    }
  }

  // [SECTION] The public adapter

  const state = {
    standard: 'standalone',
    driver: null,
    connected: null,  // the promise connect() returned
    startedAt: Date.now(),
    ended: false,
    learnerKey: '',
    saveKey: SAVE_KEY, // where a standalone page keeps its save: one per package options
  };

  function standaloneLaunch() {
    let options = { mode: '', passMark: null, venues: [] };
    try {
      const q = new URLSearchParams(global.location.search);
      const o = {};
      ['mode', 'passMark', 'venues', 'form'].forEach((k) => { if (q.get(k) !== null) o[k] = q.get(k); });
      if (Object.keys(o).length) options = parseOptions(JSON.stringify(o));
    } catch (e) { /* no options */ }
    // Two packages on one origin (an assessment beside the training) keep separate saves.
    const scoped = options.mode || options.venues.length;
    state.saveKey = scoped ? SAVE_KEY + '.' + (options.mode || 'any') + '.' + (options.venues.join('+') || 'all') : SAVE_KEY;
    return { standard: 'standalone', learnerName: '', language: '', saved: storageGet('localStorage', state.saveKey) || '', mode: options.mode, passMark: options.passMark, venues: options.venues, form: options.form };
  }

  async function connectOnce() {
    state.startedAt = Date.now();
    const attempts = [['scorm2004', 'API_1484_11', 'Initialize'], ['scorm12', 'API', 'LMSInitialize']];
    for (const [standard, name, method] of attempts) {
      const api = findApi(name, method);
      if (!api) continue;
      try {
        const driver = new ScormDriver(api, standard);
        const launch = driver.start();
        state.standard = standard;
        state.driver = driver;
        state.learnerKey = driver.learnerId || '';
        state.startedAt = Date.now();
        return { standard, learnerName: launch.learnerName, language: launch.language, saved: launch.saved, mode: launch.mode, passMark: launch.passMark, venues: launch.venues, form: launch.form };
      } catch (e) {
        warn('found ' + name + ' but could not start (' + e.message + '); playing standalone');
        return standaloneLaunch();
      }
    }
    let params = null;
    try { params = cmi5Params(); } catch (e) { warn(e.message + '; playing standalone'); return standaloneLaunch(); }
    if (params) {
      try {
        const driver = new Cmi5Driver(params);
        const launch = await driver.start();
        state.standard = 'cmi5';
        state.driver = driver;
        state.learnerKey = params.registration;
        state.startedAt = driver.startedAt;
        return Object.assign({ standard: 'cmi5' }, launch);
      } catch (e) {
        warn('cmi5 launch failed (' + e.message + '); playing standalone');
        return standaloneLaunch();
      }
    }
    return standaloneLaunch();
  }

  function connect() {
    if (!state.connected) {
      state.connected = connectOnce().catch((e) => {
        warn('connect failed (' + (e && e.message) + '); playing standalone');
        state.standard = 'standalone';
        state.driver = null;
        return standaloneLaunch();
      });
    }
    return state.connected;
  }

  function guarded(name, fn) {
    return function () {
      try { return fn.apply(null, arguments); } catch (e) { warn(name + ' failed', e); return undefined; }
    };
  }

  const saveProgress = guarded('saveProgress', (text) => {
    const raw = String(text == null ? '' : text);
    if (state.standard === 'standalone' || !state.driver) {
      storageSet('localStorage', state.saveKey, raw);
      return;
    }
    storageSet('localStorage', COPY_KEY, JSON.stringify({ standard: state.standard, learner: state.learnerKey, time: new Date().toISOString(), text: raw }));
    if (state.ended) return;
    state.driver.save(encodeSave(raw));
  });

  const recordChoice = guarded('recordChoice', (c) => {
    if (!state.driver || state.ended || !c || typeof c !== 'object') return;
    state.driver.choice(c);
  });

  const recordResult = guarded('recordResult', (r) => {
    if (!r || typeof r !== 'object') return;
    if (!state.driver || state.ended) return;
    state.driver.result(r);
  });

  // The page is going away: close the session once.
  function end() {
    if (state.ended) return;
    state.ended = true;
    if (state.driver) state.driver.end((Date.now() - state.startedAt) / 1000);
  }

  // The learner chose to leave (a button, not the browser): close the session
  // and, in cmi5, go to the LMS's returnURL if it gave one.
  function exit() {
    end();
    const back = state.driver && state.driver.returnURL;
    if (back) {
      try { global.location.assign(back); } catch (e) { warn('cannot return to the LMS', e); }
    }
  }

  try {
    global.addEventListener('pagehide', guarded('pagehide', end));
    global.document.addEventListener('visibilitychange', guarded('visibilitychange', () => {
      if (global.document.visibilityState !== 'hidden' || state.ended || !state.driver) return;
      if (state.driver.commit) state.driver.commit();
      else if (state.driver.flush) state.driver.flush();
    }));
  } catch (e) { warn('cannot watch the page lifecycle', e); }

  global.MomentsLMS = {
    connect,
    saveProgress,
    recordChoice,
    recordResult,
    quarantine: guarded('quarantine', (text, reason) => quarantine(text, reason)),
    exit: guarded('exit', exit),
    // For tools and tests: the suspend-data codec and time formats.
    codec: { encode: encodeSave, decode: decodeSave, deflateRaw, inflateRaw, base64url, unbase64url },
    formats: { scorm12Timespan, isoDuration, scorm12Time, scorm2004Timestamp, presentName, languageCode, parseOptions, safeReturnUrl },
    get standard() { return state.standard; },
  };
})(typeof window !== 'undefined' ? window : globalThis);
