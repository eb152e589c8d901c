// Accessibility of the web build: a whole shift played through the DOM mirror
// alone, as a screen-reader user would (controls found by role and name,
// activated without pointer hit-testing, progress heard from the live region);
// axe-core on every screen; the timer and reduced-motion settings from the mirror.
//
// Diagnostics: MOMENTS_A11Y_NUDGE=1 moves the mouse over the canvas after each
// mirror activation. That wakes a game that draws only after input, which shows
// whether the rest of a flow works when an activation alone does nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, state, waitForScreen } from './harness.mjs';
import { uiText, outcomeIndex, progress, playUntil, chooseMode, look } from './drive.mjs';

const axePath = join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules/axe-core/axe.min.js');
const NUDGE = process.env.MOMENTS_A11Y_NUDGE === '1';
const EFFECT_MS = 5000; // how long an activation may take to show its effect

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

let nudges = 0;
async function nudge(page) {
  if (NUDGE) await page.mouse.move(4, 4 + (nudges++ % 2));
}

// Activates a mirror control the way assistive technology does: a click event
// on the element (no hit-testing), or focus and Enter. Then waits for the game to
// move on; `what` names the control in the failure message.
async function activate(page, locator, how, what) {
  // The mirror is rebuilt on the frame after the game moves on: wait for the control to appear.
  await locator.first().waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
  assert.equal(await locator.count(), 1, `the mirror has exactly one ${what}`);
  const before = await progress(page);
  if (how === 'click') await locator.dispatchEvent('click');
  else { await locator.focus(); await page.keyboard.press('Enter'); }
  await nudge(page);
  try {
    await page.waitForFunction((b) => {
      const s = window.moments.state(); const c = s.customer || {};
      return JSON.stringify([s.screen, c.index, c.line]) !== b;
    }, JSON.stringify(JSON.parse(before).slice(0, 3)), { timeout: EFFECT_MS, polling: 'raf' });
  } catch {
    const s = await state(page);
    assert.fail(`activating the ${what} in the mirror (${how === 'click' ? 'click event' : 'focus + Enter'}) had no effect within ` +
      `${EFFECT_MS} ms: the game is still on "${s.screen}"`);
  }
}

// Waits until the live region's text contains `expected`, and returns it.
async function hear(page, expected, where) {
  try {
    await page.waitForFunction((e) => document.getElementById('mirror-live').textContent.includes(e), expected, { timeout: EFFECT_MS });
  } catch {
    assert.fail(`on the ${where} the live region should announce "${expected}" but says "${await page.textContent('#mirror-live')}"`);
  }
  return page.textContent('#mirror-live');
}

// The labels of the response buttons: the buttons right after the "What do you say?" text.
async function responseLabels(page, t) {
  return page.evaluate(({ prompt, hint }) => {
    const nodes = [...document.querySelectorAll('#mirror-controls > *')];
    const at = nodes.findIndex((n) => n.tagName === 'P' && n.textContent === prompt);
    const out = [];
    for (let i = at + 1; at >= 0 && i < nodes.length && nodes[i].tagName === 'BUTTON' && nodes[i].textContent !== hint; i++)
      out.push(nodes[i].textContent);
    return out;
  }, { prompt: t['counter.choose'], hint: t['counter.hint'] });
}

// (a) A whole shift through the mirror alone, in English by click events and in Russian by focus and Enter.
for (const [lang, how] of [['en', 'click'], ['ru', 'enter']]) {
  test(`${lang}: a whole shift can be played through the accessible mirror alone (${how === 'click' ? 'click events' : 'focus and Enter'})`, async () => {
    const t = uiText(lang);
    const { page, problems } = await openPage(browser, `${server.url}?lang=${lang}`);
    await waitForScreen(page, 'title');
    const region = page.locator('#mirror');
    const button = (name) => region.getByRole('button', { name, exact: true });

    await activate(page, button(t['title.start']), how, `"${t['title.start']}" button on the title screen`);
    assert.equal((await state(page)).screen, 'briefing');
    await activate(page, button(t['briefing.start']), how, `"${t['briefing.start']}" button on the briefing`);

    const heard = { lines: 0, outcomes: 0 };
    for (let n = 0; n < 100; n++) {
      const s = await state(page); // only to check what was announced
      if (s.screen === 'debrief') break;
      if (s.screen === 'counter') {
        await hear(page, `${s.customer.name}: ${t.quote.replace('{text}', s.customer.line)}`, `counter (customer ${s.customer.index + 1})`);
        heard.lines++;
        const labels = await responseLabels(page, t);
        assert.ok(labels.length >= 2, `the mirror lists the responses after "${t['counter.choose']}": ${JSON.stringify(labels)}`);
        assert.deepEqual(labels, s.choices, 'the mirror offers the same responses as the canvas, in order');
        const pick = labels[n % labels.length]; // a mix of good and bad answers
        await activate(page, button(pick).first(), how, `response "${pick}"`);
      } else if (s.screen === 'feedback') {
        const outcome = t[`outcome.${outcomeIndex[s.feedback.outcome]}`];
        await hear(page, `${s.feedback.customer}: ${outcome}`, `feedback card for ${s.feedback.customer}`);
        heard.outcomes++;
        const next = (await button(t['feedback.next']).count()) ? t['feedback.next'] : t['feedback.finish'];
        await activate(page, button(next), how, `"${next}" button on the feedback card`);
      } else {
        assert.fail(`unexpected screen "${s.screen}" during the shift`);
      }
    }
    const end = await state(page);
    assert.equal(end.screen, 'debrief', 'the shift ends at the debrief');
    assert.equal(heard.outcomes, end.served, 'every customer\'s outcome was announced');
    assert.ok(heard.lines >= end.served, 'every customer\'s line was announced');
    await hear(page, t['debrief.heading'], 'debrief');
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  });
}

