// The forms: venue settings, a customer, a beat, an answer. Every input edits one
// JSON pointer of the venue; its help is the schema's description (translated in
// studio.json), and the engine's problems appear under the field they name.
import { el, idFor } from './dom.js';
import { t, has } from './i18n.js';
import { pointerOf, steps } from './doc.js';
import { LANGUAGES } from './i18n.js';

let schema = null;
// The venue schema the fields take their help and choices from (docs/venue.schema.json).
export function useSchema(venueSchema) { schema = venueSchema; }

// [SECTION] Selection ---------------------------------------------------------------

// What a pointer belongs to: the venue, a customer, a beat or an answer.
export function selectionOf(pointer) {
  const s = steps(pointer);
  if (s[0] !== 'encounters' || s.length < 2) return { kind: 'venue' };
  const e = Number(s[1]);
  if (s[2] !== 'beats' || s.length < 4) return { kind: 'encounter', e };
  const b = Number(s[3]);
  if (s[4] !== 'responses' || s.length < 6) return { kind: 'beat', e, b };
  return { kind: 'response', e, b, r: Number(s[5]) };
}

// The pointer of a selection.
export function pointerOfSelection(sel) {
  if (sel.kind === 'venue') return '';
  const list = ['encounters', sel.e];
  if (sel.kind !== 'encounter') list.push('beats', sel.b);
  if (sel.kind === 'response') list.push('responses', sel.r);
  return pointerOf(list);
}

// [SECTION] Fields -------------------------------------------------------------------

// The schema node describing a field of a definition ("venue" is the root).
function schemaField(def, name) {
  if (!schema) return {};
  const holder = def === 'venue' ? schema : def.includes('.') ? schema.properties[def.split('.')[1]] : schema.$defs[def];
  return (holder && holder.properties && holder.properties[name]) || {};
}

// The help of a field: the schema's description in English, studio.json's text in the others.
function helpText(def, name) {
  const key = `help.${def}.${name}`;
  if (document.documentElement.lang !== 'en' && has(key)) return t(key);
  return schemaField(def, name).description || t(key);
}

// The values a field may take, from the schema's enum or oneOf.
function choicesOf(def, name) {
  const node = schemaField(def, name);
  if (node.enum) return node.enum;
  if (node.oneOf) return node.oneOf.map((o) => o.const).filter((c) => c !== undefined);
  return [];
}

// How each kind of input reads its value back into JSON (undefined drops an optional key).
const readers = {
  text: (input, optional) => (optional && input.value === '' ? undefined : input.value),
  textarea: (input, optional) => (optional && input.value === '' ? undefined : input.value),
  int: (input) => (/^-?\d+$/.test(input.value.trim()) ? Number(input.value) : undefined),
  select: (input, optional) => (optional && input.value === '' ? undefined : input.value),
  bool: (input) => (input.checked ? true : undefined),
  list: (input) => input.value.split(',').map((s) => s.trim()).filter(Boolean),
};

// One labelled input for the value at `pointer`, with its help and a slot for its problems.
// spec: {def, name, kind, optional, choices: [[value, label]], label}
function field(doc, pointer, value, spec) {
  const id = idFor('f', pointer);
  const helpId = id + '-help';
  const problemId = id + '-problem';
  const attrs = { id, dataset: { pointer }, 'aria-describedby': `${helpId} ${problemId}` };
  let input;
  if (spec.kind === 'textarea') input = el('textarea', { ...attrs, rows: 2 }, value ?? '');
  else if (spec.kind === 'select') {
    const known = spec.choices || choicesOf(spec.def, spec.name).map((c) => [c, t(`choice.${c}`)]);
    // A value the list lacks (a beat renamed since) stays shown, so the problem under it makes sense.
    const choices = value === undefined || known.some(([v]) => v === value) ? known : [[value, value], ...known];
    input = el('select', attrs, spec.optional ? el('option', { value: '' }, t('field.none')) : null,
      choices.map(([v, label]) => el('option', { value: v, selected: v === value }, label)));
  } else if (spec.kind === 'bool') input = el('input', { ...attrs, type: 'checkbox', checked: value === true });
  else input = el('input', { ...attrs, type: spec.kind === 'int' ? 'number' : 'text', inputmode: spec.kind === 'int' ? 'numeric' : null,
    value: spec.kind === 'list' ? (value || []).join(', ') : value ?? '' });
  const commit = () => doc.set(pointer, readers[spec.kind](input, spec.optional), pointer);
  input.addEventListener(spec.kind === 'bool' || spec.kind === 'select' ? 'change' : 'input', commit);
  return el('div', { class: 'field' + (spec.kind === 'bool' ? ' check' : '') },
    el('label', { for: id }, spec.label || t(`field.${spec.name}`)),
    input,
    el('p', { class: 'help', id: helpId }, helpText(spec.def, spec.name)),
    el('p', { class: 'problem', id: problemId, hidden: true }));
}

