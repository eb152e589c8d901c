// What an LMS package contains, in one place for tools/package (node) and the venue studio
// (the browser): the staged content (manifest.json, venues, compact translations, the interface
// text of the offered languages) in the pack format game/content/pack.h reads, the manifest
// templates filled in (title, mode, pass mark, form, launch data and query, file list), and the zip.
//
//   const { zip, files, manifest, launch } = await makePackage({ kind: 'scorm12', title, mode, passMark, form, muted,
//       venues: [{ text, translations: { it: text } }], interfaceText: { en: uiJsonText },
//       gameFiles: { 'index.html': bytes, 'assets.pack.gz': bytes, ... }, templates: { 'cmi5.xml': text, ... } });
//
// A venue's translations are staged compactly (tools/assets.py content does the same for the game's
// own build): <id>.keys.json lists the keys once, each language a list of its texts in that order.
import { gunzipSync, gzipSync, strFromU8, strToU8, zipSync } from 'fflate';

// [SECTION] Venue text ------------------------------------------------------------------

// The venue's translatable texts as [key, text], in the order of TextSlots in game/content/localise.cpp.
export function sourceTexts(venue) {
    const texts = [['title', venue.title ?? '']];
    for (const p of venue.policies ?? []) texts.push([`policy.${p.id}`, p.text ?? '']);
    for (const e of venue.encounters ?? []) {
        texts.push([`${e.id}.name`, e.name ?? ''], [`${e.id}.request`, e.request ?? '']);
        if (e.hidden_need) texts.push([`${e.id}.hidden_need`, e.hidden_need]);
        for (const b of e.beats ?? []) {
            const beat = `${e.id}.${b.id}`;
            texts.push([`${beat}.line`, b.line ?? '']);
            for (const r of b.responses ?? []) {
                const response = `${beat}.${r.id}`;
                texts.push([`${response}.text`, r.text ?? ''], [`${response}.why`, r.why ?? '']);
                if ('promise' in r) texts.push([`${response}.promise`, r.promise?.text ?? '']);
            }
        }
    }
    return texts;
}

// A venue as content: its data, id, languages and translations ({lang: {key: text}}; a listed
// language without a translation has none of its strings).
function readVenue({ text, translations = {} }) {
    const data = JSON.parse(text);
    const locales = data.locales ?? ['en'];
    const texts = {};
    for (const lang of locales)
        if (lang !== 'en') texts[lang] = Object.hasOwn(translations, lang) ? JSON.parse(translations[lang]) : {};
    return { data, id: data.id, locales, translations: texts };
}

// The strings each venue's translations lack (empty ones count as lacking): {venueId: {lang: [keys]}}.
export function missingStrings(venues) {
    const out = {};
    for (const venue of venues.map(readVenue)) {
        const keys = sourceTexts(venue.data).map(([key]) => key);
        out[venue.id] = {};
        for (const [lang, texts] of Object.entries(venue.translations)) out[venue.id][lang] = keys.filter((k) => !(Object.hasOwn(texts, k) && texts[k]));
    }
    return out;
}

// [SECTION] Staged content and the pack -------------------------------------------------

// Languages the interface has, in the first venue's order, kept when every venue has them too.
function offeredLanguages(interfaceLangs, venues) {
    const order = [...(venues[0]?.locales ?? []), ...[...interfaceLangs].sort()];
    return order.filter((lang, i) => interfaceLangs.includes(lang) && order.indexOf(lang) === i && venues.every((v) => v.locales.includes(lang)));
}

// Compact JSON, as the game's build stages it.
const compact = (data) => strToU8(JSON.stringify(data));

// The content files the game reads ({path: bytes}): manifest, venues, translations, interface text.
export function stageContent(venueInputs, interfaceText) {
    const venues = venueInputs.map(readVenue);
    const ids = venues.map((v) => v.id);
    const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].sort();
    if (twice.length) throw new Error(`two venue files have the id ${twice.join(', ')}`);
    const languages = offeredLanguages(Object.keys(interfaceText), venues);
    const files = {};
    for (const lang of languages) files[`locales/${lang}/ui.json`] = compact(JSON.parse(interfaceText[lang]));
    for (const v of venues) {
        files[`venues/${v.id}.json`] = compact(v.data);
        const staged = Object.entries(v.translations).filter(([lang]) => languages.includes(lang));
        if (!staged.length) continue;
        const keys = [...new Set(staged.flatMap(([, texts]) => Object.keys(texts)))].sort();
        files[`locales/${v.id}.keys.json`] = compact(keys);
        for (const [lang, texts] of staged) files[`locales/${lang}/${v.id}.json`] = compact(keys.map((k) => (Object.hasOwn(texts, k) ? texts[k] : null)));
    }
    files['manifest.json'] = compact({
        venues: venues.map((v) => ({ id: v.id, file: `venues/${v.id}.json`, title: v.data.title ?? v.id,
                                     locales: v.locales.filter((lang) => languages.includes(lang)) })),
        languages,
        names: languages.map((lang) => JSON.parse(interfaceText[lang])['language.name'] ?? lang),
    });
    return files;
}

