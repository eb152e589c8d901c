// tools/package's node half: reads the venue files, their translations, the interface text, a
// staged web build and the templates from disk, and writes the zips web/packaging/package.mjs makes.
//
//   node tools/package.mjs missing VENUE...
//       lists, per venue and language, the strings its translation lacks (exit 1 if any)
//   node tools/package.mjs zips --web DIR --out DIR [--title T] [--mode M] [--pass-mark N] [--form N] [--muted]
//                               [--launch-venues] VENUE...
//       writes moments-<kind>.zip for scorm12, scorm2004 and cmi5, and each manifest into
//       <out>/.manifests/<kind>/ for tools/package to check with xmllint
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePackage, missingStrings, sourceTexts } from '../web/packaging/package.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Where a venue file's translations are: locales/ beside it, else beside its folder.
function localesDirOf(venuePath) {
    const here = dirname(resolve(venuePath));
    for (const candidate of [join(here, 'locales'), join(dirname(here), 'locales')])
        if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    return join(here, 'locales');
}

// A venue file and the translation files of the languages it lists, as makePackage takes them.
function readVenue(path) {
    const text = readFileSync(path, 'utf8');
    const data = JSON.parse(text);
    const translations = {};
    for (const lang of data.locales ?? ['en']) {
        const file = join(localesDirOf(path), lang, `${data.id}.json`);
        if (lang !== 'en' && existsSync(file)) translations[lang] = readFileSync(file, 'utf8');
    }
    return { text, translations };
}

// Every file under `dir` as {relative/path: bytes}.
function readTree(dir) {
    const files = {};
    const walk = (at) => {
        for (const name of readdirSync(at)) {
            const path = join(at, name);
            if (statSync(path).isDirectory()) walk(path);
            else files[relative(dir, path).split(sep).join('/')] = new Uint8Array(readFileSync(path));
        }
    };
    walk(dir);
    return files;
}

// Prints the strings each translation lacks (five named, the rest counted); true when none is missing.
function reportMissing(venues, shown = 5) {
    let complete = true;
    const missing = missingStrings(venues);
    for (const venue of venues) {
        const data = JSON.parse(venue.text);
        for (const [lang, keys] of Object.entries(missing[data.id])) {
            if (!keys.length) continue;
            complete = false;
            const more = keys.length > shown ? ` and ${keys.length - shown} more` : '';
            console.log(`${data.id}: ${lang}: ${keys.length} of ${sourceTexts(data).length} strings missing ` +
                        `(English is shown instead): ${keys.slice(0, shown).join(', ')}${more}`);
        }
    }
    return complete;
}

// Gzips with zopfli, as the game's own build does (about 9 % smaller than fflate); the same pack once.
const zopfliOf = new Map();
function zopfli(bytes) {
    const key = Buffer.from(bytes).toString('base64');
    if (!zopfliOf.has(key)) {
        const dir = mkdtempSync(join(tmpdir(), 'moments-pack-'));
        try {
            writeFileSync(join(dir, 'assets.pack'), bytes);
            zopfliOf.set(key, new Uint8Array(execFileSync('zopfli', ['--gzip', '-c', join(dir, 'assets.pack')], { maxBuffer: 1 << 28 })));
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    return zopfliOf.get(key);
}

// The three zips of one build, as tools/package documents them.
async function writeZips(options, venues) {
    const uiDir = join(root, 'assets/locales');
    const interfaceText = {};
    for (const lang of readdirSync(uiDir))
        if (existsSync(join(uiDir, lang, 'ui.json'))) interfaceText[lang] = readFileSync(join(uiDir, lang, 'ui.json'), 'utf8');
    const templateDir = join(root, 'web/packaging');
    const templates = Object.fromEntries(readdirSync(templateDir).filter((n) => n.endsWith('.xml'))
        .map((n) => [n, readFileSync(join(templateDir, n), 'utf8')]));
    const gameFiles = readTree(options.web);
    for (const kind of ['scorm12', 'scorm2004', 'cmi5']) {
        const built = await makePackage({ kind, title: options.title, mode: options.mode, passMark: options.passMark, form: options.form,
                                          muted: options.muted, venues, interfaceText, gameFiles, templates, launchVenues: options.launchVenues, gzip: zopfli });
        if (kind === 'scorm12') console.log(`package: launch data ${JSON.stringify(built.launch)}`);
        const manifestDir = join(options.out, '.manifests', kind);
        mkdirSync(manifestDir, { recursive: true });
        writeFileSync(join(manifestDir, built.manifestName), built.manifest);
        writeFileSync(join(options.out, `moments-${kind}.zip`), built.zip);
    }
}

// Reads "--name value" options up to the venue files.
function parse(args) {
    const options = { launchVenues: false };
    const venues = [];
    const number = (v) => (v === '' || v === undefined ? undefined : Number(v));
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--web') options.web = args[++i];
        else if (a === '--out') options.out = args[++i];
        else if (a === '--title') options.title = args[++i];
        else if (a === '--mode') options.mode = args[++i];
        else if (a === '--pass-mark') options.passMark = number(args[++i]);
        else if (a === '--form') options.form = number(args[++i]);
        else if (a === '--launch-venues') options.launchVenues = true;
        else if (a === '--muted') options.muted = true;
        else venues.push(readVenue(a));
    }
    return { options, venues };
}

const [command, ...args] = process.argv.slice(2);
if (command === 'missing') {
    process.exit(reportMissing(args.map(readVenue)) ? 0 : 1);
} else if (command === 'zips') {
    const { options, venues } = parse(args);
    await writeZips(options, venues);
} else {
    console.error(`usage: node ${basename(process.argv[1])} missing VENUE... | zips --web DIR --out DIR [options] VENUE...`);
    process.exit(2);
}
