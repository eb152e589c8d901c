// One packaging for tools/package and the venue studio: tools/package (the command line, on the web
// build) and makePackage (web/packaging/package.mjs, called here in node as the studio calls it in the
// browser) write the same file list, the same manifest text and the same content in the assets pack
// for the same inputs, for each kind of package.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, mkdtemp, writeFile, mkdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { unzipSync, strFromU8 } from 'fflate';
import { makePackages, root } from './lms/server.mjs';
import { webDir } from './harness.mjs';
import { makePackage, missingStrings, readPack } from '../../web/packaging/package.mjs';

const KINDS = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml' };
const cleanups = [];
after(() => Promise.all(cleanups.map((c) => c())));

// Every file under `dir` as {relative/path: bytes}.
async function readTree(dir, at = dir, files = {}) {
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) await readTree(dir, path, files);
    else files[relative(dir, path).split(sep).join('/')] = new Uint8Array(await readFile(path));
  }
  return files;
}

// What the studio hands makePackage: venue texts with translations, the interface text, the build, the templates.
async function studioInputs(venueFiles, localesDir) {
  const venues = [];
  for (const file of venueFiles) {
    const text = await readFile(file, 'utf8');
    const { id, locales } = JSON.parse(text);
    const translations = {};
    for (const lang of locales.filter((l) => l !== 'en'))
      translations[lang] = await readFile(join(localesDir, lang, `${id}.json`), 'utf8').catch(() => undefined);
    venues.push({ text, translations: Object.fromEntries(Object.entries(translations).filter(([, t]) => t !== undefined)) });
  }
  const interfaceText = {};
  for (const lang of await readdir(join(root, 'assets/locales')))
    interfaceText[lang] = await readFile(join(root, 'assets/locales', lang, 'ui.json'), 'utf8').catch(() => undefined);
  const templates = {};
  for (const name of ['imsmanifest-scorm12.xml', 'imsmanifest-scorm2004.xml', 'cmi5.xml'])
    templates[name] = await readFile(join(root, 'web/packaging', name), 'utf8');
  return { venues, interfaceText: Object.fromEntries(Object.entries(interfaceText).filter(([, t]) => t)), gameFiles: await readTree(webDir), templates };
}

// Both ways, one set of options: every kind's file list, manifest and pack content agree.
async function compareBothWays(cliArgs, options, venueFiles, localesDir) {
  const cli = await makePackages(cliArgs);
  cleanups.push(cli.cleanup);
  const inputs = await studioInputs(venueFiles, localesDir);
  for (const [kind, manifestName] of Object.entries(KINDS)) {
    const written = unzipSync(new Uint8Array(await readFile(cli.zips[kind])));
    const made = await makePackage({ kind, ...options, ...inputs });
    const madeZip = unzipSync(made.zip);
    assert.deepEqual(Object.keys(madeZip).sort(), Object.keys(written).sort(), `${kind}: the same files`);
    assert.equal(strFromU8(madeZip[manifestName]), strFromU8(written[manifestName]), `${kind}: the same manifest text`);
    assert.equal(made.manifest, strFromU8(written[manifestName]));
    // The manifest lists every file of the package but itself.
    const listed = [...made.manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    if (kind !== 'cmi5') assert.deepEqual(listed, Object.keys(written).filter((f) => f !== manifestName).sort());
    const packWritten = readPack(written['assets.pack.gz']), packMade = readPack(madeZip['assets.pack.gz']);
    assert.deepEqual(Object.keys(packMade).sort(), Object.keys(packWritten).sort(), `${kind}: the same files in the assets pack`);
    for (const name of Object.keys(packWritten)) assert.deepEqual(packMade[name], packWritten[name], `${kind}: ${name} in the pack`);
  }
  return cli;
}

test('tools/package and makePackage agree on the default package of every shipped venue', async () => {
  const shipped = (await readdir(join(root, 'assets/venues'))).sort().map((f) => join(root, 'assets/venues', f));
  const cli = await compareBothWays([], { launchVenues: false }, shipped, join(root, 'assets/locales'));
  assert.match(cli.output, /package: launch data \{"mode":"training"\}/);
});

test('tools/package and makePackage agree on a trainer\'s own venue with every option', async () => {
  // A copy of the café under a new id, in a folder of its own with a partial Italian translation.
  const dir = await mkdtemp(join(tmpdir(), 'moments-package-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const venue = JSON.parse(await readFile(join(root, 'assets/venues/cafe_counter.json'), 'utf8'));
  venue.id = 'corner_kiosk';
  venue.title = 'Corner Kiosk & "Friends" <Ltd>';
  venue.locales = ['en', 'it'];
  const italian = JSON.parse(await readFile(join(root, 'assets/locales/it/cafe_counter.json'), 'utf8'));
  const dropped = Object.keys(italian).slice(3, 5);
  for (const key of dropped) delete italian[key];
  await mkdir(join(dir, 'locales/it'), { recursive: true });
  await writeFile(join(dir, 'corner_kiosk.json'), JSON.stringify(venue, null, 2));
  await writeFile(join(dir, 'locales/it/corner_kiosk.json'), JSON.stringify(italian, null, 2));
  const venueFile = join(dir, 'corner_kiosk.json');

  const { venues } = await studioInputs([venueFile], join(dir, 'locales'));
  assert.deepEqual(missingStrings(venues), { corner_kiosk: { it: dropped } });
  const title = 'Kiosk: a "test" & more';
  const cli = await compareBothWays(
    ['--venues', venueFile, '--mode', 'assessment', '--pass-mark', '85', '--form', '2', '--muted', '--title', title, '--allow-english-fallback'],
    { title, mode: 'assessment', passMark: 85, form: 2, muted: true }, [venueFile], join(dir, 'locales'));
  assert.match(cli.output, /package: launch data \{"mode":"assessment","passMark":85,"venues":\["corner_kiosk"\],"form":2,"muted":true\}/);
  assert.match(cli.output, /corner_kiosk: it: 2 of \d+ strings missing/);
});
