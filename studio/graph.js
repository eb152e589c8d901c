// A customer's dialogue as a graph: beats and answers are nodes in layers (a beat's
// layer is its longest path from the first beat), answers between the beat they
// answer and the beat they lead to. Plain SVG: every node is a focusable button.
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const BEAT = { w: 180, h: 54 };
const ANSWER = { w: 150, h: 40 };
const COLUMN = 200; // from one column to the next (beats and answers alternate)
const GAP = 14;

// An SVG element with attributes.
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// A string cut to `n` characters with an ellipsis.
const cut = (s, n) => (String(s || '').length > n ? String(s).slice(0, n - 1) + '…' : String(s || ''));

// Each beat's layer: its longest path from the first beat (a loop, which the linter
// reports, is cut at the number of beats so the drawing still ends).
export function layers(beats) {
  const index = new Map(beats.map((b, i) => [b.id, i]));
  const layer = beats.map(() => -1);
  if (!beats.length) return layer;
  layer[0] = 0;
  for (let round = 0; round < beats.length; round++) {
    let moved = false;
    beats.forEach((b, i) => {
      if (layer[i] < 0) return;
      for (const r of b.responses || []) {
        const j = index.get(r.next);
        if (j !== undefined && layer[j] < layer[i] + 1 && layer[i] + 1 < beats.length) { layer[j] = layer[i] + 1; moved = true; }
      }
    });
    if (!moved) break;
  }
  const deepest = Math.max(...layer);
  return layer.map((l) => (l < 0 ? deepest + 1 : l)); // beats nothing leads to go after the rest
}

// Positions: {beats: [{x,y}], answers: [[{x,y}]], end: {x,y}, width, height}.
export function layout(beats) {
  const layer = layers(beats);
  const columns = new Map(); // column -> nodes stacked in it
  const place = (column, h) => {
    const stack = columns.get(column) || [];
    const y = stack.reduce((sum, n) => sum + n + GAP, GAP);
    stack.push(h);
    columns.set(column, stack);
    return { x: GAP + column * COLUMN, y };
  };
  const beatAt = beats.map((b, i) => place(2 * layer[i], BEAT.h));
  const answerAt = beats.map((b, i) => (b.responses || []).map(() => place(2 * layer[i] + 1, ANSWER.h)));
  const endColumn = 2 * (Math.max(0, ...layer) + 1);
  const end = place(endColumn, BEAT.h);
  const height = Math.max(...[...columns.values()].map((stack) => stack.reduce((s, n) => s + n + GAP, GAP)));
  return { beats: beatAt, answers: answerAt, end, width: GAP * 2 + endColumn * COLUMN + BEAT.w, height };
}

// A node the keyboard and screen readers can use: role button, named by its <title> (the whole
// text, also a tooltip), Enter/Space.
function nodeButton(label, selected, onSelect) {
  const g = svg('g', { role: 'button', tabindex: '0', class: selected ? 'node selected' : 'node' });
  g.append(svg('title', {}, label));
  g.addEventListener('click', onSelect);
  g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(); } });
  return g;
}

// A boxed node with two lines of text.
function box(g, at, size, title, line, kind) {
  // The drawn text is cut to fit: the node's <title> carries it whole, so the drawn text is hidden from readers.
  g.append(svg('rect', { x: at.x, y: at.y, width: size.w, height: size.h, rx: 6, class: kind }),
    svg('text', { x: at.x + 8, y: at.y + 16, class: 'title', 'aria-hidden': 'true' }, cut(title, 24)),
    svg('text', { x: at.x + 8, y: at.y + 32, 'aria-hidden': 'true' }, cut(line, size === BEAT ? 28 : 22)));
}

// Draws the graph of encounter `e` into `holder`; `select(sel)` opens a node's form.
export function renderGraph(holder, venue, e, selection, select) {
  const enc = venue && venue.encounters && venue.encounters[e];
  if (!enc || !Array.isArray(enc.beats)) { holder.replaceChildren(); return; }
  const beats = enc.beats;
  const at = layout(beats);
  const index = new Map(beats.map((b, i) => [b.id, i]));
  const root = svg('svg', { width: at.width, height: at.height, viewBox: `0 0 ${at.width} ${at.height}`, role: 'group',
    'aria-label': t('graph.label', { name: enc.name || enc.id || '' }) });
  const edges = svg('g', { class: 'edges', 'aria-hidden': 'true' });
  root.append(edges);
  const link = (from, fromSize, to, toSize) => edges.append(svg('path', {
    d: `M${from.x + fromSize.w},${from.y + fromSize.h / 2} C${from.x + fromSize.w + 30},${from.y + fromSize.h / 2} ${to.x - 30},${to.y + toSize.h / 2} ${to.x},${to.y + toSize.h / 2}` }));
  const isSelected = (kind, b, r) => selection.kind === kind && selection.e === e && selection.b === b && (kind !== 'response' || selection.r === r);
  beats.forEach((beat, b) => {
    const g = nodeButton(t('graph.beat', { id: beat.id, line: beat.line || '' }), isSelected('beat', b), () => select({ kind: 'beat', e, b }));
    box(g, at.beats[b], BEAT, beat.id, beat.line, 'beat');
    root.append(g);
    (beat.responses || []).forEach((resp, r) => {
      const pos = at.answers[b][r];
      link(at.beats[b], BEAT, pos, ANSWER);
      const target = resp.next === 'end' ? at.end : at.beats[index.get(resp.next)];
      if (target) link(pos, ANSWER, target, BEAT);
      const sign = resp.satisfaction > 0 ? '+' : '';
      const a = nodeButton(t('graph.answer', { id: resp.id, text: resp.text || '', next: resp.next || '' }), isSelected('response', b, r),
        () => select({ kind: 'response', e, b, r }));
      box(a, pos, ANSWER, `${resp.id} (${sign}${resp.satisfaction ?? '?'})`, resp.text, 'answer');
      root.append(a);
    });
  });
  const end = svg('g', { class: 'end', 'aria-hidden': 'true' });
  box(end, at.end, BEAT, t('graph.end'), '', 'end');
  root.append(end);
  holder.replaceChildren(root);
}
