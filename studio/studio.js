// The venue studio: opens, edits, checks, previews, translates and exports a venue.
// This file wires the page: the document, the views, the engine's checks, the tabs.
import { VenueDoc } from './doc.js';
import { el, announce } from './dom.js';
import { t, chooseLanguage, loadLanguage, LANGUAGES, applyStatic } from './i18n.js';
import { renderForm, selectionOf, pointerOfSelection, useSchema, freshId } from './forms.js';
import { renderGraph } from './graph.js';
import { checker, allProblems, annotateFields, renderProblems, renderBalance, fieldFor } from './check.js';
import { renderTranslations, updateMarks } from './translate.js';
import { renderPreview } from './preview.js';
import { renderExport } from './export.js';
import { loadEngine } from './engine.js';

const $ = (id) => document.getElementById(id);
const view = { tab: 'edit', selection: { kind: 'venue' }, lang: 'en', translateLang: 'it', result: null };
const doc = new VenueDoc(onChange);
let scheduleCheck = () => {};

// [SECTION] Rendering ------------------------------------------------------------------

// The customer list in the sidebar: the venue's settings, then each customer.
function renderCustomers() {
  const encounters = doc.venue && Array.isArray(doc.venue.encounters) ? doc.venue.encounters : [];
  const current = view.selection;
  $('remove-customer').hidden = current.kind === 'venue';
  const item = (label, sel, active) => el('li', {}, el('button', { type: 'button', 'aria-current': active ? 'true' : null,
    onclick: () => select(sel) }, label));
  $('customers').replaceChildren(
    item(t('nav.venue'), { kind: 'venue' }, current.kind === 'venue'),
    ...encounters.map((e, i) => item(`${i + 1}. ${e.name || e.id || '?'}`, { kind: 'encounter', e: i }, current.kind !== 'venue' && current.e === i)));
}

// The form and, for a customer, their dialogue graph.
function renderEdit() {
  renderCustomers();
  renderForm($('form'), doc, view.selection);
  const e = view.selection.e;
  $('graph-section').hidden = view.selection.kind === 'venue';
  if (e !== undefined) renderGraph($('graph'), doc.venue, e, view.selection, select);
  if (view.result) annotateFields(allProblems(view.result));
}

// Everything that shows the document, for the tab that is open.
function renderAll() {
  $('undo').disabled = !doc.undoStack.length;
  $('redo').disabled = !doc.redoStack.length;
  $('unsaved').hidden = !doc.unsaved;
  $('file-name').textContent = doc.fileName;
  if (view.tab === 'edit') renderEdit();
  if (view.tab === 'translate') renderTranslations($('translate-table'), doc, view.translateLang, view.result?.missing?.[view.translateLang]);
  if (view.tab === 'preview') renderPreview($('preview-panel'), doc, view.lang)(view.selection.e ?? 0);
  if (view.tab === 'export') renderExport($('export-panel'), doc);
}

// Shows the engine's answer: problems, the fields they name, the balance table.
function showResult(result) {
  view.result = result;
  renderProblems($('problems'), result, openPointer);
  renderBalance($('balance'), result.balance);
  annotateFields(allProblems(result));
  $('check-time').textContent = t('check.time', { ms: result.millis });
  if (view.tab === 'translate') updateMarks($('translate-table'), doc, view.translateLang, result.missing?.[view.translateLang]);
  if (!document.body.dataset.checked) performance.mark('studio-checked'); // the first check shown: for bench/studio-page.mjs
  document.body.dataset.checked = String(Number(document.body.dataset.checked || 0) + 1);
}

// [SECTION] Navigation -------------------------------------------------------------------

// Opens the form of a selection.
function select(sel) {
  view.selection = sel;
  renderEdit();
}