// Fields for each name of `specs` on the object at `base`.
function fields(doc, base, object, def, specs) {
  return specs.map(([name, kind, extra = {}]) => field(doc, base + '/' + name, object[name], { def, name, kind, ...extra }));
}

// The language checkboxes of the venue's locales (English always first).
function localesField(doc, venue) {
  const chosen = venue.locales || ['en'];
  const id = 'f-locales';
  const boxes = LANGUAGES.map((code) => el('label', { class: 'inline' },
    el('input', { type: 'checkbox', checked: chosen.includes(code), disabled: code === 'en', dataset: { lang: code },
      onchange: () => {
        const picked = LANGUAGES.filter((c) => c === 'en' || document.querySelector(`#${id} input[data-lang="${c}"]`).checked);
        doc.set('/locales', picked);
      } }),
    t(`language.${code}`)));
  return el('fieldset', { class: 'field', id, dataset: { pointer: '/locales' }, 'aria-describedby': id + '-problem' },
    el('legend', {}, t('field.locales')), boxes, el('p', { class: 'help' }, helpText('venue', 'locales')),
    el('p', { class: 'problem', id: id + '-problem', hidden: true }));
}

// [SECTION] Lists (policies, days, forms, beats, answers) ----------------------------------

// A titled list of items, each with its own fields and a remove button, and an add button.
function listSection(doc, title, pointer, items, renderItem, blank, addLabel) {
  return el('fieldset', { class: 'list', dataset: { pointer } },
    el('legend', {}, title),
    items.map((item, i) => el('div', { class: 'item' }, renderItem(item, i, `${pointer}/${i}`),
      el('button', { type: 'button', class: 'remove', 'aria-label': t('action.remove_item', { what: title, n: i + 1 }),
        onclick: () => doc.edit((d) => { itemsAt(d.venue, pointer).splice(i, 1); }, 'structure') }, t('action.remove')))),
    el('button', { type: 'button', onclick: () => doc.edit((d) => {
      const list = itemsAt(d.venue, pointer, true);
      list.push(blank(list));
    }, 'structure') }, addLabel));
}

// The array at a pointer of the venue (made when `make` and missing).
function itemsAt(venue, pointer, make = false) {
  let node = venue;
  const s = steps(pointer);
  s.forEach((step, i) => {
    if (node[step] === undefined && make) node[step] = i === s.length - 1 ? [] : {};
    node = node[step];
  });
  return node;
}

