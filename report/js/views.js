// The report's views. Each figure is a table (with a CSV download) and, where
// a picture helps, a chart of the same rows (with SVG and PNG downloads).
// Cells carry their raw figure in data-value, rows their subject in data-key.
(function (MR) {
  'use strict';

  const { el, t } = MR;

  // [SECTION] Words for venue content

  // A venue, customer, line or answer in the chosen language.
  function words(index) {
    const venue = (id) => { const v = index.venues.get(id); return v ? MR.venueText(id, 'title', v.title) : id; };
    const customer = (v, e) => {
      const hit = index.encounters.get(v + '.' + e);
      if (!hit) return e;
      const name = MR.venueText(v, e + '.name', hit.encounter.name);
      return hit.encounter.returning ? t('customer.returning', { name }) : name;
    };
    const answer = (id) => {
      const hit = index.responses.get(id);
      if (!hit) return id;
      const [, e, b, r] = id.split('.');
      return MR.venueText(hit.venue.id, [e, b, r, 'text'].join('.'), hit.response.text);
    };
    const line = (v, e, beat) => MR.venueText(v, [e, beat.id, 'line'].join('.'), beat.line);
    const principle = (tag) => {
      if (!tag) return '—';
      const own = (MR.catalogue.principles[MR.lang] || {})[tag] || (MR.catalogue.principles.en || {})[tag];
      return own || t('tag.' + tag);
    };
    const activity = (label) => (label === 'training' ? t('activity.training') : t('activity.form', { form: Number(label.split(':')[1]) + 1 }));
    return { venue, customer, answer, line, principle, activity };
  }

  // [SECTION] Building blocks

  // A table with a caption, numeric columns, data-value cells and a CSV download.
  // columns: [{label, num}]; rows: [{key, cells: [{text, value}]}].
  function table({ caption, columns, rows, file }) {
    const head = el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.num ? 'num' : null, text: c.label })));
    const body = rows.map((r) => el('tr', { 'data-key': r.key }, r.cells.map((c, i) => {
      const tag = i === 0 ? 'th' : 'td';
      return el(tag, { scope: i === 0 ? 'row' : null, class: columns[i].num ? 'num' : null, 'data-value': c.value === undefined ? null : c.value === null ? '' : c.value, text: c.text });
    })));
    const tableEl = el('table', {}, [el('caption', { text: caption }), el('thead', {}, [head]), el('tbody', {}, body)]);
    const csv = () => MR.csv.write([columns.map((c) => c.label)].concat(rows.map((r) => r.cells.map((c) => (c.value !== undefined && c.value !== null ? c.value : c.text)))));
    const button = el('button', { type: 'button', class: 'export', text: t('export.csv'), 'aria-label': t('export.csv') + ': ' + caption,
      onclick: () => MR.download(file + '.csv', new Blob([csv()], { type: 'text/csv;charset=utf-8' })) });
    return el('div', { class: 'figure', 'data-table': file }, [el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption }, [tableEl]), el('p', { class: 'actions' }, [button])]);
  }

  // A chart with its SVG and PNG downloads; the table beside it carries the same figures.
  function chart({ title, rows, max, file }) {
    const svg = MR.charts.bars({ title, rows, max });
    svg.setAttribute('aria-label', t('chart.label', { title }));
    const svgButton = el('button', { type: 'button', class: 'export', text: t('export.svg'), 'aria-label': t('export.svg') + ': ' + title,
      onclick: () => MR.download(file + '.svg', new Blob([MR.charts.svgText(svg)], { type: 'image/svg+xml' })) });
    const pngButton = el('button', { type: 'button', class: 'export', text: t('export.png'), 'aria-label': t('export.png') + ': ' + title,
      onclick: () => MR.charts.pngBlob(svg).then((b) => MR.download(file + '.png', b)) });
    return el('figure', { class: 'chart' }, [svg, el('figcaption', { class: 'actions' }, [svgButton, ' ', pngButton])]);
  }

  // Cells: the text shown, and the raw figure (data-value) that the CSV download and tests read.
  const cell = (text, value) => ({ text: String(text), value });
  const count = (n) => cell(MR.number(n, 0), n);
  const share = (s) => cell(MR.percent(s), s === null ? null : Number(s.toFixed(4)));
  const seconds = (s) => cell(s === null ? '—' : t('unit.seconds', { n: MR.number(s, 1) }), s === null ? null : Number(s.toFixed(2)));

  // The line a view shows when the filters leave nothing.
  function empty(text) { return el('p', { class: 'empty', text }); }

  // [SECTION] Views

  // Headline counts and pass rates per venue and activity.
  function overview(ctx) {
    const o = MR.cohort.overview(ctx.attempts);
    const facts = [['overview.learners', o.learners], ['overview.attempts', o.attempts], ['overview.training', o.training],
      ['overview.assessment', o.assessment], ['overview.decisions', o.decisions]];
    const list = el('dl', { class: 'facts' }, facts.map(([k, n]) => el('div', {}, [el('dt', { text: t(k) }), el('dd', { 'data-fact': k.split('.')[1], 'data-value': n, text: MR.number(n, 0) })])));
    const rates = MR.cohort.passRates(ctx.attempts);
    const rows = rates.map((r) => ({ key: r.venue + '|' + r.activity, cells: [cell(ctx.w.venue(r.venue) + ' · ' + ctx.w.activity(r.activity)), count(r.attempts),
      count(r.completed), count(r.judged), count(r.passed), share(r.rate), cell(MR.number(r.meanScore, 1), r.meanScore === null ? null : Number(r.meanScore.toFixed(2)))] }));
    const columns = [{ label: t('col.activity') }, { label: t('col.attempts'), num: true }, { label: t('col.finished'), num: true },
      { label: t('col.judged'), num: true }, { label: t('col.passed'), num: true }, { label: t('col.pass_rate'), num: true }, { label: t('col.mean_score'), num: true }];
    return [
      el('h2', { text: t('view.overview') }), list,
      el('h3', { text: t('overview.pass_rates') }), el('p', { class: 'note', text: t('overview.pass_note', { mark: ctx.passMark }) }),
      rates.length ? table({ caption: t('overview.pass_rates'), columns, rows, file: 'pass-rates' }) : empty(t('empty.data')),
      rates.length ? chart({ title: t('overview.pass_rates'), max: 1, file: 'pass-rates',
        rows: rates.map((r) => ({ label: ctx.w.venue(r.venue) + ' · ' + ctx.w.activity(r.activity), value: r.rate || 0, text: MR.percent(r.rate) })) }) : null,
    ];
  }

  // Every answer of every decision met, grouped by venue and customer.
  function choices(ctx) {
    const all = MR.cohort.choices(ctx.index, ctx.attempts);
    const out = [el('h2', { text: t('view.choices') }), el('p', { class: 'note', text: t('choices.note') })];
    if (!all.length) return out.concat(empty(t('empty.data')));
    const columns = [{ label: t('col.answer') }, { label: t('col.outcome') }, { label: t('col.principle') }, { label: t('col.chosen'), num: true },
      { label: t('col.share'), num: true }, { label: t('col.learners'), num: true }];
    const rowOf = (r) => ({ key: r.response, cells: [cell(ctx.w.answer(r.response)), cell(r.outcome ? t('outcome.' + r.outcome) : '—', r.outcome || ''),
      cell(ctx.w.principle(r.principle), r.principle || ''), count(r.n), share(r.share), count(r.learners)] });
    const everything = table({ caption: t('choices.all'), file: 'choices-all',
      columns: [{ label: t('col.venue') }, { label: t('col.customer') }, { label: t('col.decision') }].concat(columns),
      rows: all.map((r) => { const row = rowOf(r); row.cells = [cell(ctx.w.venue(r.venue), r.venue), cell(ctx.w.customer(r.venue, r.encounter), r.encounter), cell(r.beat, r.beat)].concat(row.cells); return row; }) });
    out.push(el('details', { class: 'all' }, [el('summary', { text: t('choices.all') }), everything]));
    let venue = null, customer = null;
    all.forEach((r, i) => {
      if (r.venue !== venue) { venue = r.venue; out.push(el('h3', { text: ctx.w.venue(r.venue) })); customer = null; }
      if (r.encounter !== customer) { customer = r.encounter; out.push(el('h4', { text: ctx.w.customer(r.venue, r.encounter) })); }
      if (i > 0 && all[i - 1].beat === r.beat && all[i - 1].encounter === r.encounter) return;
      const rows = all.filter((x) => x.venue === r.venue && x.encounter === r.encounter && x.beat === r.beat);
      const hit = ctx.index.encounters.get(r.venue + '.' + r.encounter);
      const beat = hit && hit.encounter.beats.find((b) => b.id === r.beat);
      const caption = beat ? '\u201C' + ctx.w.line(r.venue, r.encounter, beat) + '\u201D' : r.beat;
      const file = ['choices', r.venue, r.encounter, r.beat].join('-');
      const section = el('section', { class: 'beat', 'data-beat': [r.venue, r.encounter, r.beat].join('.') }, [
        table({ caption: ctx.w.customer(r.venue, r.encounter) + ': ' + caption + ' ' + t('choices.answers', { n: MR.number(r.total, 0) }), columns, rows: rows.map(rowOf), file }),
        chart({ title: ctx.w.customer(r.venue, r.encounter) + ' · ' + r.beat, max: 1, file,
          rows: rows.map((x) => ({ label: ctx.w.answer(x.response), value: x.share, text: MR.percent(x.share), colour: MR.charts.COLOURS[x.outcome] || MR.charts.COLOURS.bar })) }),
      ]);
      out.push(section);
    });
    return out;
  }

  // The misery triggers chosen, most frequent first.
  function triggers(ctx) {
    const rows = MR.cohort.triggers(ctx.index, ctx.attempts);
    const out = [el('h2', { text: t('view.triggers') }), el('p', { class: 'note', text: t('triggers.note') })];
    if (!rows.length) return out.concat(empty(t('empty.triggers')));
    const columns = [{ label: t('col.trigger') }, { label: t('col.chosen'), num: true }, { label: t('col.share_all'), num: true },
      { label: t('col.learners'), num: true }, { label: t('col.top_answer') }, { label: t('col.top_count'), num: true }];
    return out.concat([
      table({ caption: t('view.triggers'), columns, file: 'misery-triggers',
        rows: rows.map((r) => ({ key: r.tag, cells: [cell(t('tag.' + r.tag), r.tag), count(r.n), share(r.share), count(r.learners), cell(ctx.w.answer(r.topResponse), r.topResponse), count(r.topCount)] })) }),
      chart({ title: t('view.triggers'), max: Math.max(...rows.map((r) => r.n)), file: 'misery-triggers',
        rows: rows.map((r) => ({ label: t('tag.' + r.tag), value: r.n, text: MR.number(r.n, 0), colour: MR.charts.COLOURS.incorrect })) }),
    ]);
  }

  // Time to decide and hint use per customer.
  function timing(ctx) {
    const rows = MR.cohort.timing(ctx.attempts);
    const out = [el('h2', { text: t('view.timing') }), el('p', { class: 'note', text: t('timing.note') })];
    if (!rows.length) return out.concat(empty(t('empty.data')));
    const columns = [{ label: t('col.customer') }, { label: t('col.answers'), num: true }, { label: t('col.timed'), num: true },
      { label: t('col.median'), num: true }, { label: t('col.mean'), num: true }, { label: t('col.served'), num: true },
      { label: t('col.hints'), num: true }, { label: t('col.hint_share'), num: true }];
    const label = (r) => ctx.w.customer(r.venue, r.encounter) + ' · ' + ctx.w.venue(r.venue);
    const timed = rows.filter((r) => r.median !== null);
    return out.concat([
      table({ caption: t('view.timing'), columns, file: 'time-and-hints',
        rows: rows.map((r) => ({ key: r.venue + '.' + r.encounter, cells: [cell(label(r)), count(r.decisions), count(r.timed), seconds(r.median), seconds(r.mean),
          count(r.visits), count(r.hinted), share(r.hintShare)] })) }),
      timed.length ? chart({ title: t('timing.chart'), max: Math.max(...timed.map((r) => r.median)), file: 'time-to-decide',
        rows: timed.map((r) => ({ label: label(r), value: r.median, text: t('unit.seconds', { n: MR.number(r.median, 1) }) })) }) : null,
    ]);
  }

  // First against last assessment per learner, and the cohort's paired means.
  function prePost(ctx) {
    const p = MR.cohort.prePost(ctx.attempts);
    const out = [el('h2', { text: t('view.prepost') }), el('p', { class: 'note', text: t('prepost.note') })];
    if (!p.learners.length) return out.concat(empty(t('empty.prepost')));
    const num = (v, digits) => cell(MR.number(v, digits), v === null ? null : Number(v.toFixed(4)));
    const gain = (v, format) => cell(v === null ? '—' : (v > 0 ? '+' : '') + format(v), v === null ? null : Number(v.toFixed(4)));
    const points = (v) => MR.number(v, 1), percent = (v) => MR.percent(v);
    const summary = table({ caption: t('prepost.cohort'), file: 'pre-post-cohort',
      columns: [{ label: t('col.measure') }, { label: t('col.paired'), num: true }, { label: t('col.pre'), num: true }, { label: t('col.post'), num: true }, { label: t('col.gain'), num: true }],
      rows: [
        { key: 'score', cells: [cell(t('prepost.score')), count(p.score.paired), num(p.score.pre, 1), num(p.score.post, 1), gain(p.score.gain, points)] },
        { key: 'best', cells: [cell(t('prepost.best')), count(p.best.paired), share(p.best.pre), share(p.best.post), gain(p.best.gain, percent)] },
      ] });
    const when = (a) => (a ? MR.date(a.date) + ' · ' + ctx.w.activity(a.activityLabel) : '—');
    const perLearner = table({ caption: t('prepost.learners'), file: 'pre-post-learners',
      columns: [{ label: t('col.learner') }, { label: t('col.pre') }, { label: t('col.pre_score'), num: true }, { label: t('col.post') },
        { label: t('col.post_score'), num: true }, { label: t('col.gain'), num: true }, { label: t('col.pre_best'), num: true }, { label: t('col.post_best'), num: true }],
      rows: p.learners.map((l) => ({ key: l.learner, cells: [cell(ctx.name(l.learner)), cell(when(l.pre)), num(l.pre.score, 0), cell(when(l.post)),
        num(l.post ? l.post.score : null, 0), gain(l.scoreGain, points), share(l.pre.bestShare), share(l.post ? l.post.bestShare : null)] })) });
    const paired = p.learners.filter((l) => l.post);
    const useScore = paired.some((l) => l.scoreGain !== null);
    const value = (a) => (useScore ? a.score || 0 : a.bestShare || 0);
    return out.concat([
      el('p', { class: 'counts', 'data-pre-only': p.preOnly, text: t('prepost.counts', { paired: MR.number(paired.length, 0), single: MR.number(p.preOnly, 0) }) }),
      summary, perLearner,
      paired.length ? chart({ title: useScore ? t('prepost.chart_score') : t('prepost.chart_best'), max: useScore ? 100 : 1, file: 'pre-post',
        rows: paired.map((l) => ({ label: ctx.name(l.learner), text: useScore ? gain(l.scoreGain, points).text : gain(l.bestGain, percent).text,
          series: [{ value: value(l.pre), colour: MR.charts.COLOURS.pre }, { value: value(l.post), colour: MR.charts.COLOURS.post }] })) }) : null,
      paired.length ? el('p', { class: 'legend' }, [el('span', { class: 'key pre' }), ' ' + t('col.pre') + '  ', el('span', { class: 'key post' }), ' ' + t('col.post')]) : null,
    ]);
  }

  MR.views = { words, overview, choices, triggers, timing, prePost, order: ['overview', 'choices', 'triggers', 'timing', 'prePost'] };
})(window.MomentsReport);
