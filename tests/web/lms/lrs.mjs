// A small cmi5 launcher and LRS for the tests, as routes for startLms: a
// one-time token at /cmi5/fetch, the State API (LMS.LaunchData and the AU's
// own documents), the learner-preferences Agent Profile, and a statement
// store that keeps arrival order. Every xAPI call must carry the token.
import { readBody } from './server.mjs';

export const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export function createLrs() {
  const lrs = {
    token: 'dGVzdGVyOnNlY3JldA==',
    fetches: 0,            // POSTs to the fetch URL
    badFetches: 0,         // GETs or repeats
    unauthorized: [],      // xAPI requests without the right headers
    statements: [],        // in arrival order
    state: new Map(),      // key → JSON text
    launchDataWrites: 0,   // the AU must never write LMS.LaunchData
    launchData: null,      // set per test
    preferences: { languagePreference: 'ro-RO,en-US', audioPreference: 'on' },
    duplicates: 0,         // statements posted again with an id the LRS already has (kept once)
    // Injected faults: { on: (url) => bool, hang: true } holds matching requests
    // unanswered until released; { on, status } answers them with that status.
    fault: null,
    held: [],

    // The launch URL an LMS would open for the AU at `au` (the <url> of cmi5.xml).
    launchUrl(base, { actor, registration, activityId, au = 'index.html' }) {
      const q = new URLSearchParams({
        endpoint: base + 'xapi/',
        fetch: base + 'cmi5/fetch?registration=' + encodeURIComponent(registration),
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return base + 'pkg/' + au + (au.includes('?') ? '&' : '?') + q.toString();
    },

    // A new launch (a new session): the token may be fetched once more.
    newSession(launchData) {
      lrs.fetched = false;
      lrs.launchData = launchData;
    },

    // Ends a hang: the held requests are answered (processed late, as a slow LRS does).
    release() {
      lrs.fault = null;
      const held = lrs.held.splice(0);
      for (const h of held) lrs.route(h.req, h.res, h.url);
    },

    async route(req, res, url) {
      const json = (status, body) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
        return true;
      };
      if ((url.pathname.startsWith('/xapi/') || url.pathname === '/cmi5/fetch') && lrs.fault && lrs.fault.on(url, req)) {
        if (lrs.fault.hang) { lrs.held.push({ req, res, url }); return true; }
        return json(lrs.fault.status, { error: 'injected fault' });
      }
      if (url.pathname === '/cmi5/fetch') {
        if (req.method !== 'POST' || lrs.fetched) {
          lrs.badFetches++;
          return json(200, { 'error-code': '1', 'error-text': 'The fetch URL was already used' });
        }
        lrs.fetched = true;
        lrs.fetches++;
        return json(200, { 'auth-token': lrs.token });
      }
      if (!url.pathname.startsWith('/xapi/')) return false;
      if (req.headers.authorization !== 'Basic ' + lrs.token || req.headers['x-experience-api-version'] !== '1.0.3') {
        lrs.unauthorized.push(req.method + ' ' + url.pathname);
        return json(401, { error: 'unauthorized' });
      }
      const path = url.pathname.slice('/xapi/'.length);
      if (path === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
        const body = JSON.parse(await readBody(req));
        const list = Array.isArray(body) ? body : [body];
        for (const s of list) {
          // An id the LRS has already stored is not stored again (xAPI 1.0.3 §2.2).
          if (lrs.statements.some((old) => old.id === s.id)) lrs.duplicates++;
          else lrs.statements.push(s);
        }
        return json(200, list.map((s) => s.id));
      }
      if (path === 'activities/state') {
        const id = url.searchParams.get('stateId');
        if (!id && req.method === 'GET') {
          // The multiple-document GET: the ids of this agent's documents for the activity and registration.
          const tail = '\n' + [url.searchParams.get('activityId'), url.searchParams.get('agent'), url.searchParams.get('registration')].join('\n');
          const ids = [...lrs.state.keys()].filter((k) => k.endsWith(tail)).map((k) => k.slice(0, -tail.length));
          return json(200, lrs.launchData ? ['LMS.LaunchData', ...ids] : ids);
        }
        const key = [id, url.searchParams.get('activityId'), url.searchParams.get('agent'), url.searchParams.get('registration')].join('\n');
        if (id === 'LMS.LaunchData') {
          if (req.method !== 'GET') { lrs.launchDataWrites++; return json(403, { error: 'read only' }); }
          return json(200, lrs.launchData);
        }
        if (req.method === 'GET') {
          if (!lrs.state.has(key)) return json(404, { error: 'no such document' });
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(lrs.state.get(key));
          return true;
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          lrs.state.set(key, await readBody(req));
          res.writeHead(204).end();
          return true;
        }
      }
      if (path === 'agents/profile' && req.method === 'GET' && !url.searchParams.get('profileId')) {
        return json(200, lrs.preferences ? ['cmi5LearnerPreferences'] : []);
      }
      if (path === 'agents/profile' && req.method === 'GET') {
        if (url.searchParams.get('profileId') === 'cmi5LearnerPreferences' && lrs.preferences) return json(200, lrs.preferences);
        return json(404, { error: 'no such profile' });
      }
      return json(400, { error: 'not supported by the test LRS: ' + req.method + ' ' + path });
    },

    verbs() { return lrs.statements.map((s) => s.verb.id.split('/').pop()); },
  };
  return lrs;
}
