// Delimited text in and out: RFC 4180 quoting, a byte-order mark, commas,
// semicolons or tabs (Moodle's "text file" download is tab-separated).
(function (MR) {
  'use strict';

  // The separator of a header line: the one of tab, comma, semicolon it uses most.
  function sniff(line) {
    const counts = ['\t', ',', ';'].map((d) => [d, line.split(d).length]);
    counts.sort((a, b) => b[1] - a[1]);
    return counts[0][0];
  }

  // Rows of fields from delimited text; quoted fields may hold separators, quotes and line breaks.
  function parse(text, delimiter) {
    text = String(text).replace(/^\uFEFF/, '');
    const sep = delimiter || sniff(text.slice(0, text.search(/\r?\n|$/)));
    const rows = [];
    let row = [], field = '', quoted = false, i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (ch === '"') { quoted = false; i++; continue; }
        field += ch; i++; continue;
      }
      if (ch === '"' && field === '') { quoted = true; i++; continue; }
      if (ch === sep) { row.push(field); field = ''; i++; continue; }
      if (ch === '\r' || ch === '\n') {
        row.push(field); field = '';
        if (row.length > 1 || row[0] !== '') rows.push(row);
        row = [];
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      field += ch; i++;
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    return rows;
  }

  // Rows as objects keyed by the header row.
  function records(text, delimiter) {
    const rows = parse(text, delimiter);
    const header = rows.shift() || [];
    return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === undefined ? '' : r[i]]))) };
  }

  // One field for a spreadsheet: text a spreadsheet would run as a formula gets a leading ',
  // as the game's own export does; quotes when needed.
  function field(value) {
    let text = value === null || value === undefined ? '' : String(value);
    if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  // CSV text with a byte-order mark, so that spreadsheets read Greek and Russian right.
  function write(rows) {
    return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
  }

  // The game writes ' before text that starts like a formula: take it off again.
  function unguard(text) {
    return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
  }

  MR.csv = { parse, records, write, unguard, sniff };
})(window.MomentsReport);
