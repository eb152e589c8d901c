// The venue studio's engine timed: one check (loader, linter, translations and the GAME.md §5
// table) of a 12-customer venue, in node, with the real wasm of build/web-release/studio.
// The venue is cafe_counter cut down to its first six training customers and three of each
// assessment form; its days keep four to six customers, as an author's small venue would.
//
//   node bench/studio.mjs [--runs 7]        (tools/bench runs it as part of the whole table)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadEngine } from '../studio/engine.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const STUDIO_DIR = join(root, 'build/web-release/studio');

// cafe_counter with 12 customers: six from the training week, three from each assessment form.
export function twelveCustomerVenue() {
    const venue = JSON.parse(readFileSync(join(root, 'assets/venues/cafe_counter.json'), 'utf8'));
    const ids = new Set(venue.encounters.map((e) => e.id));
    const training = [...new Set(venue.week.flatMap((d) => d.encounters))].filter((id) => ids.has(id) && !venue.encounters.some((e) => e.return_visit === id));
    const keep = new Set([...training.slice(0, 6), ...venue.assessment.flatMap((f) => f.encounters.slice(0, 3))]);
    venue.encounters = venue.encounters.filter((e) => keep.has(e.id)).map(({ return_visit, ...e }) => e);
    const six = training.slice(0, 6);
    for (const [i, day] of venue.week.entries()) {
        day.encounters = day.encounters.filter((id) => keep.has(id));
        if (day.encounters.length < 4) day.encounters = [...six.slice(i % 3), ...six.slice(0, i % 3)].slice(0, 5); // a day as long as the café's
    }
    for (const form of venue.assessment) form.encounters = form.encounters.filter((id) => keep.has(id));
    return JSON.stringify(venue, null, 2);
}

// Milliseconds of `runs` checks of the 12-customer venue (after one warm-up), and the seeds played.
export async function studioCheckTimes(runs) {
    const engine = await loadEngine(pathToFileURL(STUDIO_DIR + '/'));
    const venue = twelveCustomerVenue();
    const first = engine.check(venue, {});
    if (!first.venue || first.venue.customers !== 12) throw new Error(`the bench venue did not load: ${JSON.stringify(first.errors)}`);
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        engine.check(venue, {});
        times.push(performance.now() - start);
    }
    return { times, seeds: first.balance.seeds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const i = process.argv.indexOf('--runs');
    const { times, seeds } = await studioCheckTimes(i > 0 ? Number(process.argv[i + 1]) : 7);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`studio check, 12-customer venue, ${seeds} seeds: median ${sorted[sorted.length >> 1].toFixed(0)} ms ` +
                `(${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)}) over ${times.length} runs`);
}
