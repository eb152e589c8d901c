// The venue studio's engine: the game's own venue loader, content linter and balance bots
// (moments-studio.wasm, built from game/studio) behind a small synchronous API.
//
//   const engine = await loadEngine('./');       // the folder holding moments-studio.js and .wasm
//   const result = engine.check(venueText, {it: italianText, ru: russianText});
//   result.venue      {id, title, customers} | null when the file does not load
//   result.errors     [{pointer, message}]   the loader's: the venue cannot play
//   result.problems   [{pointer, rule, message, lang?}]   the linter's; translation problems carry pointer "" and lang
//   result.missing    {lang: [key, ...]}     strings each translation lacks
//   result.balance    {seeds, columns, rows: [{bot, week, assessment}], rules: [{id, text, ok}], passed, table} | null
// Pointers are RFC 6901 into the venue file ("" for the whole file). `table` is the text
// `moments-sim --table` prints for the same seeds; each row's cells are {score, magic, misery,
// reputation} (shares in percent), the assessment's with its forms [{id, score}].
//
// Problem rules: min-customers, unreachable-beat, no-magic, no-misery, hidden-need, week, locales,
// coverage (the whole venue as a package: pointer ""), longest, shortest, phrase, opening, name,
// bend, quote, forms, fresh-assessment, first-customer, translation. Balance rules: best, worst,
// random, overserve, first, last, longest, shortest, bend, quote, cues, forms.

// Resolves where the engine's files are: relative to the page in a browser, to this module in node.
function engineFolder(baseUrl) {
    const here = globalThis.document?.baseURI ?? import.meta.url;
    const folder = new URL(baseUrl ?? new URL('.', import.meta.url), here);
    if (!folder.pathname.endsWith('/')) folder.pathname += '/';
    return folder;
}

// The wasm's bytes: fetched in a browser, read from disk when node loads the engine from a file: URL.
async function wasmBytes(url) {
    if (url.protocol === 'file:') {
        const { readFile } = await import('node:fs/promises');
        return new Uint8Array(await readFile(url));
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`moments-studio.wasm: ${response.status} ${response.statusText} from ${url}`);
    return new Uint8Array(await response.arrayBuffer());
}

// Loads the engine from `baseUrl` (default: this module's folder).
export async function loadEngine(baseUrl) {
    const folder = engineFolder(baseUrl);
    const [{ default: MomentsStudio }, wasmBinary] = await Promise.all([
        import(new URL('moments-studio.js', folder).href),
        wasmBytes(new URL('moments-studio.wasm', folder)),
    ]);
    const wasm = await MomentsStudio({ wasmBinary });

    // Copies text into the wasm's memory as UTF-8; the caller frees it.
    const passText = (text) => {
        const size = wasm.lengthBytesUTF8(text) + 1;
        const at = wasm._malloc(size);
        wasm.stringToUTF8(text, at, size);
        return at;
    };

    return {
        version: wasm.UTF8ToString(wasm._moments_studio_version()),
        // Checks a venue's text with its translations ({lang: translation file text}); options.seeds
        // plays more (or fewer) seeds than the default 100 (`moments-sim --table` plays 200).
        check(venueText, translations = {}, options = {}) {
            const venue = passText(String(venueText));
            const texts = passText(JSON.stringify(translations ?? {}));
            try {
                return JSON.parse(wasm.UTF8ToString(wasm._moments_studio_check(venue, texts, options.seeds ?? 0)));
            } finally {
                wasm._free(venue);
                wasm._free(texts);
            }
        },
    };
}
