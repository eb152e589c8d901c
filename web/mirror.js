// The accessible mirror of the canvas: real, focusable DOM controls with the
// same labels in the same reading order, and an aria-live region for what the
// game announces. Screen readers cannot see a canvas; this is what they read.
// Each node lies exactly over the item drawn on the canvas (the game reports
// its bounds), transparent, so touch exploration, voice control and magnifiers
// find it where it is seen; a tap or click on it is a press of that item.
// Activating a control here does exactly what the canvas control does: the
// game applies the command of the control with that id on its next frame.
'use strict';

(function () {
  const region = document.getElementById('mirror');
  const controls = document.getElementById('mirror-controls');
  const live = document.getElementById('mirror-live');
  let lastSeq = -1;
  let lastItems = '';
  window.momentsMirror = { frame: null };

  function activate(id) {
    if (!window.Module || !window.Module.ccall) return;
    window.Module.ccall('moments_mirror_activate', null, ['string'], [id]);
    if (window.momentsWake) window.momentsWake(); // the game may be resting
  }

  // One DOM node per mirrored item; buttons, radios and checkboxes are <button>s.
  function nodeFor(item, index) {
    let node;
    if (item.kind === 'heading') {
      node = document.createElement('h2');
      node.textContent = item.label;
    } else if (item.kind === 'text' || item.kind === 'meter') {
      node = document.createElement('p'); // a meter is read where it is, not announced: a timer's changes each second
      node.textContent = item.label;
    } else {
      node = document.createElement('button');
      node.type = 'button';
      node.textContent = item.label;
      if (item.kind === 'radio' || item.kind === 'checkbox') {
        node.setAttribute('role', item.kind);
        node.setAttribute('aria-checked', item.checked ? 'true' : 'false');
      }
      node.addEventListener('mousedown', (e) => e.preventDefault()); // a pointer press leaves the keys with the canvas
      node.addEventListener('click', () => activate(item.id));
    }
    node.dataset.index = String(index);
    return node;
  }

  // Lays each node over its item: the game's bounds are CSS pixels from the canvas's corner,
  // which is the window's (the canvas and the nodes are both fixed, the canvas at inset 0:
  // style.css), so nothing is measured: asking the page where the canvas is right after the
  // words changed would make it lay itself out there and then. A node already in place is not
  // touched (no style work for the page).
  function place(items) {
    const nodes = controls.children;
    for (let i = 0; i < items.length && i < nodes.length; i++) {
      const [left, top, w, h] = items[i].box || [0, 0, 0, 0];
      const where = [left, top, w, h].join();
      if (nodes[i].dataset.where === where) continue;
      nodes[i].dataset.where = where;
      const style = nodes[i].style;
      style.left = left + 'px';
      style.top = top + 'px';
      style.width = w + 'px';
      style.height = h + 'px';
      nodes[i].classList.toggle('unseen', !(w > 0 && h > 0)); // scrolled out of sight: reachable, not hit
    }
  }

  // Text and meters are words to read: a change to their words alone (a timer's
  // caption each second) is made in place. Any other change rebuilds the nodes.
  const isProse = (item) => item.kind === 'text' || item.kind === 'meter';
  function relabel(items) {
    const nodes = controls.children;
    items.forEach((item, i) => { if (nodes[i].textContent !== item.label) nodes[i].textContent = item.label; });
  }

  // Rebuilds the nodes when the items change (keeping focus on the same control
  // when it survives); updates prose in place; only moves them when just their places changed.
  function render(frame) {
    const items = JSON.stringify(frame.items.map((item) => Object.assign({}, item, { box: 0 }, isProse(item) ? { label: '' } : {})));
    if (items === lastItems) relabel(frame.items);
    else {
      lastItems = items;
      const focused = document.activeElement && region.contains(document.activeElement) ? document.activeElement.textContent : null;
      controls.replaceChildren(...frame.items.map(nodeFor));
      if (focused !== null) {
        const buttons = [...controls.querySelectorAll('button')];
        (buttons.find((b) => b.textContent === focused) || buttons[0] || region).focus();
      }
    }
    place(frame.items);
    if (frame.live.seq !== lastSeq) {
      lastSeq = frame.live.seq;
      live.textContent = frame.live.text;
    }
  }

  window.momentsMirror.update = function (json) {
    const frame = JSON.parse(json);
    window.momentsMirror.frame = frame;
    render(frame);
  };
})();