// Opens the field a problem names and puts the focus on it.
function openPointer(pointer) {
  showTab('edit');
  select(selectionOf(pointer));
  const node = fieldFor(pointer) || $('form');
  const target = node.matches('input, select, textarea') ? node : node.querySelector('input, select, textarea') || node;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

// Switches tabs (the tab list follows the ARIA tabs pattern).
function showTab(name) {
  view.tab = name;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  renderAll();
}

// [SECTION] Changes ---------------------------------------------------------------------------

// Every change of the document: redraw what it touched, and check again.
function onChange(why) {
  const typing = why === 'edit' || why === 'translate';
  $('undo').disabled = !doc.undoStack.length;
  $('redo').disabled = !doc.redoStack.length;
  $('unsaved').hidden = !doc.unsaved;
  if (typing && view.tab === 'edit') {
    renderCustomers();
    if (view.selection.e !== undefined) renderGraph($('graph'), doc.venue, view.selection.e, view.selection, select);
  } else if (!typing) {
    if (!selectionStillThere()) view.selection = { kind: 'venue' };
    renderAll();
  }
  scheduleCheck();
}

// Whether the selected customer, beat or answer still exists (after undo or a removal).
function selectionStillThere() {
  const { kind, e, b, r } = view.selection;
  const enc = doc.venue?.encounters?.[e];
  if (kind === 'venue') return true;
  if (kind === 'encounter') return !!enc;
  if (kind === 'beat') return !!enc?.beats?.[b];
  return !!enc?.beats?.[b]?.responses?.[r];
}

// Asks before work that is not exported would be replaced.
const mayReplace = () => !doc.unsaved || window.confirm(t('confirm.replace'));

// Opens dropped or picked files: the venue (the JSON with encounters) and its translations (<id>.<lang>.json).
async function openFiles(files) {
  if (!files.length || !mayReplace()) return;
  const texts = await Promise.all([...files].map(async (f) => [f.name, await f.text()]));
  const parsed = texts.map(([name, text]) => { try { return [name, text, JSON.parse(text)]; } catch { return [name, text, null]; } });
  const venueFile = parsed.find(([, , json]) => json && Array.isArray(json.encounters)) || parsed[0];
  const translations = {};
  for (const [name, , json] of parsed) {
    const lang = /\.([a-z]{2})\.json$/.exec(name);
    if (json && lang && LANGUAGES.includes(lang[1]) && lang[1] !== 'en' && name !== venueFile[0]) translations[lang[1]] = json;
  }
  view.selection = { kind: 'venue' };
  doc.open(venueFile[1], venueFile[0], translations);
  announce(t('file.opened', { name: venueFile[0] }));
}

// A new venue from a template: a shipped venue (the one chosen beside the button), renamed,
// with its translations, which keep their keys (customers, beats and answers keep their ids).
async function openTemplate() {
  if (!mayReplace()) return;
  const id = $('template-choice').value;
  const json = async (path) => (await fetch(path)).json();
  const venue = await json(`templates/venues/${id}.json`);
  const translations = {};
  for (const [lang, ids] of Object.entries(view.files.templates.locales))
    if (lang !== 'en' && ids.includes(id) && (venue.locales || []).includes(lang)) translations[lang] = await json(`templates/locales/${lang}/${id}.json`);
  Object.assign(venue, { id: 'my_venue', title: t('template.title'), version: 1 });
  view.selection = { kind: 'venue' };
  doc.open(JSON.stringify(venue, null, 2), 'my_venue.json', translations, false);
  announce(t('file.template'));
}

// A new customer at the end, with one beat and two answers to start from.
function addCustomer() {
  doc.edit((d) => {
    const list = d.venue.encounters || (d.venue.encounters = []);
    list.push({ id: freshId(list, 'customer'), name: t('template.customer'), mood: 'calm', expectation: 'standard', patience: 'normal', request: '',
      beats: [{ id: 'start', line: '', responses: [
        { id: 'good', text: '', why: '', satisfaction: 2, seconds: 10, tags: [], next: 'end' },
        { id: 'poor', text: '', why: '', satisfaction: -2, seconds: 10, tags: [], next: 'end' }] }] });
  }, 'structure');
  select({ kind: 'encounter', e: doc.venue.encounters.length - 1 });
}

// Removes the selected customer (the week and forms name them by id: the linter will say where).
function removeCustomer() {
  const e = view.selection.e;
  if (e === undefined || !window.confirm(t('confirm.remove_customer'))) return;
  view.selection = { kind: 'venue' };
  doc.edit((d) => { d.venue.encounters.splice(e, 1); }, 'structure');
}

// [SECTION] Start-up ---------------------------------------------------------------------------

// Wires the page's controls.
function wire() {
  $('open-input').addEventListener('change', (e) => openFiles(e.target.files).then(() => { e.target.value = ''; }));
  $('open').addEventListener('click', () => $('open-input').click());
  $('template').addEventListener('click', openTemplate);
  $('undo').addEventListener('click', () => doc.undo());
  $('redo').addEventListener('click', () => doc.redo());
  $('add-customer').addEventListener('click', addCustomer);
  $('remove-customer').addEventListener('click', removeCustomer);
  for (const tab of document.querySelectorAll('[role="tab"]')) tab.addEventListener('click', () => showTab(tab.dataset.tab));
  $('tabs').addEventListener('keydown', (e) => { // arrow keys move between tabs
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const at = tabs.indexOf(document.activeElement);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (at < 0 || !step) return;
    const next = tabs[(at + step + tabs.length) % tabs.length];
    next.focus();
    showTab(next.dataset.tab);
  });
  $('translate-lang').addEventListener('change', (e) => { view.translateLang = e.target.value; renderAll(); });
  $('ui-lang').addEventListener('change', async (e) => { view.lang = e.target.value; await loadLanguage(view.lang); fillLanguageLists(); renderAll(); if (view.result) showResult(view.result); });
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.target.matches('input, textarea')) return; // a field keeps its own undo
    if (e.key.toLowerCase() === 'z') { e.preventDefault(); if (e.shiftKey) doc.redo(); else doc.undo(); }
    if (e.key.toLowerCase() === 'y') { e.preventDefault(); doc.redo(); }
  });
  document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dropping'); });
  document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  document.addEventListener('drop', (e) => { e.preventDefault(); document.body.classList.remove('dropping'); openFiles(e.dataTransfer.files); });
  window.addEventListener('beforeunload', (e) => { if (doc.unsaved) { e.preventDefault(); e.returnValue = ''; } });
}

