// docs/venue.schema.json, the JSON Schema editors use to check and complete a
// venue file: the shipped venues and every example in docs/VENUES.md validate
// against it, broken files are refused at the right JSON pointer, and it lists
// exactly the fields, choices and tags the C++ loader reads (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(root + path, 'utf8');
const schema = JSON.parse(read('docs/venue.schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema, 'venue');
const validateVenue = ajv.getSchema('venue');

// Errors as "pointer: message" lines, for assertion messages.
const describe = (errors) => (errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`).join('\n');

const shippedVenues = () =>
  readdirSync(root + 'assets/venues').filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(read('assets/venues/' + f))]);

// ```json blocks of the guide: complete venues, and "```json fragment <part>" parts of one.
const guideExamples = () => {
  const blocks = [];
  const lines = read('docs/VENUES.md').split('\n');
  for (let i = 0; i < lines.length; ++i) {
    if (!lines[i].startsWith('```json')) continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ line: i + 1, part: lines[i].match(/^```json fragment (\w+)$/)?.[1], text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
};

test('every shipped venue validates against the schema', () => {
  const venues = shippedVenues();
  assert.ok(venues.length >= 2);
  for (const [file, venue] of venues) assert.ok(validateVenue(venue), `${file}\n${describe(validateVenue.errors)}`);
});

test('every example in docs/VENUES.md validates: complete ones as venues, fragments as the part they name', () => {
  const examples = guideExamples();
  assert.ok(examples.some((e) => !e.part), 'the guide has a complete venue');
  for (const { line, part, text } of examples) {
    const validate = part ? ajv.compile({ $ref: `venue#/$defs/${part}` }) : validateVenue;
    assert.ok(validate(JSON.parse(text)), `docs/VENUES.md:${line}\n${describe(validate.errors)}`);
  }
});

test('broken venues are refused at the JSON pointer of the mistake', () => {
  const broken = (change) => {
    const venue = JSON.parse(read('assets/venues/cafe_counter.json'));
    change(venue);
    assert.equal(validateVenue(venue), false);
    return validateVenue.errors;
  };
  const at = (errors, pointer, keyword) => errors.some((e) => e.instancePath === pointer && e.keyword === keyword);
  let errors = broken((v) => { v.encounters[2].beats[0].responses[1].satisfaction = 'lots'; });
  assert.ok(at(errors, '/encounters/2/beats/0/responses/1/satisfaction', 'type'), describe(errors));
  errors = broken((v) => { v.budgte = 10; });
  assert.ok(errors.some((e) => e.instancePath === '' && e.params.additionalProperty === 'budgte'), describe(errors));
  errors = broken((v) => { delete v.encounters[0].beats[0].responses[0].why; });
  assert.ok(errors.some((e) => e.instancePath === '/encounters/0/beats/0/responses/0' && e.params.missingProperty === 'why'), describe(errors));
  errors = broken((v) => { v.encounters[1].beats[0].responses[0].tags = ['sparkle']; });
  assert.ok(at(errors, '/encounters/1/beats/0/responses/0/tags/0', 'oneOf'), describe(errors));
  errors = broken((v) => { v.encounters[3].mood = 'grumpy'; });
  assert.ok(at(errors, '/encounters/3/mood', 'oneOf'), describe(errors));
  errors = broken((v) => { v.format = 3; });
  assert.ok(at(errors, '/format', 'const'), describe(errors));
});

// [SECTION] The schema and the loader do not drift apart

// Every property name anywhere in the schema, and each one's allowed strings where it has a fixed list.
const schemaFields = () => {
  const names = new Set();
  const choices = {};
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, field] of Object.entries(node.properties ?? {})) {
      names.add(name);
      if (field.oneOf) choices[name] = field.oneOf.map((o) => o.const);
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(schema);
  return { names, choices };
};

// The fields the loader accepts (its r.Object lists) and its fixed choices (r.Choice lists).
const loader = read('game/content/venue_loader.cpp');
const quoted = (list) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

test('the schema lists exactly the fields the loader reads', () => {
  const loaderFields = new Set([...loader.matchAll(/r\.Object\([^{]*\{([^}]*)\}/gs)].flatMap((m) => quoted(m[1])));
  assert.ok(loaderFields.size > 30, 'the loader\'s field lists were found');
  assert.deepEqual([...schemaFields().names].sort(), [...loaderFields].sort());
});

test('the schema offers exactly the loader\'s choices, tags and format', () => {
  const { choices } = schemaFields();
  const loaderChoices = [...loader.matchAll(/r\.Choice\([^{]*?"(\w+)",\s*\{([^}]*)\}/g)];
  assert.ok(loaderChoices.length >= 5);
  for (const [, field, list] of loaderChoices) assert.deepEqual(choices[field], quoted(list), field);
  const tagNames = read('game/core/venue.cpp').match(/kTagNames = \{([^}]*)\}/)[1];
  assert.deepEqual(schema.$defs.response.properties.tags.items.oneOf.map((o) => o.const), quoted(tagNames));
  const format = Number(read('game/content/venue_loader.h').match(/kVenueFormat = (\d+)/)[1]);
  assert.equal(schema.properties.format.const, format);
});
