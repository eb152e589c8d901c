// `moments --replay` on a browser shift: the save the page hands the LMS,
// played back by the native game, gives the choices and score the learner saw.
// Needs the web build and the native one (cmake --build --preset native-debug).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, state, waitForScreen } from './harness.mjs';
import { press } from './drive.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nativeDir = process.env.MOMENTS_NATIVE_DIR || join(root, 'build/native-debug');
const nativeGame = join(nativeDir, 'moments');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The save text the page keeps for the LMS (standalone, it is kept in local storage as it would be sent).
const pageSave = (page) => page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).find((v) => /^mot\d+\|/.test(v || '')));

test('a shift played in the browser replays natively to the same choices and score', async () => {
  assert.ok(existsSync(nativeGame), `the native game is needed at ${nativeGame}: cmake --build --preset native-debug`);
  const { page, problems } = await openPage(browser, server.url + '?seed=4242');
  await waitForScreen(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'counter');

  const chosen = [];
  for (let step = 0; step < 300; step++) {
    const s = await state(page);
    if (s.screen === 'debrief') break;
    if (s.screen === 'counter' && s.choice_ids.length) {
      const index = (step * 7) % s.choice_ids.length; // a mix of answers, so the score is not the best bot's
      chosen.push(s.choice_ids[index]);
      await press(page, String(index + 1)); // waits for the game to move on, not for a clock to tick
    } else {
      await press(page, 'Enter');
    }
  }
  const end = await state(page);
  assert.equal(end.screen, 'debrief');
  assert.ok(chosen.length >= 6, 'a whole shift of decisions');
  const save = await pageSave(page);
  assert.ok(save, 'the page kept a save for the LMS');
  // What an LMS stores and its report shows: the page's own codec's form ("m1:" + base64url of raw DEFLATE).
  const stored = await page.evaluate((text) => window.MomentsLMSParts.store.encodeSave(text), save);
  assert.match(stored, /^m[01]:/);
  assert.deepEqual(problems, []);
  await page.close();

  const replay = (text) => execFileSync(nativeGame, ['--assets', join(nativeDir, 'assets'), '--replay', text, '--json'], { encoding: 'utf8' });
  const json = replay(save);
  assert.equal(replay(stored), json, 'the LMS form replays the same');
  const trace = JSON.parse(json);
  assert.equal(trace.venue, end.venue);
  assert.deepEqual(trace.decisions.map((d) => d.choice), chosen);
  assert.equal(trace.days.length, 1);
  assert.equal(trace.days[0].score, end.score, 'the replayed shift scores what the debrief showed');
  assert.equal(trace.days[0].reputation, end.reputation);
  assert.deepEqual(trace.days[0].outcomes, end.outcomes);
});