// The language menus, named in the studio's language.
function fillLanguageLists() {
  const options = (list, chosen) => list.map((code) => el('option', { value: code, selected: code === chosen }, t(`language.${code}`)));
  $('ui-lang').replaceChildren(...options(LANGUAGES, view.lang));
  $('translate-lang').replaceChildren(...options(LANGUAGES.filter((c) => c !== 'en'), view.translateLang));
  const chosen = $('template-choice').value || 'cafe_counter';
  $('template-choice').replaceChildren(...view.files.templates.venues.map((id) => el('option', { value: id, selected: id === chosen }, t(`template.${id}`))));
  applyStatic();
}

// Loads the text, the schema and the engine, then the autosaved work or the template.
async function start() {
  view.lang = chooseLanguage();
  const [schema, files, engine] = await Promise.all([fetch('venue.schema.json').then((r) => r.json()), fetch('files.json').then((r) => r.json()),
    loadEngine('./'), loadLanguage(view.lang)]);
  view.files = files;
  useSchema(schema);
  fillLanguageLists();
  wire();
  scheduleCheck = checker(engine, doc, showResult);
  const saved = VenueDoc.autosaved();
  if (saved) {
    doc.restore(saved);
    doc.markSaved(); // it is in the browser: reloading did not lose it
    doc.changed('open');
  } else await openTemplate();
  showTab('edit');
  document.body.dataset.ready = 'true';
  performance.mark('studio-interactive');
}

start().catch((e) => {
  $('fatal').hidden = false;
  $('fatal').textContent = t('fatal', { reason: e.message });
  console.error(e);
});
