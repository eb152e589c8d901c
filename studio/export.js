// Export: the venue's files, and SCORM 1.2, SCORM 2004 and cmi5 zips built in the
// browser by web/packaging/package.mjs (the code tools/package runs) from the
// copy of the game build beside the studio, with title, mode and pass mark.
import { el, download, announce } from './dom.js';
import { t } from './i18n.js';
import { makePackage } from './packaging/package.js';

export const KINDS = [['scorm12', 'export.scorm12'], ['scorm2004', 'export.scorm2004'], ['cmi5', 'export.cmi5']];

// What the build put beside the studio: the game's files, the interface text and the manifest
// templates (files.json lists them).
let shared = null;
async function sharedFiles() {
  if (shared) return shared;
  const list = await (await fetch('files.json')).json();
  const bytes = async (path) => new Uint8Array(await (await fetch(path)).arrayBuffer());
  const text = async (path) => (await fetch(path)).text();
  const gameFiles = {};
  const languagePack = /^assets\.[a-z]{2}\.pack\.gz$/; // a package stages its own
  for (const name of list.game.filter((n) => !languagePack.test(n))) gameFiles[name] = await bytes(`game/${name}`);
  const templates = {};
  for (const name of list.packaging) templates[name] = await text(`packaging/${name}`);
  const interfaceText = {};
  for (const lang of list.languages) interfaceText[lang] = await text(`locales/${lang}/ui.json`);
  shared = { gameFiles, templates, interfaceText };
  return shared;
}

// The package of `kind` for the venue being edited, with the options chosen on the page.
export async function buildPackage(doc, kind, { title, mode, passMark }) {
  const { gameFiles, templates, interfaceText } = await sharedFiles();
  const translations = Object.fromEntries(Object.entries(doc.translationTexts()).filter(([lang]) => (doc.venue.locales || []).includes(lang)));
  return makePackage({ kind, title, mode, passMark, form: null, venues: [{ text: doc.text, translations }], interfaceText, gameFiles, templates });
}

// The export panel: venue files, then the package options and a button per package kind.
export function renderExport(holder, doc) {
  const venue = doc.venue && typeof doc.venue === 'object' ? doc.venue : {};
  const id = venue.id || 'venue';
  const status = el('p', { role: 'status', class: 'status' });
  const title = el('input', { id: 'pkg-title', type: 'text', value: venue.title || '' });
  const mode = el('select', { id: 'pkg-mode' }, ['training', 'assessment'].map((m) => el('option', { value: m }, t(`mode.${m}`))));
  const passMark = el('input', { id: 'pkg-pass', type: 'number', min: 0, max: 100, value: 70 });
  const translationButtons = Object.keys(doc.translations).filter((lang) => lang !== 'en').map((lang) =>
    el('button', { type: 'button', onclick: () => download(`${id}.${lang}.json`, JSON.stringify(doc.translations[lang], null, 2) + '\n') },
      t('export.translation', { language: t(`language.${lang}`) })));
  const packageButton = ([kind, label]) => el('button', { type: 'button', dataset: { kind }, onclick: async () => {
    status.textContent = t('export.building');
    try {
      const result = await buildPackage(doc, kind, { title: title.value, mode: mode.value, passMark: Number(passMark.value) });
      download(`${id}-${kind}.zip`, result.zip, 'application/zip');
      status.textContent = t('export.done', { name: `${id}-${kind}.zip`, n: result.files.length });
      doc.markSaved();
    } catch (e) {
      status.textContent = t('export.failed', { reason: e.message });
    }
    announce(status.textContent);
  } }, t(label));
  holder.replaceChildren(
    el('h2', {}, t('export.files')),
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', onclick: () => { download(`${id}.json`, doc.text.trimEnd() + '\n'); doc.markSaved(); } }, t('export.venue')),
      translationButtons),
    el('p', { class: 'help' }, t('export.files_help', { id })),
    el('h2', {}, t('export.packages')),
    el('div', { class: 'field' }, el('label', { for: 'pkg-title' }, t('export.title')), title),
    el('div', { class: 'field' }, el('label', { for: 'pkg-mode' }, t('export.mode')), mode),
    el('div', { class: 'field' }, el('label', { for: 'pkg-pass' }, t('export.pass_mark')), passMark),
    el('div', { class: 'toolbar' }, KINDS.map(packageButton)),
    status);
}
