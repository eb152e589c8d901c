// The page: reads files and LRS statements into attempts, keeps the filters,
// the language and the hidden-names switch, and shows one view at a time.
// Nothing read here leaves the browser, and nothing is stored in it.
(function (MR) {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const state = {
    attempts: [],          // from CSV and Moodle files
    statements: new Map(), // xAPI statement id → {statement, group}
    sources: [],           // [{name, format, count}]
    view: 'overview',
    hideNames: false,
  };
  const index = MR.cohort.indexCatalogue(MR.catalogue);

  // [SECTION] Text

  // Fills every element marked data-t (text), data-t-label (aria-label) or data-t-placeholder.
  function translatePage() {
    document.documentElement.lang = MR.lang;
    document.title = MR.t('page.title');
    document.querySelectorAll('[data-t]').forEach((n) => { n.textContent = MR.t(n.dataset.t); });
    document.querySelectorAll('[data-t-label]').forEach((n) => n.setAttribute('aria-label', MR.t(n.dataset.tLabel)));
    document.querySelectorAll('[data-t-placeholder]').forEach((n) => n.setAttribute('placeholder', MR.t(n.dataset.tPlaceholder)));
  }

  // The language from ?lang=, else the browser's, else English.
  function initialLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    const wanted = [asked].concat(navigator.languages || [navigator.language]).filter(Boolean).map((l) => l.slice(0, 2).toLowerCase());
    return wanted.find((l) => MR.languages.includes(l)) || 'en';
  }

  // Switches the text, loading that language's venue lines first (once).
  async function setLanguage(lang) {
    MR.lang = lang;
    if (lang !== 'en' && !MR.translations[lang]) {
      try { await MR.loadScript('venues-' + lang + '.js'); } catch (e) { status(MR.t('status.no_translation'), true); }
    }
    $('language').value = lang;
    translatePage();
    render();
  }

  // Announces progress and problems in the live region.
  function status(text, problem) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('problem', !!problem);
  }

  // [SECTION] Inputs

  // The pass mark typed in, kept within 0–100 (70 otherwise).
  function passMark() {
    const n = Number($('pass-mark').value);
    return Number.isFinite(n) && n >= 0 && n <= 100 ? n : 70;
  }

  // Keeps each statement once (by id), with the group it was added under; returns how many were new.
  function addStatements(name, statements, group) {
    let added = 0;
    statements.forEach((s, i) => {
      const id = s.id || name + '#' + i;
      if (!state.statements.has(id)) { state.statements.set(id, { statement: s, group }); added++; }
    });
    state.sources.push({ name, format: 'xapi', count: added });
    return added;
  }

  // Reads the chosen files in the browser and files their attempts or statements.
  async function readFiles(files) {
    const group = $('group-input').value.trim();
    const problems = [];
    for (const file of files) {
      const text = await file.text();
      const found = MR.inputs.read(file.name, text, { group, lastModified: file.lastModified || null });
      if (found.format === 'xapi') addStatements(file.name, found.statements, group);
      else if (found.format) {
        const known = new Set(state.attempts.map((a) => a.key)); // the same file added twice counts once
        const fresh = found.attempts.filter((a) => !known.has(a.key));
        state.attempts.push(...fresh);
        state.sources.push({ name: file.name, format: found.format, count: fresh.length });
      } else problems.push(file.name);
    }
    status(problems.length ? MR.t('status.unknown_files', { files: problems.join(', ') }) : MR.t('status.loaded', { n: files.length }), problems.length > 0);
    refresh();
  }

  // Fetches statements with the typed key; the secret field is emptied whatever happens.
  async function fetchLrs(event) {
    event.preventDefault();
    const form = event.target;
    const endpoint = $('lrs-endpoint').value.trim();
    const button = form.querySelector('button');
    button.disabled = true;
    status(MR.t('status.fetching'));
    try {
      const statements = await MR.lrs.fetchStatements({ endpoint, user: $('lrs-user').value, password: $('lrs-password').value },
        (n) => status(MR.t('status.fetched_so_far', { n })));
      const added = addStatements(new URL(endpoint, location.href).host, statements, $('group-input').value.trim());
      status(MR.t('status.fetched', { n: statements.length, added }));
    } catch (e) {
      status(MR.t('status.lrs_failed', { reason: e.message }), true);
    } finally {
      $('lrs-password').value = ''; // typed for one fetch; never kept
      button.disabled = false;
    }
    refresh();
  }

  // Forgets every attempt and statement (nothing else holds them).
  function clearAll() {
    state.attempts = [];
    state.statements.clear();
    state.sources = [];
    status(MR.t('status.cleared'));
    refresh();
  }

  // [SECTION] Filters and views


  // Every attempt loaded, classified against the venue content and the pass mark.
  function allAttempts() {
    const xapi = MR.inputs.xapiAttempts([...state.statements.values()]);
    return state.attempts.concat(xapi).map((a) => MR.cohort.classify(index, a, passMark()));
  }

  // A date field as local midnight in ms, or null when empty.
  function dayValue(id) {
    const v = $(id).value;
    return v ? new Date(v + 'T00:00:00').getTime() : null;
  }

  // Learner names as loaded, or "Learner 1…n" (in name order) for a screen share.
  function namer(attempts) {
    const names = [...new Set(attempts.map((a) => a.learner))].sort();
    const number = new Map(names.map((n, i) => [n, i + 1]));
    return (learner) => (state.hideNames ? MR.t('learner.hidden', { n: number.get(learner) }) : learner);
  }

  // The group filter offers the groups in the data, keeping the choice if it still exists.
  function refreshGroups(attempts) {
    const select = $('group-filter');
    const chosen = select.value;
    const groups = [...new Set(attempts.map((a) => a.group).filter(Boolean))].sort();
    select.replaceChildren(MR.el('option', { value: '', 'data-t': 'filter.all_groups', text: MR.t('filter.all_groups') }),
      ...groups.map((g) => MR.el('option', { value: g, text: g })));
    select.value = groups.includes(chosen) ? chosen : '';
  }

  // What has been added, per format, and the button to remove it.
  function renderSources() {
    const byFormat = new Map();
    state.sources.forEach((s) => {
      const f = byFormat.get(s.format) || { files: 0, n: 0 };
      byFormat.set(s.format, { files: f.files + 1, n: f.n + s.count });
    });
    $('sources').replaceChildren(...[...byFormat.entries()].map(([format, f]) => MR.el('li', { 'data-format': format, text: MR.t('source.' + format, f) })));
    $('clear').hidden = state.sources.length === 0;
  }

  // Shows the chosen view for the filtered attempts.
  function render() {
    const all = allAttempts();
    const attempts = MR.cohort.filter(all, { group: $('group-filter').value, from: dayValue('date-from'), to: dayValue('date-to') });
    const ctx = { index, attempts, passMark: passMark(), name: namer(all), w: MR.views.words(index) };
    document.querySelectorAll('[role="tab"]').forEach((tab) => {
      const on = tab.dataset.view === state.view;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    });
    const panel = $('view');
    panel.setAttribute('aria-labelledby', 'tab-' + state.view);
    panel.replaceChildren(...(all.length ? MR.views[state.view](ctx) : [MR.el('p', { class: 'empty', text: MR.t('empty.start') })]).filter(Boolean));
    $('filtered').textContent = all.length ? MR.t('filter.showing', { shown: attempts.length, all: all.length }) : '';
  }

  // After data changed: groups, sources and the view.
  function refresh() {
    refreshGroups(allAttempts());
    renderSources();
    render();
  }

  // Tabs: click, or arrow keys / Home / End between them (WAI-ARIA tabs pattern).
  function onTabKey(event) {
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const at = tabs.indexOf(event.target);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab.focus();
    showView(tab.dataset.view);
  }

  // Makes `view` the selected tab and shows it.
  function showView(view) {
    state.view = view;
    render();
  }

  // [SECTION] Start

  // Wires the controls once the page is parsed, then shows the start view.
  function start() {
    const select = $('language');
    select.replaceChildren(...MR.languages.map((l) => MR.el('option', { value: l, lang: l, text: (MR.locales[l] || {})['language.name'] || l })));
    select.addEventListener('change', () => setLanguage(select.value));
    $('files').addEventListener('change', (e) => { readFiles([...e.target.files]); e.target.value = ''; });
    $('lrs-form').addEventListener('submit', fetchLrs);
    $('clear').addEventListener('click', clearAll);
    $('hide-names').addEventListener('change', (e) => { state.hideNames = e.target.checked; render(); });
    ['group-filter', 'date-from', 'date-to', 'pass-mark'].forEach((id) => $(id).addEventListener('change', render));
    document.querySelectorAll('[role="tab"]').forEach((tab) => {
      tab.addEventListener('click', () => showView(tab.dataset.view));
      tab.addEventListener('keydown', onTabKey);
    });
    setLanguage(initialLanguage()).then(refresh);
  }

  // For tests and the curious: how many attempts are loaded (no learner data is exposed here).
  MR.loaded = () => ({ attempts: state.attempts.length, statements: state.statements.size, sources: state.sources.length });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window.MomentsReport);
