// Loads web/lms.js into a Node vm with a minimal window, for the codec and
// format tests that need no browser.
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { root } from './server.mjs';

export function loadAdapter({ search = '' } = {}) {
  const store = new Map();
  const storage = {
    getItem: (k) => (store.has(k) ? store.get(k) : null),
    setItem: (k, v) => { store.set(k, String(v)); },
    removeItem: (k) => { store.delete(k); },
  };
  const warnings = [];
  const win = {
    addEventListener() {}, document: { addEventListener() {}, visibilityState: 'visible' },
    location: { search }, crypto: globalThis.crypto, localStorage: storage, sessionStorage: storage,
    TextEncoder, TextDecoder, URLSearchParams, setTimeout, clearTimeout, fetch: () => Promise.reject(new Error('no network')),
    CompressionStream, DecompressionStream, AbortController, btoa, atob, navigator: {},
    console: { ...console, warn: (...a) => warnings.push(a.map(String).join(' ')) },
  };
  win.window = win;
  win.parent = win;
  vm.createContext(win);
  for (const file of ['lms-store.js', 'lms-scorm.js', 'lms-cmi5.js', 'lms.js']) {
    vm.runInContext(readFileSync(`${root}/web/${file}`, 'utf8'), win, { filename: file });
  }
  return { lms: win.MomentsLMS, store, warnings };
}
