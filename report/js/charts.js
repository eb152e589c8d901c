// Bar charts drawn as SVG (a chart library would add far more than these few
// shapes need), with presentation attributes only, so that a saved SVG or PNG
// looks the same outside the page. Each chart sits beside a table with the
// same figures; the chart is a picture of it.
(function (MR) {
  'use strict';

  const NS = 'http://www.w3.org/2000/svg';
  const COLOURS = { correct: '#2e7d4f', neutral: '#8a6d1f', incorrect: '#b0303a', bar: '#1e5ac8', pre: '#8a6d1f', post: '#2e7d4f' };
  const ROW = 26, LABEL = 300, BAR = 360, VALUE = 90, PAD = 8;

  // An SVG element with attributes and optional text.
  function svgEl(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Cuts a label to what fits its column (the full text is in the table).
  function fit(text, chars) {
    const s = String(text);
    return s.length > chars ? s.slice(0, chars - 1) + '…' : s;
  }

  // Horizontal bars: rows [{label, value, text, colour, series: [{value, colour}]}]; max is the full scale.
  function bars({ title, rows, max }) {
    const series = rows.some((r) => r.series);
    const per = series ? ROW * 1.4 : ROW;
    const height = PAD * 2 + 24 + rows.length * per;
    const width = LABEL + BAR + VALUE + PAD * 2;
    const svg = svgEl('svg', { xmlns: NS, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'font-family': 'Noto Sans, DejaVu Sans, sans-serif', 'font-size': 13 });
    svg.append(svgEl('title', {}, title));
    svg.append(svgEl('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
    svg.append(svgEl('text', { x: PAD, y: PAD + 14, 'font-weight': 'bold', fill: '#26201c' }, fit(title, 110)));
    const scale = max > 0 ? BAR / max : 0;
    rows.forEach((r, i) => {
      const y = PAD + 24 + i * per;
      svg.append(svgEl('text', { x: PAD, y: y + ROW * 0.65, fill: '#26201c' }, fit(r.label, 40)));
      const parts = r.series || [{ value: r.value, colour: r.colour || COLOURS.bar }];
      parts.forEach((p, k) => {
        const h = series ? ROW * 0.55 : ROW * 0.7;
        const w = Math.max(p.value > 0 ? 1 : 0, (p.value || 0) * scale);
        svg.append(svgEl('rect', { x: PAD + LABEL, y: y + 2 + k * h, width: w, height: h - 2, fill: p.colour }));
      });
      svg.append(svgEl('text', { x: PAD + LABEL + BAR + 6, y: y + ROW * 0.65, fill: '#26201c' }, r.text));
    });
    return svg;
  }

  // The chart's standalone SVG text.
  function svgText(svg) {
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
  }

  // Rasterises the chart at twice its size (the SVG goes through an <img>, so no script or style runs).
  function pngBlob(svg) {
    return new Promise((resolve, reject) => {
      const img = new Image();
      const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = Number(svg.getAttribute('width')) * 2;
        canvas.height = Number(svg.getAttribute('height')) * 2;
        const ctx = canvas.getContext('2d');
        ctx.scale(2, 2);
        ctx.drawImage(img, 0, 0);
        URL.revokeObjectURL(url);
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png');
      };
      img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the chart could not be drawn')); };
      img.src = url;
    });
  }

  MR.charts = { bars, svgText, pngBlob, COLOURS };
})(window.MomentsReport);
