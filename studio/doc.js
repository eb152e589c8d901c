// The venue being edited: its text, undo and redo, autosave in localStorage,
// and RFC 6901 pointers into it (the engine names problems by pointer).

// [SECTION] Pointers -------------------------------------------------------------

// A pointer's steps, unescaped ("" is the whole file).
export function steps(pointer) {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

// The pointer of a list of steps.
export function pointerOf(list) {
  return list.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

// The value at a pointer, or undefined.
export function valueAt(root, pointer) {
  let node = root;
  for (const step of steps(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[step];
  }
  return node;
}

// [SECTION] The document ---------------------------------------------------------

const AUTOSAVE_KEY = 'moments-studio-venue';
const HISTORY_LIMIT = 200;

// Holds the venue (parsed, or raw text when it does not parse) and its history.
export class VenueDoc {
  // Why: one place owns every change, so undo, autosave and checks see them all.
  constructor(onChange) {
    this.onChange = onChange;
    this.venue = null; // the parsed venue; null when the text is not JSON
    this.text = '';
    this.translations = {}; // {lang: {key: text}}
    this.fileName = 'venue.json';
    this.undoStack = [];
    this.redoStack = [];
    this.savedText = this.snapshot(); // the state last exported or opened: changes since are "unsaved"
  }

  // The whole state as one string, for the history and the autosave.
  snapshot() { return JSON.stringify({ text: this.text, translations: this.translations, fileName: this.fileName }); }

  // Restores a snapshot without recording it.
  restore(snap) {
    const s = JSON.parse(snap);
    this.setText(s.text);
    this.translations = s.translations || {};
    this.fileName = s.fileName || 'venue.json';
  }

  // Sets the text and parses it (a venue that does not parse is kept as text).
  setText(text) {
    this.text = text;
    try { this.venue = JSON.parse(text); } catch { this.venue = null; }
  }

  // Opens a new document (a file, the template, the autosave): history starts afresh.
  open(text, fileName, translations = {}, saved = true) {
    this.setText(text);
    this.fileName = fileName;
    this.translations = translations;
    this.undoStack = [];
    this.redoStack = [];
    this.savedText = saved ? this.snapshot() : '';
    this.changed('open');
  }

  // Records the present state, then applies `change` (a function of the document).
  // Typing in one field is one step of the history: edits with the same `typing`
  // key within two seconds of each other fold into the first.
  edit(change, why = 'edit', typing = '') {
    const before = this.snapshot();
    change(this);
    if (this.venue) this.text = JSON.stringify(this.venue, null, 2);
    if (this.snapshot() === before) return;
    const now = Date.now();
    const folds = typing && this.lastTyping && this.lastTyping.key === typing && now - this.lastTyping.at < 2000;
    this.lastTyping = typing ? { key: typing, at: now } : null;
    if (!folds) {
      this.undoStack.push(before);
      if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    }
    this.redoStack = [];
    this.changed(why);
  }

  // Sets the value at a pointer of the venue, making missing objects on the way
  // (undefined removes the key, and an object it leaves empty, such as a promise).
  set(pointer, value, typing = '') {
    this.edit((doc) => {
      const list = steps(pointer);
      const last = list.pop();
      const chain = [doc.venue];
      for (const step of list) {
        const holder = chain[chain.length - 1];
        if (holder[step] === undefined || holder[step] === null) holder[step] = {};
        chain.push(holder[step]);
      }
      if (value !== undefined) {
        chain[chain.length - 1][last] = value;
        return;
      }
      delete chain[chain.length - 1][last];
      for (let i = list.length - 1; i >= 0 && !Array.isArray(chain[i + 1]) && !Object.keys(chain[i + 1]).length; i--) delete chain[i][list[i]];
    }, 'edit', typing);
  }

  // Sets one translated string ("" removes it).
  translate(lang, key, text) {
    this.edit((doc) => {
      const table = doc.translations[lang] || (doc.translations[lang] = {});
      if (text) table[key] = text;
      else delete table[key];
    }, 'translate', `${lang}:${key}`);
  }

  // Steps back or forward in the history.
  undo() { this.travel(this.undoStack, this.redoStack); }
  redo() { this.travel(this.redoStack, this.undoStack); }
  // Moves the present state onto one stack and takes the top of the other.
  travel(from, to) {
    if (!from.length) return;
    this.lastTyping = null;
    to.push(this.snapshot());
    this.restore(from.pop());
    this.changed('history');
  }

  // Whether there is work since the last open or export (the page warns before it is lost).
  get unsaved() { return this.snapshot() !== this.savedText; }
  // The present state is exported (or safe in the browser): nothing to warn about.
  markSaved() { this.savedText = this.snapshot(); }

  // Keeps the work in localStorage and tells the page.
  changed(why) {
    try { localStorage.setItem(AUTOSAVE_KEY, this.snapshot()); } catch { /* storage full or off: the warning on leaving still guards */ }
    this.onChange(why);
  }

  // The autosaved work of an earlier visit, if any.
  static autosaved() {
    try { return localStorage.getItem(AUTOSAVE_KEY); } catch { return null; }
  }

  // The translation files' texts, for the engine and the packages.
  translationTexts() {
    return Object.fromEntries(Object.entries(this.translations).map(([lang, table]) => [lang, JSON.stringify(table, null, 2)]));
  }
}