// (b) axe-core on every screen.
test('axe-core finds no serious or critical violation on any screen', async (t) => {
  const { page, problems } = await openPage(browser, server.url);
  const found = {};
  const seen = new Set();
  const audit = async (s) => {
    if (seen.has(s.screen)) return;
    seen.add(s.screen);
    await page.waitForTimeout(100);
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document);
      const brief = (list) => list.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      return { violations: brief(r.violations), incomplete: brief(r.incomplete) };
    });
    for (const v of result.violations) t.diagnostic(`${s.screen}: violation ${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`);
    for (const v of result.incomplete) t.diagnostic(`${s.screen}: needs review ${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (bad.length) found[s.screen] = bad;
  };

  await waitForScreen(page, 'title');
  await page.addScriptTag({ path: axePath });
  await playUntil(page, 'debrief', { onScreen: audit }); // title, briefing, counter, feedback, debrief
  await page.goto(server.url); // the week summary, after the one-shift assessment
  await waitForScreen(page, 'title');
  await page.addScriptTag({ path: axePath });
  await chooseMode(page, 'en', 'assessment');
  seen.delete('title');
  await audit(await state(page)); // the title with the assessment chosen
  const week = await playUntil(page, 'week');
  await audit(week);

  assert.deepEqual([...seen].sort(), ['briefing', 'counter', 'debrief', 'feedback', 'title', 'week']);
  assert.deepEqual(found, {}, 'serious or critical axe violations, by screen');
  assert.deepEqual(problems, []);
  await page.close();
});

// (c) The patience timer can be switched off from the mirror, and then nothing drains.
test('the timer can be switched off from the mirror and then the patience does not drain', async () => {
  const t = uiText('en');
  // For contrast: with the default timer the counter counts down.
  const first = await openPage(browser, server.url);
  await waitForScreen(first.page, 'title');
  const running = await playUntil(first.page, 'counter');
  assert.ok(running.timer_seconds_left > 0, 'the normal timer runs');
  await first.page.close();

  const { page, problems } = await openPage(browser, server.url);
  await waitForScreen(page, 'title');
  const off = page.locator('#mirror').getByRole('radio', { name: t['timer.2'], exact: true });
  assert.equal(await off.count(), 1, `one "${t['timer.2']}" radio in the mirror`);
  assert.equal(await off.getAttribute('aria-checked'), 'false');
  await off.dispatchEvent('click');
  await nudge(page);
  try {
    await page.waitForFunction((name) => [...document.querySelectorAll('#mirror [role=radio]')]
      .some((r) => r.textContent === name && r.getAttribute('aria-checked') === 'true'), t['timer.2'], { timeout: EFFECT_MS });
  } catch {
    assert.fail(`activating the "${t['timer.2']}" timer radio in the mirror did not check it within ${EFFECT_MS} ms`);
  }
  const normal = await page.evaluate((label) => {
    const nodes = [...document.querySelectorAll('#mirror-controls > *')];
    const at = nodes.findIndex((n) => n.textContent === label);
    return nodes[at + 1]?.getAttribute('aria-checked');
  }, t['title.timer']);
  assert.equal(normal, 'false', 'the timer\'s "Normal" radio is no longer checked');

  const s = await playUntil(page, 'counter');
  assert.equal(s.timer_seconds_left, 0, 'no decision timer with the timer off');
  await page.waitForTimeout(3000);
  const { state: later, frame } = await look(page);
  assert.equal(later.screen, 'counter');
  assert.equal(later.customer.index, s.customer.index, 'the same customer is still waiting');
  assert.equal(later.timer_seconds_left, 0, 'still no timer after 3 s');
  assert.equal(later.customer.mood, s.customer.mood, 'the customer\'s mood did not drain');
  assert.ok(frame.items.some((i) => i.label === t['counter.patience_off']), `the mirror says "${t['counter.patience_off']}"`);
  assert.ok(!frame.items.some((i) => i.kind === 'meter' && i.label === t['counter.draining']), 'nothing says the customer is getting impatient');
  assert.deepEqual(problems, []);
  await page.close();
});

// (d) Reduce motion is a checkbox in the mirror that reports its state.
test('the reduce-motion checkbox in the mirror toggles aria-checked', async () => {
  const t = uiText('en');
  const { page, problems } = await openPage(browser, server.url);
  await waitForScreen(page, 'title');
  const box = page.locator('#mirror').getByRole('checkbox', { name: t['title.reduced_motion'], exact: true });
  const checked = () => box.getAttribute('aria-checked');
  assert.equal(await box.count(), 1, `one "${t['title.reduced_motion']}" checkbox in the mirror`);
  assert.equal(await checked(), 'false', 'off at first');
  for (const want of ['true', 'false']) {
    await box.dispatchEvent('click');
    await nudge(page);
    try {
      await page.waitForFunction(([w, name]) => [...document.querySelectorAll('#mirror [role=checkbox]')]
        .some((c) => c.textContent === name && c.getAttribute('aria-checked') === w), [want, t['title.reduced_motion']], { timeout: EFFECT_MS });
    } catch {
      assert.fail(`activating "${t['title.reduced_motion']}" in the mirror did not set aria-checked to ${want} within ${EFFECT_MS} ms (it is ${await checked()})`);
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});