// Code-point order, as Python sorts the pack's and the manifest's paths.
const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// The pack game/content/pack.h reads: "MOTPACK1 <count>", a "<size> <path>" line per file, the bytes.
export function writePack(files) {
    const names = Object.keys(files).sort(byPath);
    const head = strToU8(`MOTPACK1 ${names.length}\n` + names.map((n) => `${files[n].length} ${n}\n`).join(''));
    const out = new Uint8Array(head.length + names.reduce((sum, n) => sum + files[n].length, 0));
    out.set(head);
    let at = head.length;
    for (const n of names) out.set(files[n], at), (at += files[n].length);
    return out;
}

// The files of a pack (gzipped or not) as {path: bytes}.
export function readPack(bytes) {
    const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    let at = data.indexOf(10);
    const count = Number(strFromU8(data.subarray(0, at)).split(' ')[1]);
    const index = [];
    for (let i = 0; i < count; i++) {
        const end = data.indexOf(10, at + 1);
        const line = strFromU8(data.subarray(at + 1, end));
        const space = line.indexOf(' ');
        index.push([line.slice(space + 1), Number(line.slice(0, space))]);
        at = end;
    }
    const files = {};
    at += 1;
    for (const [name, size] of index) files[name] = data.subarray(at, (at += size));
    return files;
}

// Gzip as the browser can: fflate at its tightest (tools/package hands in zopfli, about 9 % smaller).
const gzipTight = (bytes) => gzipSync(bytes, { level: 9, mtime: 0 });

// The language a staged file's pack is for: a language's texts (locales/<lang>/: its ui.json
// and venue translations) but the first language's ui.json (the fallback, and the error
// screen's); null for what every learner needs (fonts, venues, keys, manifest). As tools/assets.py,
// which also leaves English's ui.json out of every pack: the game has it built in.
function languageOf(name, first) {
    const parts = name.split('/');
    if (parts.length !== 3 || parts[0] !== 'locales' || (parts[1] === first && parts[2] === 'ui.json')) return null;
    return parts[1];
}

// A package's packs ({file name: gzipped bytes}): its venues staged afresh, the fonts kept from
// the game's build; assets.pack.gz for everyone, assets.<lang>.pack.gz with each language's
// texts (fetched only for the language in use), named in the main pack's packs.json.
export async function repack(oldPack, venues, interfaceText, gzip = gzipTight) {
    const fonts = Object.fromEntries(Object.entries(readPack(oldPack)).filter(([name]) => name.startsWith('fonts/')));
    const staged = { ...fonts, ...stageContent(venues, interfaceText) };
    delete staged['locales/en/ui.json']; // built into the game (game/content/english_text.cpp)
    const first = JSON.parse(strFromU8(staged['manifest.json'])).languages[0];
    const byLanguage = { '': {} };
    for (const [name, bytes] of Object.entries(staged)) {
        const lang = languageOf(name, first) ?? '';
        (byLanguage[lang] ??= {})[name] = bytes;
    }
    const langs = Object.keys(byLanguage).filter((lang) => lang).sort(byPath);
    byLanguage['']['packs.json'] = compact(Object.fromEntries(langs.map((lang) => [lang, `assets.${lang}.pack.gz`])));
    const packs = {};
    for (const lang of ['', ...langs]) packs[lang ? `assets.${lang}.pack.gz` : 'assets.pack.gz'] = await gzip(writePack(byLanguage[lang]));
    return packs;
}

// [SECTION] Manifests ------------------------------------------------------------------

const kinds = { scorm12: 'imsmanifest-scorm12.xml', scorm2004: 'imsmanifest-scorm2004.xml', cmi5: 'cmi5.xml' };

// XML text escapes (and the quote, inside attributes).
const escapeXml = (text, quote = false) => {
    const out = String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    return quote ? out.replaceAll('"', '&quot;') : out;
};

