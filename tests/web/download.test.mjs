// What a learner downloads: the page, the game, the main asset pack and the pack
// of their own language's venue translations, no other; a language chosen on the
// title screen comes then, and the venues show in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, waitForScreen } from './harness.mjs';
import { uiText, mirror, radioIndex } from './drive.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The asset packs the page has fetched so far, by file name.
const packsFetched = (page) => page.evaluate(() => [...new Set(performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname.split('/').pop()).filter((n) => /^assets\..*pack\.gz$/.test(n)))].sort());

// The café's title in a language, as its translation file has it.
const cafeTitle = (lang) => JSON.parse(readFileSync(join(root, `assets/locales/${lang}/cafe_counter.json`), 'utf8')).title;

// Waits until the title screen's mirror shows `label`.
const showing = (page, label) => page.waitForFunction((l) => window.moments.mirror()?.items.some((i) => i.label.includes(l)), label);

test('in English no language pack is downloaded; Italian chosen on the title downloads its pack and the venues switch to it', async () => {
  const { page, problems } = await openPage(browser, `${server.url}?lang=en`);
  await waitForScreen(page, 'title');
  assert.deepEqual(await packsFetched(page), ['assets.pack.gz'], 'English needs only the main pack');

  const index = radioIndex(await mirror(page), uiText('en')['title.language'], uiText('it')['language.name']);
  await page.locator(`#mirror-controls [data-index="${index}"]`).dispatchEvent('click'); // as assistive technology would
  await page.keyboard.press('Shift'); // wakes the game (see activateMirrorItem), whose state does not name the language
  await showing(page, cafeTitle('it'));
  assert.deepEqual(await packsFetched(page), ['assets.it.pack.gz', 'assets.pack.gz'], 'the Italian pack came when Italian was chosen');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a learner in Russian downloads the Russian pack before the first frame, and no other language', async () => {
  const { page, problems } = await openPage(browser, `${server.url}?lang=ru`);
  await waitForScreen(page, 'title');
  await showing(page, cafeTitle('ru'));
  assert.deepEqual(await packsFetched(page), ['assets.pack.gz', 'assets.ru.pack.gz']);
  assert.deepEqual(problems, []);
  await page.close();
});
