// The studio's text in five languages (assets/locales/<lang>/studio.json, copied
// beside the page by the build): lookup, {name} filling, and the static page's labels.

export const LANGUAGES = ['en', 'it', 'ru', 'el', 'ro'];
let table = {};
let english = {};

// The language asked for (?lang=xx), else the browser's, else English.
export function chooseLanguage() {
  const candidates = [new URLSearchParams(location.search).get('lang'), localStorage.getItem('moments-studio-lang'), ...(navigator.languages || [])];
  for (const tag of candidates) {
    const code = String(tag || '').slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(code)) return code;
  }
  return 'en';
}

// Loads a language's text (English stays loaded underneath, for a key a language lacks).
export async function loadLanguage(lang) {
  const fetchTable = async (code) => (await fetch(`locales/${code}/studio.json`)).json();
  if (!Object.keys(english).length) english = await fetchTable('en');
  table = lang === 'en' ? english : await fetchTable(lang);
  document.documentElement.lang = lang;
  try { localStorage.setItem('moments-studio-lang', lang); } catch { /* a private window: the choice lasts this visit */ }
  applyStatic();
}

// The text of `key`, with {name} filled from `values`.
export function t(key, values = {}) {
  const text = table[key] ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// Whether a language has its own text for `key` (field help falls back to the schema's English).
export const has = (key) => key in table;

// Fills the page's fixed text: data-i18n (content), data-i18n-label (aria-label), data-i18n-title (title).
export function applyStatic(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
}