// A query string as the launch URL carries it (form encoding: spaces as "+", only A-Z a-z 0-9 _ . - ~ kept).
const queryOf = (options) => Object.entries(options).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)])
    .map((pair) => pair.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replaceAll('%20', '+')).join('=')).join('&');

// The mastery score as the manifests write it: 0.7, 0.85, 1, 0.
const masteryOf = (passMark) => {
    const m = (passMark ?? 70) / 100;
    return m === 0 || m === 1 ? String(m) : m.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
};

// The package's options (baked in as launch data and query) and the values its templates take.
function manifestValues({ title, mode, passMark, form, muted, venueIds, files }) {
    const options = { mode: mode || 'training' };
    if (passMark != null) options.passMark = passMark;
    if (venueIds) options.venues = venueIds;
    if (form != null) options.form = form;
    if (muted) options.muted = true; // the game starts with its sound off
    const slug = [options.mode, ...(venueIds ?? ['all']), ...(passMark != null ? [`pass${passMark}`] : []), ...(form != null ? [`form${form}`] : []), ...(muted ? ['muted'] : [])]
        .join('-').toLowerCase().replaceAll('_', '-').replace(/[^a-z0-9-]+/g, '-');
    const assessment = options.mode === 'assessment';
    return {
        options,
        values: {
            '@IDENTIFIER@': `moments-of-truth-${slug}`,
            '@TITLE@': escapeXml(title || (assessment ? 'Moments of Truth: assessment' : 'Moments of Truth')),
            '@DESCRIPTION@': escapeXml(assessment ? 'One scored shift: the result says whether the learner meets the pass mark.'
                                                  : 'A training week of five shifts at the counter, with feedback after every customer.'),
            '@LAUNCH_DATA@': escapeXml(JSON.stringify(options)),
            '@LAUNCH_QUERY@': escapeXml(queryOf(options)),
            '@COURSE_ID@': escapeXml(`urn:moments-of-truth:course:${slug}`),
            '@AU_ID@': escapeXml(`urn:moments-of-truth:au:${slug}`),
            '@MOVE_ON@': assessment ? 'Passed' : 'Completed',
            '@MASTERY_SCORE@': masteryOf(passMark),
            '@FILES@': files.map((f) => `      <file href="${escapeXml(f, true)}"/>`).join('\n'),
        },
    };
}

// Fills a template; an @FIELD@ left over means the template and this module disagree.
function fill(name, template, values) {
    let text = template;
    for (const [field, value] of Object.entries(values)) text = text.replaceAll(field, value);
    const left = text.match(/@[A-Z_]+@/g);
    if (left) throw new Error(`${name} has unknown fields ${left.join(', ')}`);
    return text;
}

// [SECTION] The package -------------------------------------------------------------------

// One LMS package (kind 'scorm12' | 'scorm2004' | 'cmi5') of the game build `gameFiles` carrying `venues`:
// {zip, files (the game's, as the manifest lists them), manifest (its text), launch (the options baked in)}.
// The launch data names the venues unless `launchVenues` is false (a package of every shipped venue);
// `gzip` (bytes -> gzip bytes, may be async) compresses the pack, by default with fflate.
export async function makePackage({ kind, title, mode, passMark, form, muted, venues, interfaceText, gameFiles, templates, launchVenues = true,
                                    gzip = gzipTight }) {
    if (!(kind in kinds)) throw new Error(`unknown package kind '${kind}' (scorm12, scorm2004 or cmi5)`);
    if (!gameFiles['assets.pack.gz']) throw new Error('the game build has no assets.pack.gz');
    const ownPacks = Object.fromEntries(Object.entries(gameFiles).filter(([name]) => !/^assets\..*pack\.gz$/.test(name)));
    const game = { ...ownPacks, ...(await repack(gameFiles['assets.pack.gz'], venues, interfaceText, gzip)) };
    const files = Object.keys(game).sort(byPath);
    const venueIds = launchVenues ? venues.map((v) => JSON.parse(v.text).id) : undefined;
    const { options, values } = manifestValues({ title, mode, passMark, form, muted, venueIds, files });
    const manifest = fill(kinds[kind], templates[kinds[kind]], values);
    const manifestName = kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
    const entries = { [manifestName]: strToU8(manifest) };
    for (const f of files) entries[f] = game[f];
    const zip = zipSync(entries, { level: 9, mtime: new Date(1980, 0, 1) });
    return { zip, files, manifest, manifestName, launch: options };
}
