// The cohort's figures: attempts matched against the venue content (what each
// answer was, how good, which principle), filtered by date and group, and
// counted into the views' tables. Pure functions of their inputs; no DOM.
(function (MR) {
  'use strict';

  // [SECTION] The venue content

  // responseId → {venue, encounter, beat, response}; encounterKey → {venue, encounter, pool}.
  function indexCatalogue(catalogue) {
    const responses = new Map(), encounters = new Map(), venues = new Map();
    catalogue.venues.forEach((v) => {
      venues.set(v.id, v);
      const poolOf = new Map();
      (v.forms || []).forEach((f, i) => f.encounters.forEach((e) => poolOf.set(e, i)));
      v.encounters.forEach((e) => {
        encounters.set(v.id + '.' + e.id, { venue: v, encounter: e, form: poolOf.has(e.id) ? poolOf.get(e.id) : null });
        e.beats.forEach((b) => b.responses.forEach((r) => {
          responses.set([v.id, e.id, b.id, r.id].join('.'), { venue: v, encounter: e, beat: b, response: r });
        }));
      });
    });
    return { responses, encounters, venues, misery: new Set(catalogue.tags.misery), magic: catalogue.tags.magic };
  }

  // correct / neutral / incorrect: the game's verdict. The one the input carries (the game's CSV,
  // xAPI, Moodle's Result column) when it has one, else the one the game exported for a customer
  // arriving fresh (moments-sim --catalogue). The report never judges an answer itself.
  // With only the best answer carried (xAPI's correctResponsesPattern, Moodle's Right answer), it settles "correct".
  function outcomeOf(index, responseId, reported, correctId) {
    if (reported) return reported;
    if (correctId && correctId === responseId) return 'correct';
    const hit = index.responses.get(responseId);
    const exported = hit ? hit.response.result : null;
    return correctId && exported === 'correct' ? 'neutral' : exported;
  }

  // The verdict an answer got most often in the data (ties to the better one), else the exported one.
  function usualOutcome(index, responseId, carried) {
    const order = ['correct', 'neutral', 'incorrect'];
    const counts = order.map((o) => (carried || []).filter((x) => x === o).length);
    const most = Math.max(...counts);
    return most > 0 ? order[counts.indexOf(most)] : outcomeOf(index, responseId);
  }

  // The principle an answer shows: its first magic behaviour (as the game's hint names it),
  // else the misery trigger or over-service it commits, else plain service.
  function principleOf(index, responseId) {
    const hit = index.responses.get(responseId);
    if (!hit) return null;
    const tags = hit.response.tags;
    return index.magic.find((t) => tags.includes(t)) || tags[0] || 'plain';
  }

  // [SECTION] Attempts

  // Adds venue, mode (training, or the assessment form its customers come from),
  // completion and pass to an attempt, from its answers and the venue content.
  function classify(index, attempt, passMark) {
    const first = attempt.choices.find((c) => c.response);
    const venueId = first ? first.response.split('.')[0] : '';
    const venue = index.venues.get(venueId) || null;
    const forms = new Set(attempt.choices.map((c) => {
      const hit = index.encounters.get(venueId + '.' + c.encounter);
      return hit ? hit.form : undefined;
    }));
    const form = forms.size === 1 && [...forms][0] !== null && [...forms][0] !== undefined ? [...forms][0] : null;
    const mode = venue && form !== null ? 'assessment' : 'training';
    let completed = null;
    if (venue && mode === 'training') completed = attempt.choices.some((c) => c.day >= venue.days) || (attempt.choices.every((c) => c.day === null) ? null : false);
    if (venue && mode === 'assessment') completed = new Set(attempt.choices.map((c) => c.encounter)).size >= venue.forms[form].encounters.length;
    if (attempt.passed !== null && completed === null) completed = true; // a judged attempt is a finished one
    let passed = attempt.passed;
    if (passed === null && attempt.score !== null && completed) passed = attempt.score >= passMark;
    const judged = attempt.choices.filter((c) => c.response);
    const best = judged.filter((c) => outcomeOf(index, c.response, c.result, c.correct) === 'correct').length;
    return Object.assign({}, attempt, {
      venue: venueId, mode, form, completed, passed, bestShare: judged.length ? best / judged.length : null,
      activityLabel: mode === 'assessment' ? 'form:' + form : 'training',
    });
  }

  // The attempts a trainer asked for: a group, and a date range (days, inclusive; undated attempts drop out then).
  function filter(attempts, { group, from, to }) {
    return attempts.filter((a) => {
      if (group && a.group !== group) return false;
      if ((from || to) && a.date === null) return false;
      if (from && a.date < from) return false;
      if (to && a.date >= to + 86400000) return false;
      return true;
    });
  }

  // The middle value (mean of the two middle ones), null for none.
  function median(values) {
    if (!values.length) return null;
    const s = values.slice().sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
  // The arithmetic mean, null for none.
  function mean(values) { return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null; }

  // The entry for key, made on first use.
  function tally(map, key, make) {
    if (!map.has(key)) map.set(key, make());
    return map.get(key);
  }

  // [SECTION] Views' figures

  // Per venue, customer and decision: how many chose each answer (every answer of the venue, chosen or not).
  function choices(index, attempts) {
    const counts = new Map(); // responseId → {n, learners:Set, verdicts: the verdicts the data carried}
    const totals = new Map(); // venue.encounter.beat → n
    attempts.forEach((a) => a.choices.forEach((c) => {
      const entry = tally(counts, c.response, () => ({ n: 0, learners: new Set(), verdicts: [] }));
      entry.n++;
      entry.learners.add(a.learner);
      const carried = c.result || (c.correct && c.correct === c.response ? 'correct' : null);
      if (carried) entry.verdicts.push(carried);
      const beatKey = c.response.split('.').slice(0, 3).join('.');
      totals.set(beatKey, (totals.get(beatKey) || 0) + 1);
    }));
    const rows = [];
    const listed = new Set();
    index.venues.forEach((v) => v.encounters.forEach((e) => e.beats.forEach((b) => {
      const beatKey = [v.id, e.id, b.id].join('.');
      const total = totals.get(beatKey) || 0;
      if (!total) return;
      b.responses.forEach((r) => {
        const id = beatKey + '.' + r.id;
        listed.add(id);
        const entry = counts.get(id) || { n: 0, learners: new Set(), verdicts: [] };
        rows.push({ venue: v.id, encounter: e.id, beat: b.id, response: id, n: entry.n, learners: entry.learners.size, total,
          share: entry.n / total, outcome: usualOutcome(index, id, entry.verdicts), principle: principleOf(index, id) });
      });
    })));
    counts.forEach((entry, id) => { // answers of venues the report has no content for
      if (listed.has(id)) return;
      const [venue, encounter, beat] = id.split('.');
      const total = totals.get([venue, encounter, beat].join('.'));
      rows.push({ venue, encounter, beat, response: id, n: entry.n, learners: entry.learners.size, total, share: entry.n / total, outcome: null, principle: null });
    });
    return rows;
  }

  // The misery triggers in the answers chosen, most chosen first.
  function triggers(index, attempts) {
    const byTag = new Map();
    let decisions = 0;
    attempts.forEach((a) => a.choices.forEach((c) => {
      decisions++;
      const hit = index.responses.get(c.response);
      if (!hit) return;
      hit.response.tags.filter((t) => index.misery.has(t)).forEach((t) => {
        const entry = tally(byTag, t, () => ({ n: 0, learners: new Set(), responses: new Map() }));
        entry.n++;
        entry.learners.add(a.learner);
        entry.responses.set(c.response, (entry.responses.get(c.response) || 0) + 1);
      });
    }));
    return [...byTag.entries()].map(([tag, e]) => {
      const top = [...e.responses.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
      return { tag, n: e.n, share: e.n / decisions, learners: e.learners.size, topResponse: top[0], topCount: top[1] };
    }).sort((x, y) => y.n - x.n || (x.tag < y.tag ? -1 : 1));
  }

  // Per customer: time to decide (median, mean over timed answers) and hint use (customers served with a hint).
  function timing(attempts) {
    const byEncounter = new Map();
    attempts.forEach((a) => {
      const visits = new Map();
      a.choices.forEach((c) => {
        const key = c.response.split('.').slice(0, 2).join('.');
        const entry = tally(byEncounter, key, () => ({ seconds: [], decisions: 0, visits: 0, hinted: 0 }));
        entry.decisions++;
        if (c.seconds !== null) entry.seconds.push(c.seconds);
        if (c.hint !== null && c.day !== null && c.customer !== null) {
          const visit = c.day + '/' + c.customer;
          if (!visits.has(visit)) { visits.set(visit, true); entry.visits++; if (c.hint) entry.hinted++; }
        }
      });
    });
    return [...byEncounter.entries()].map(([key, e]) => {
      const [venue, encounter] = key.split('.');
      return { venue, encounter, decisions: e.decisions, timed: e.seconds.length, median: median(e.seconds), mean: mean(e.seconds),
        visits: e.visits, hinted: e.hinted, hintShare: e.visits ? e.hinted / e.visits : null };
    });
  }

  // Finished attempts and passes per venue and activity (the training week, each assessment form).
  function passRates(attempts) {
    const groups = new Map();
    attempts.forEach((a) => {
      const entry = tally(groups, a.venue + '|' + a.activityLabel, () => ({ venue: a.venue, activity: a.activityLabel, attempts: 0, completed: 0, judged: 0, passed: 0, scores: [] }));
      entry.attempts++;
      if (a.completed) entry.completed++;
      if (a.completed && a.passed !== null) { entry.judged++; if (a.passed) entry.passed++; }
      if (a.completed && a.score !== null) entry.scores.push(a.score);
    });
    return [...groups.values()].map((g) => ({ venue: g.venue, activity: g.activity, attempts: g.attempts, completed: g.completed, judged: g.judged,
      passed: g.passed, rate: g.judged ? g.passed / g.judged : null, meanScore: mean(g.scores) }))
      .sort((x, y) => (x.venue + x.activity < y.venue + y.activity ? -1 : 1));
  }

  // Pre-test against post-test: each learner's first and last finished assessment (by date), and the paired gains.
  function prePost(attempts) {
    const byLearner = new Map();
    attempts.filter((a) => a.mode === 'assessment' && a.completed).forEach((a) => tally(byLearner, a.learner, () => []).push(a));
    const learners = [];
    byLearner.forEach((list, learner) => {
      list.sort((x, y) => (x.date === null) - (y.date === null) || x.date - y.date || (x.attemptNumber || 0) - (y.attemptNumber || 0));
      const pre = list[0], post = list.length > 1 ? list[list.length - 1] : null;
      const gain = (key) => (post && pre[key] !== null && post[key] !== null ? post[key] - pre[key] : null);
      learners.push({ learner, pre, post, scoreGain: gain('score'), bestGain: gain('bestShare') });
    });
    learners.sort((x, y) => (x.learner < y.learner ? -1 : x.learner > y.learner ? 1 : 0));
    const summary = (key, gainKey) => {
      const paired = learners.filter((l) => l[gainKey] !== null);
      return { paired: paired.length, pre: mean(paired.map((l) => l.pre[key])), post: mean(paired.map((l) => l.post[key])), gain: mean(paired.map((l) => l[gainKey])) };
    };
    return { learners, score: summary('score', 'scoreGain'), best: summary('bestShare', 'bestGain'),
      preOnly: learners.filter((l) => !l.post).length };
  }

  // Headline counts for the overview.
  function overview(attempts) {
    const learners = new Set(attempts.map((a) => a.learner));
    return { learners: learners.size, attempts: attempts.length, decisions: attempts.reduce((n, a) => n + a.choices.length, 0),
      training: attempts.filter((a) => a.mode === 'training').length, assessment: attempts.filter((a) => a.mode === 'assessment').length };
  }

  MR.cohort = { indexCatalogue, classify, filter, choices, triggers, timing, passRates, prePost, overview, outcomeOf, principleOf, median, mean };
})(window.MomentsReport);
