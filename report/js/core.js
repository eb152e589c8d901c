// The report's namespace, the receivers its data scripts call (locales,
// venues), the interface text in five languages, and small DOM helpers.
// Classic scripts, not modules: browsers refuse module scripts and fetch() on
// pages opened from disk, and the report must work from a copied folder.
(function (global) {
  'use strict';

  const MR = (global.MomentsReport = global.MomentsReport || {});
  MR.locales = {};
  MR.catalogue = { venues: [], principles: {}, tags: { misery: [], overService: [], magic: [] } };
  MR.translations = {};
  MR.lang = 'en';
  MR.languages = ['en']; // the game's languages, in its manifest's order, come with the catalogue

  // What the data scripts (locales/*.js, venues*.js) call when they load.
  global.MomentsReportData = {
    locale(lang, strings) { MR.locales[lang] = strings; },
    catalogue(data) { MR.catalogue = data; MR.languages = data.languages; },
    translation(data) { MR.translations[data.lang] = data.venues; },
  };

  // The interface text for `key` in the chosen language, with {name} filled in.
  MR.t = function (key, values) {
    const table = MR.locales[MR.lang] || {};
    let text = key in table ? table[key] : (MR.locales.en || {})[key];
    if (text === undefined) text = key;
    if (values) text = text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
    return text;
  };

  // Venue text (a customer's name, a line, an answer) in the chosen language, English otherwise.
  MR.venueText = function (venueId, key, english) {
    const table = MR.translations[MR.lang] && MR.translations[MR.lang][venueId];
    return (table && table[key]) || english;
  };

  // Numbers and percentages as the chosen language writes them.
  MR.number = function (value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return new Intl.NumberFormat(MR.lang, { maximumFractionDigits: digits === undefined ? 1 : digits, minimumFractionDigits: 0 }).format(value);
  };
  MR.percent = function (share) {
    if (share === null || share === undefined || Number.isNaN(share)) return '—';
    return new Intl.NumberFormat(MR.lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  };
  MR.date = function (ms) {
    if (ms === null || ms === undefined) return '—';
    return new Intl.DateTimeFormat(MR.lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(ms));
  };

  // Makes an element: el('td', {class: 'n', 'data-value': 3}, ['text', child]).
  MR.el = function (tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach((c) => { if (c !== null && c !== undefined) node.append(c); });
    return node;
  };

  // Offers `blob` as a download named `name` (the browser saves it; nothing is sent anywhere).
  MR.download = function (name, blob) {
    const url = URL.createObjectURL(blob);
    const a = MR.el('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // Loads a classic script once (a language's venue text); resolves when it ran.
  MR.loadScript = function (src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error('cannot load ' + src));
      document.head.append(s);
    });
  };
})(window);