// An id not yet used among `items`: base, base_2, base_3...
export function freshId(items, base) {
  const used = new Set(items.map((x) => x.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  return id;
}

// [SECTION] The four forms ---------------------------------------------------------------

// Venue settings: names, languages, word of mouth, budget, scene, policies, the week and the assessment.
function venueForm(doc, venue) {
  const stages = choicesOf('day', 'stage');
  return [
    el('h2', {}, t('form.venue')),
    fields(doc, '', venue, 'venue', [['id', 'text'], ['title', 'text'], ['version', 'int']]),
    localesField(doc, venue),
    field(doc, '/scene/kit', (venue.scene || {}).kit, { def: 'venue.scene', name: 'kit', kind: 'select', label: t('field.scene') }),
    fields(doc, '', venue, 'venue', [['budget', 'int'], ['magic_margin', 'int']]),
    el('fieldset', { class: 'list' }, el('legend', {}, t('field.word_of_mouth')),
      ['misery', 'mediocrity', 'magic'].map((kind) => field(doc, `/word_of_mouth/${kind}`, (venue.word_of_mouth || {})[kind],
        { def: 'venue.word_of_mouth', name: kind, kind: 'int', label: t(`outcome.${kind}`) }))),
    listSection(doc, t('field.policies'), '/policies', venue.policies || [],
      (p, i, at) => fields(doc, at, p, 'policy', [['id', 'text'], ['text', 'textarea']]),
      (list) => ({ id: freshId(list, 'rule'), text: '' }), t('action.add_policy')),
    listSection(doc, t('field.week'), '/week', venue.week || [],
      (d, i, at) => [el('h3', {}, t('form.day', { n: i + 1 })),
        fields(doc, at, d, 'day', [['stage', 'select', { choices: stages.map((s) => [s, t(`stage.${s}`)]) }], ['arrival_gap', 'int'], ['encounters', 'list']])],
      (list) => ({ stage: stages[Math.min(list.length, stages.length - 1)], arrival_gap: 60, encounters: [] }), t('action.add_day')),
    listSection(doc, t('field.assessment'), '/assessment', venue.assessment || [],
      (f, i, at) => fields(doc, at, f, 'form', [['id', 'text'], ['encounters', 'list']]),
      (list) => ({ id: freshId(list, 'form'), encounters: [] }), t('action.add_form')),
  ];
}

// A customer: who they are and what they want; their beats are in the graph and the outline.
function encounterForm(doc, venue, e) {
  const enc = venue.encounters[e];
  const at = `/encounters/${e}`;
  const others = venue.encounters.filter((x, i) => i !== e).map((x) => [x.id, `${x.name || ''} (${x.id})`]);
  return [
    el('h2', {}, t('form.encounter', { name: enc.name || enc.id || '' })),
    fields(doc, at, enc, 'encounter', [['id', 'text'], ['name', 'text'], ['mood', 'select'], ['expectation', 'select'],
      ['patience', 'select'], ['request', 'textarea'], ['hidden_need', 'textarea', { optional: true }],
      ['return_visit', 'select', { optional: true, choices: others }]]),
    listSection(doc, t('field.beats'), `${at}/beats`, enc.beats || [],
      (b, i, bat) => fields(doc, bat, b, 'beat', [['id', 'text'], ['line', 'textarea']]),
      (list) => ({ id: freshId(list, 'beat'), line: '', responses: [] }), t('action.add_beat')),
  ];
}

// A beat: what the customer says, and its answers.
function beatForm(doc, venue, e, b) {
  const beat = venue.encounters[e].beats[b];
  const at = `/encounters/${e}/beats/${b}`;
  return [
    el('h2', {}, t('form.beat', { id: beat.id || '' })),
    fields(doc, at, beat, 'beat', [['id', 'text'], ['line', 'textarea']]),
    listSection(doc, t('field.responses'), `${at}/responses`, beat.responses || [],
      (r, i, rat) => fields(doc, rat, r, 'response', [['id', 'text'], ['text', 'textarea']]),
      (list) => ({ id: freshId(list, 'answer'), text: '', why: '', satisfaction: 0, seconds: 10, tags: [], next: 'end' }), t('action.add_response')),
  ];
}

// An answer: its text, its feedback, its effect, where it leads.
function responseForm(doc, venue, e, b, r) {
  const enc = venue.encounters[e];
  const resp = enc.beats[b].responses[r];
  const at = `/encounters/${e}/beats/${b}/responses/${r}`;
  const next = [...enc.beats.map((x) => [x.id, x.id]), ['end', t('graph.end')]];
  const promise = resp.promise || {};
  return [
    el('h2', {}, t('form.response', { id: resp.id || '' })),
    fields(doc, at, resp, 'response', [['id', 'text'], ['text', 'textarea'], ['why', 'textarea'], ['satisfaction', 'int'],
      ['cost', 'int'], ['seconds', 'int'], ['tags', 'list'], ['reveals_need', 'bool'], ['next', 'select', { choices: next }]]),
    el('fieldset', { class: 'list' }, el('legend', {}, t('field.promise')),
      field(doc, `${at}/promise/text`, promise.text, { def: 'promise', name: 'text', kind: 'textarea', optional: true, label: t('field.promise_text') }),
      field(doc, `${at}/promise/deadline`, promise.deadline, { def: 'promise', name: 'deadline', kind: 'int' })),
  ];
}

// The form of the selection, in `holder`.
export function renderForm(holder, doc, sel) {
  const venue = doc.venue;
  let content;
  if (!venue || typeof venue !== 'object') content = [el('p', { class: 'problem' }, t('form.not_json'))];
  else if (sel.kind === 'encounter' && venue.encounters?.[sel.e]) content = encounterForm(doc, venue, sel.e);
  else if (sel.kind === 'beat' && venue.encounters?.[sel.e]?.beats?.[sel.b]) content = beatForm(doc, venue, sel.e, sel.b);
  else if (sel.kind === 'response' && venue.encounters?.[sel.e]?.beats?.[sel.b]?.responses?.[sel.r]) content = responseForm(doc, venue, sel.e, sel.b, sel.r);
  else content = venueForm(doc, venue);
  holder.replaceChildren(...content.flat(3));
}
