// Preview: the real game (the copy of the web build beside the studio) in a frame,
// given the venue being edited by postMessage and started from a chosen customer.
import { el } from './dom.js';
import { t } from './i18n.js';

// Opens the game in `holder` from encounter `customer`, in the studio's language.
export function startPreview(holder, doc, customer, lang) {
  const frame = el('iframe', { src: `game/index.html?preview=1&seed=1&customer=${customer}&lang=${lang}`, title: t('preview.frame'),
    class: 'preview', allow: 'fullscreen' });
  // The game asks for the venue once it is ready for it (see web/main.js).
  const answer = (e) => {
    if (e.source !== frame.contentWindow || e.origin !== location.origin || !e.data || e.data.type !== 'moments-preview-waiting') return;
    frame.contentWindow.postMessage({ type: 'moments-preview', venue: doc.text, translations: doc.translationTexts() }, location.origin);
  };
  window.addEventListener('message', answer);
  holder.replaceChildren(frame);
  return () => window.removeEventListener('message', answer);
}

// The preview panel: which customer to start from, a start button, the frame.
export function renderPreview(holder, doc, lang) {
  const encounters = (doc.venue && Array.isArray(doc.venue.encounters)) ? doc.venue.encounters : [];
  const pick = el('select', { id: 'preview-customer' },
    encounters.map((e, i) => el('option', { value: i }, `${i + 1}. ${e.name || ''} (${e.id || ''})`)));
  const stage = el('div', { class: 'stage' });
  let stop = () => {};
  holder.replaceChildren(
    el('div', { class: 'toolbar' },
      el('label', { for: 'preview-customer' }, t('preview.from')), pick,
      el('button', { type: 'button', onclick: () => { stop(); stop = startPreview(stage, doc, Number(pick.value), lang); } }, t('preview.start'))),
    el('p', { class: 'help' }, t('preview.help')),
    stage);
  return (customer) => { pick.value = String(customer); };
}
