// Reads statements from an LRS (xAPI 1.0.3 GET /statements, following "more").
// The credentials go into the request's Authorization header and nowhere
// else: not into storage, not into the address, not into any other request.
(function (MR) {
  'use strict';

  const PAGE_LIMIT = 500, MAX_PAGES = 2000;

  // "user:password" as HTTP Basic credentials (UTF-8, as RFC 7617 recommends).
  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return 'Basic ' + btoa(binary);
  }

  // Every statement the account may read (optionally since a date), page by page.
  async function fetchStatements({ endpoint, user, password, since }, onPage) {
    const base = /\/$/.test(endpoint) ? endpoint : endpoint + '/';
    const headers = { Authorization: basic(user, password), 'X-Experience-API-Version': '1.0.3', Accept: 'application/json' };
    const query = new URLSearchParams({ limit: String(PAGE_LIMIT) });
    if (since) query.set('since', new Date(since).toISOString());
    let url = new URL('statements?' + query.toString(), base).href;
    const statements = [];
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const res = await fetch(url, { headers, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
      if (!res.ok) throw new Error(String(res.status));
      const doc = await res.json();
      statements.push(...(Array.isArray(doc.statements) ? doc.statements : []));
      if (onPage) onPage(statements.length);
      url = doc.more ? new URL(doc.more, base).href : '';
    }
    return statements;
  }

  MR.lrs = { fetchStatements, basic };
})(window.MomentsReport);
