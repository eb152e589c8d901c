// Every screen in every shipped language, at a desktop and a phone size:
// screenshots (build/screenshots/<screen>-<w>x<h>-<lang>.png), no text that
// overflows its box (the game reports it in window.moments.mirror().overflow),
// and the text really is in that language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForScreen, screenshot } from './harness.mjs';
import { languages, venues, uiText, venueStrings, playUntil, chooseMode } from './drive.mjs';

const sizes = [[1280, 720], [390, 844]];
const allScreens = ['title', 'briefing', 'counter', 'feedback', 'debrief', 'week'];

// A text that each screen shows, by its interface key, and the kind of mirror item it is.
const landmarks = {
  title: ['heading', 'app.title'],
  briefing: ['button', 'briefing.start'],
  counter: ['text', 'counter.choose'],
  feedback: ['text', 'feedback.better'],
  debrief: ['heading', 'debrief.heading'],
  week: ['heading', 'certificate.heading'],
};

// Matchers for every text a language can show: interface templates ({name}
// placeholders match anything) and venue strings, whole and split at " · ".
function matchers(lang) {
  const texts = [...Object.values(uiText(lang)), ...venues.flatMap((v) => venueStrings(v, lang))];
  const out = [];
  for (const text of texts)
    for (const piece of new Set([text, ...text.split(' · ')])) {
      if (!/[\p{L}]/u.test(piece.replace(/\{\w+\}/g, ''))) continue; // nothing but placeholders
      const escaped = piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      out.push(new RegExp(`^${escaped.replace(/\{\w+\}/g, '.+')}$`, 'su'));
    }
  return out;
}
const english = matchers('en');
const languageNames = languages.map((l) => uiText(l)['language.name']); // each shown in itself everywhere

// The pieces of a mirror label worth comparing: the whole label and its " · " parts, without decoration.
function pieces(label) {
  const clean = (p) => p.trim().replace(/^[•★·]\s*/u, '').replace(/^[\u201C\u00AB\u201E](.*)[\u201D\u00BB]$/su, '$1').trim();
  return [...new Set([label, ...label.split(' · ')].map(clean))].filter((p) => /\p{L}{2}/u.test(p));
}

// Mirror labels that are English text the language `lang` does not also use.
function untranslated(frame, own) {
  const found = [];
  for (const item of frame.items)
    for (const p of pieces(item.label)) {
      if (languageNames.includes(p)) continue;
      if (english.some((m) => m.test(p)) && !own.some((m) => m.test(p))) found.push(p);
    }
  return found;
}

// The share of letters that are Latin, for languages written in another script.
function latinShare(frame) {
  const text = frame.items.map((i) => i.label).join(' ');
  const letters = text.match(/\p{L}/gu) || [];
  const latin = text.match(/\p{Script=Latin}/gu) || [];
  return letters.length ? latin.length / letters.length : 0;
}

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const lang of languages) {
  const t = uiText(lang);
  const own = lang === 'en' ? english : matchers(lang);
  for (const [width, height] of sizes) {
    test(`${lang} at ${width}x${height}: every screen fits and speaks ${lang}`, async () => {
      const url = `${server.url}?lang=${lang}`;
      const { page, problems } = await openPage(browser, url, { width, height });
      const overflow = {};    // screen -> texts that did not fit
      const wrongText = {};   // screen -> English text left in
      const missing = [];     // screens whose landmark text was not shown
      const shot = new Set();
      const check = async (s, frame) => {
        const where = `${s.screen}${s.mode === 'assessment' && s.screen !== 'title' ? ' (assessment)' : ''}`;
        for (const o of frame.overflow) (overflow[where] ||= new Set()).add(o);
        if (lang !== 'en') for (const p of untranslated(frame, own)) (wrongText[where] ||= new Set()).add(p);
        if (shot.has(s.screen)) return;
        const [kind, key] = landmarks[s.screen] || [];
        if (key && !frame.items.some((i) => i.kind === kind && i.label === t[key])) missing.push(`${s.screen}: no ${kind} "${t[key]}"`);
        if (lang === 'ru' || lang === 'el') {
          const share = latinShare(frame);
          if (share > 0.25) (wrongText[where] ||= new Set()).add(`${Math.round(share * 100)}% of the letters are Latin`);
        }
        await page.waitForTimeout(100); // the frame that shows it reaches the canvas
        await screenshot(page, s.screen, lang);
        shot.add(s.screen);
      };

      await waitForScreen(page, 'title');
      assert.equal(await page.getAttribute('html', 'lang'), lang, 'the page declares its language');
      const title = (await page.evaluate(() => window.moments.mirror())).items[0];
      assert.deepEqual({ kind: title.kind, label: title.label }, { kind: 'heading', label: t['app.title'] }, 'the title heading is in the language');
      if (lang !== 'en') assert.notEqual(title.label, uiText('en')['app.title'], 'and differs from English');

      // Training: title, briefing, the counter and the first feedback card.
      await playUntil(page, 'feedback', { onScreen: check });
      // Assessment, from a fresh page: its briefing, shift, debrief and the week summary.
      // (The training just played was saved locally and would resume; start clean.)
      await page.evaluate(() => localStorage.clear());
      await page.goto(url);
      await waitForScreen(page, 'title');
      await chooseMode(page, lang, 'assessment');
      const week = await playUntil(page, 'week', { onScreen: check });
      await check(week, await page.evaluate(() => window.moments.mirror()));

      assert.deepEqual(allScreens.filter((s) => !shot.has(s)), [], 'every screen was reached');
      const listed = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v]]));
      assert.deepEqual(listed(overflow), {}, `text that does not fit its box (${lang}, ${width}x${height})`);
      assert.deepEqual(missing, [], `screens without their ${lang} text`);
      assert.deepEqual(listed(wrongText), {}, `text not in ${lang}`);
      assert.deepEqual(problems, [], 'no console errors');
      await page.close();
    });
  }
}
