// Check as you type: the engine (our linter and bots in WebAssembly) reads the
// venue a moment after each change; its problems are listed, linked to their
// fields and shown under them, with the GAME.md §5 balance table and its rules.
import { el, idFor } from './dom.js';
import { t } from './i18n.js';

const DEBOUNCE_MS = 300;

// Runs engine.check a moment after the last change and hands the result on.
export function checker(engine, doc, onResult) {
  let timer = 0;
  return function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const started = performance.now();
      const result = engine.check(doc.text, doc.translationTexts());
      result.millis = Math.round(performance.now() - started);
      onResult(result);
    }, DEBOUNCE_MS);
  };
}

// Every problem as {pointer, message, rule, kind}: the loader's errors first.
export function allProblems(result) {
  return [...result.errors.map((p) => ({ ...p, kind: 'error' })), ...result.problems.map((p) => ({ ...p, kind: 'problem' }))];
}

// The field that shows a pointer's problem: the field itself, else its nearest enclosing one on the page.
export function fieldFor(pointer, root = document) {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const node = root.querySelector(`[data-pointer="${CSS.escape(p)}"]`);
    if (node || p === '') return node;
  }
}

// Marks the fields on the page with the problems that name them.
export function annotateFields(problems, root = document) {
  for (const slot of root.querySelectorAll('.field .problem')) { slot.hidden = true; slot.textContent = ''; }
  for (const input of root.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const problem of problems) {
    const node = fieldFor(problem.pointer, root);
    if (!node || !node.id) continue;
    const slot = document.getElementById(idFor('f', node.dataset.pointer) + '-problem');
    if (!slot) continue;
    slot.hidden = false;
    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + problem.message;
    node.setAttribute('aria-invalid', 'true');
  }
}

// The list of problems: each one a button that opens its field.
export function renderProblems(holder, result, open) {
  const problems = allProblems(result);
  const summary = problems.length ? t('check.count', { n: problems.length }) : t('check.clean');
  holder.replaceChildren(
    el('p', { class: problems.length ? 'status bad' : 'status good', role: 'status' }, summary),
    el('ul', {}, problems.map((p) => el('li', { class: p.kind },
      el('button', { type: 'button', class: 'link', onclick: () => open(p.pointer) },
        el('span', { class: 'where' }, p.lang ? `${p.lang}: ` : p.pointer || '/'), ' ', p.message, p.rule ? ` [${p.rule}]` : '')))));
}

// The balance table: one row per bot, its week's and assessment's figures (the
// numeric cells of the engine's rows), then the §5 rules with pass or fail.
export function renderBalance(holder, balance) {
  if (!balance) { holder.replaceChildren(el('p', {}, t('balance.none'))); return; }
  const rows = balance.rows || [];
  const groups = ['week', 'assessment'].map((group) => [group,
    Object.keys((rows[0] || {})[group] || {}).filter((k) => typeof rows[0][group][k] === 'number')]);
  const shown = (v) => String(Math.round(v * 10) / 10);
  holder.replaceChildren(
    el('p', { class: balance.passed ? 'status good' : 'status bad', dataset: { passed: String(!!balance.passed) } },
      balance.passed ? t('balance.passed') : t('balance.failed')),
    el('table', { class: 'balance' },
      el('caption', {}, t('balance.caption', { seeds: balance.seeds ?? '?' })),
      el('thead', {},
        el('tr', {}, el('td', {}), groups.map(([group, keys]) => el('th', { scope: 'colgroup', colspan: keys.length }, t(`balance.${group}`)))),
        el('tr', {}, el('th', { scope: 'col' }, t('balance.bot')), groups.map(([, keys]) => keys.map((k) => el('th', { scope: 'col' }, t(`balance.${k}`)))))),
      el('tbody', {}, rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, row.bot),
        groups.map(([group, keys]) => keys.map((k) => el('td', {}, shown(row[group][k])))))))),
    el('ul', { class: 'rules' }, (balance.rules || []).map((rule) => el('li', { class: rule.ok ? 'pass' : 'fail', dataset: { rule: rule.id } },
      el('strong', {}, rule.ok ? t('balance.pass') : t('balance.fail')), ' ', rule.text))));
}
