// Translate: a table per language of every string of the venue, missing ones
// marked, and gettext PO files in and out in the format tools/translate writes
// (the key as msgctxt, the English as msgid, what it is as a comment).
import { el, download, announce } from './dom.js';
import { t } from './i18n.js';
import PO from './lib/pofile.js';

// [SECTION] The venue's strings ------------------------------------------------------

// Every string of a venue as [key, English, what it is], in the game's key scheme (game/content/localise.h).
export function venueStrings(venue) {
  const out = [['title', venue.title, t('role.title')]];
  for (const p of venue.policies || []) out.push([`policy.${p.id}`, p.text, t('role.policy')]);
  for (const e of venue.encounters || []) {
    out.push([`${e.id}.name`, e.name, t('role.name')], [`${e.id}.request`, e.request, t('role.request')]);
    if (e.hidden_need) out.push([`${e.id}.hidden_need`, e.hidden_need, t('role.hidden_need')]);
    for (const b of e.beats || []) {
      out.push([`${e.id}.${b.id}.line`, b.line, t('role.line')]);
      for (const r of b.responses || []) {
        const at = `${e.id}.${b.id}.${r.id}`;
        out.push([`${at}.text`, r.text, t('role.text')], [`${at}.why`, r.why, t('role.why')]);
        if (r.promise && r.promise.text) out.push([`${at}.promise`, r.promise.text, t('role.promise')]);
      }
    }
  }
  return out.filter(([, english]) => typeof english === 'string');
}

// [SECTION] PO files --------------------------------------------------------------------

// The PO text of a language: every string, its present translation or empty.
export function exportPo(venue, lang, table) {
  const po = new PO();
  po.headers = { 'Project-Id-Version': 'Moments of Truth', Language: lang, 'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8', 'Content-Transfer-Encoding': '8bit' }; // as tools/translate writes them
  for (const [key, english, role] of venueStrings(venue)) {
    const item = new PO.Item();
    item.msgctxt = key;
    item.msgid = english;
    item.msgstr = [table[key] || ''];
    item.extractedComments = [role];
    po.items.push(item);
  }
  return po.toString();
}

// The translations a PO text brings: translated, not fuzzy, and made from today's English
// (an entry whose English has changed since is left out, so it shows as missing).
export function importPo(venue, text) {
  const english = new Map(venueStrings(venue).map(([key, en]) => [key, en]));
  const found = {};
  for (const item of PO.parse(text).items) {
    const value = (item.msgstr || [])[0];
    if (!value || item.flags.fuzzy || english.get(item.msgctxt) !== item.msgid) continue;
    found[item.msgctxt] = value;
  }
  return found;
}

// [SECTION] The table ----------------------------------------------------------------------

// Whether a string lacks its translation: empty here, or named missing by the engine's last check.
const lacking = (table, missing, key) => !table[key] || (missing || []).includes(key);

// The line that counts the missing strings.
const summary = (gaps, total) => el('p', { class: gaps ? 'status bad' : 'status good', role: 'status' }, t('translate.summary', { missing: gaps, total }));

// Brings the missing marks and the count up to date after a check, without redrawing the inputs being typed in.
export function updateMarks(holder, doc, lang, missing) {
  const table = doc.translations[lang] || {};
  const rows = [...holder.querySelectorAll('tr[data-key]')];
  let gaps = 0;
  for (const row of rows) {
    const lacks = lacking(table, missing, row.dataset.key);
    gaps += lacks ? 1 : 0;
    row.classList.toggle('missing', lacks);
    row.querySelector('.badge').hidden = !lacks;
  }
  const line = holder.querySelector('.status');
  if (line) line.replaceWith(summary(gaps, rows.length));
}

// The translation table of `lang`, with its PO buttons, into `holder`.
export function renderTranslations(holder, doc, lang, missing) {
  const venue = doc.venue;
  if (!venue || typeof venue !== 'object') { holder.replaceChildren(el('p', {}, t('form.not_json'))); return; }
  const table = doc.translations[lang] || {};
  const strings = venueStrings(venue);
  const gaps = strings.filter(([key]) => lacking(table, missing, key)).length;
  const offered = (venue.locales || []).includes(lang);
  const importInput = el('input', { type: 'file', accept: '.po,text/x-gettext-translation', id: 'po-import', class: 'visually-hidden',
    tabindex: '-1', 'aria-hidden': 'true',
    onchange: async () => {
      const file = importInput.files[0];
      if (!file) return;
      const found = importPo(venue, await file.text());
      doc.edit((d) => { d.translations[lang] = { ...(d.translations[lang] || {}), ...found }; }, 'import');
      announce(t('translate.imported', { n: Object.keys(found).length }));
    } });
  holder.replaceChildren(
    summary(gaps, strings.length),
    offered ? null : el('p', { class: 'note' }, t('translate.not_offered')),
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', onclick: () => download(`${venue.id || 'venue'}.${lang}.po`, exportPo(doc.venue, lang, doc.translations[lang] || {}), 'text/x-gettext-translation') },
        t('translate.export_po')),
      el('button', { type: 'button', onclick: () => importInput.click() }, t('translate.import_po')), importInput),
    el('table', { class: 'strings' },
      el('caption', {}, t('translate.caption', { language: t(`language.${lang}`) })),
      el('thead', {}, el('tr', {}, ['translate.key', 'translate.english', 'translate.translation'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, strings.map(([key, english]) => {
        const lacks = lacking(table, missing, key);
        const id = 'tr-' + key.replace(/[^a-zA-Z0-9_]/g, '-');
        return el('tr', { class: lacks ? 'missing' : '', dataset: { key } },
          el('th', { scope: 'row' }, el('code', {}, key), el('span', { class: 'badge', hidden: !lacks }, t('translate.missing'))),
          el('td', { id: id + '-en', lang: 'en' }, english),
          el('td', {}, el('textarea', { rows: 2, lang, 'aria-label': t('translate.input', { key }), dataset: { key },
            oninput: (e) => doc.translate(lang, key, e.target.value) }, table[key] || '')));
      }))));
}
