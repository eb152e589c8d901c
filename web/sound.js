// Sound cues, synthesised with Web Audio (no audio files): the door's bell when a
// customer arrives, a cup set down on a choice, the till on a kept promise, the
// murmur of word of mouth with a ripple (louder for a misery's twenty than a magic
// moment's ten). The game sends cues only while its sound is on (the "sound"
// setting, remembered; ?muted=1 or a package starts it off). No AudioContext
// exists before the learner's first gesture: cues before it are dropped.
'use strict';

(function () {
  let context = null;
  let gestured = false;
  const counts = { contexts: 0, dropped: 0, played: [] }; // for the tests
  for (const type of ['pointerdown', 'keydown', 'touchend']) window.addEventListener(type, () => { gestured = true; }, { capture: true, passive: true });

  // The one audio context, made on the first cue after a gesture (browsers allow sound only then).
  function audio() {
    if (!gestured) return null;
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!context && Context) {
      context = new Context();
      counts.contexts++;
    }
    if (context && context.state === 'suspended') context.resume();
    return context;
  }

  // Sends `node` to the speakers with a quick swell and an exponential fade, `at` seconds on the context's clock.
  function envelope(ctx, node, at, length, gain) {
    const amp = ctx.createGain();
    amp.gain.setValueAtTime(0.0001, at);
    amp.gain.exponentialRampToValueAtTime(gain, at + Math.min(0.02, length / 4));
    amp.gain.exponentialRampToValueAtTime(0.0001, at + length);
    node.connect(amp).connect(ctx.destination);
  }

  // One note of `type` (sine, triangle, ...).
  function tone(ctx, at, frequency, length, gain, type) {
    const oscillator = ctx.createOscillator();
    oscillator.type = type || 'sine';
    oscillator.frequency.value = frequency;
    envelope(ctx, oscillator, at, length, gain);
    oscillator.start(at);
    oscillator.stop(at + length + 0.05);
  }

  // Voices in a room: noise through a band-pass that wanders, darker when the news is bad.
  function murmur(ctx, at, people, bad) {
    const length = 0.6 + Math.min(Math.abs(people), 20) * 0.04;
    const noise = ctx.createBuffer(1, Math.ceil(ctx.sampleRate * length), ctx.sampleRate);
    const samples = noise.getChannelData(0);
    for (let i = 0; i < samples.length; i++) samples[i] = Math.random() * 2 - 1;
    const source = ctx.createBufferSource();
    source.buffer = noise;
    const band = ctx.createBiquadFilter();
    band.type = 'bandpass';
    band.Q.value = 4;
    band.frequency.setValueAtTime(bad ? 320 : 650, at);
    band.frequency.linearRampToValueAtTime(bad ? 240 : 900, at + length);
    source.connect(band);
    envelope(ctx, band, at, length, 0.05 + Math.min(Math.abs(people), 20) * 0.006);
    source.start(at);
    source.stop(at + length);
  }

  const sounds = {
    bell: (ctx, at) => { tone(ctx, at, 1320, 1.1, 0.12); tone(ctx, at, 1980, 0.7, 0.05); tone(ctx, at + 0.12, 1320, 0.9, 0.06); },
    cup: (ctx, at) => { tone(ctx, at, 2350, 0.09, 0.08, 'triangle'); tone(ctx, at + 0.04, 3150, 0.08, 0.04, 'triangle'); },
    till: (ctx, at) => { tone(ctx, at, 1570, 0.12, 0.07, 'square'); tone(ctx, at + 0.1, 2090, 0.5, 0.1); },
    murmur: (ctx, at, e) => murmur(ctx, at, e.reach || 0, e.outcome === 'misery'),
  };

  // Which sound an event of the game makes, if any.
  function soundOf(e) {
    if (e.event === 'customer_arrived') return 'bell';
    if (e.event === 'choice_made') return 'cup';
    if (e.event === 'promise_kept') return 'till';
    if ((e.event === 'encounter_resolved' || e.event === 'promise_broken') && e.reach) return 'murmur';
    return null;
  }

  // A running audio context keeps the browser's audio service busy (about 3 % of a
  // core) even in silence: once the last cue has faded, it is suspended until the next.
  const LONGEST_CUE_S = 1.6; // the murmur of twenty people; every other cue is shorter
  let quietTimer = 0;
  function suspendWhenQuiet(ctx, lastStart) {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => { if (ctx.state === 'running') ctx.suspend(); }, 1000 * (lastStart + LONGEST_CUE_S));
  }

  window.momentsSound = {
    // Plays a frame's cues (from the game, web/main.js's onCues), a little apart.
    play(events) {
      let at = 0;
      for (const e of events) {
        const name = soundOf(e);
        if (!name) continue;
        const ctx = audio();
        if (!ctx) { counts.dropped++; continue; }
        sounds[name](ctx, ctx.currentTime + 0.02 + at, e);
        counts.played.push(name);
        suspendWhenQuiet(ctx, at);
        at += 0.15;
      }
    },
    // What was made and played so far: {contexts, dropped, played: [names]}.
    counts() { return { contexts: counts.contexts, dropped: counts.dropped, played: counts.played.slice() }; },
  };
})();
