// Shared SCORM test steps for lms12.test.mjs and lms2004.test.mjs: the
// package checks, a launch under scorm-again, and reading back what the LMS got.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listZip, extract } from './server.mjs';
import { lmsPage, gameFrame, waitFor } from './play.mjs';
import { webDir } from '../harness.mjs';

// Every file of the web build, relative, sorted.
export async function webFiles(dir = webDir) {
  const out = [];
  async function walk(d, prefix) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name), prefix + e.name + '/');
      else out.push(prefix + e.name);
    }
  }
  await walk(dir, '');
  return out.sort();
}

// The zip has the manifest at its root and every web file; the manifest lists
// exactly those files and carries `launch` as its launch data.
export async function checkScormZip(zip, { schemaversion, scormType, dataElement, launch }) {
  const entries = await listZip(zip);
  assert.ok(entries.includes('imsmanifest.xml'), 'imsmanifest.xml is at the zip root');
  assert.ok(!entries.some((e) => e !== 'imsmanifest.xml' && e.endsWith('imsmanifest.xml')), 'no manifest in a folder');
  const files = await webFiles();
  for (const f of files) assert.ok(entries.includes(f), `${f} of the web build is in the zip`);
  const dir = await extract(zip);
  const xml = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
  assert.match(xml, new RegExp(`<schemaversion>${schemaversion}</schemaversion>`));
  assert.match(xml, new RegExp(`adlcp:${scormType}="sco"`));
  assert.match(xml, /href="index.html"/);
  const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
  assert.deepEqual(listed, entries.filter((e) => e !== 'imsmanifest.xml' && !e.endsWith('/')).sort(), 'the manifest lists every file in the zip');
  const data = new RegExp(`<adlcp:${dataElement}>([^<]*)</adlcp:${dataElement}>`).exec(xml);
  assert.ok(data, `the manifest has adlcp:${dataElement}`);
  const unescaped = data[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  assert.deepEqual(JSON.parse(unescaped), launch);
  return dir;
}

// Opens the test LMS page with a fresh scorm-again API (or a stub) and the
// game in its iframe. Returns { page, frame, problems, warnings }.
export async function launchGame(browser, lms, std, { cmi, stub, settings, moodle } = {}) {
  const opened = await lmsPage(browser, lms.url + 'lms/lms.html');
  await opened.page.evaluate((o) => window.lms.start(o), { std, cmi, stub, settings, moodle });
  const frame = await gameFrame(opened.page);
  return { ...opened, frame };
}

export const calls = (page) => page.evaluate(() => window.lms.calls);

// The learner closes the game; waits for the LMS to store the last commit (LMS finish).
export async function closeGame(page, lms) {
  const before = lms.commits.length;
  const finishing = (await calls(page)).length;
  await page.evaluate(() => window.lms.close());
  const finished = (await calls(page)).slice(finishing).some((c) => /Finish$|Terminate$/.test(c.fn) && c.ret === 'true');
  if (finished) await waitFor(() => lms.commits.length > before, 'the final commit');
}
