// Screenshots of every scene kit at desktop and phone size, played to the
// counter by the best bot in the native build (the web build plays only the
// venues packed into it; the native one takes any venue file with --venue).
// Kits other than the shipped café and hotel are drawn from a copy of the café
// venue with only its "scene" changed. Saves build/screenshots/scene-<kit>-<w>x<h>.png
// and checks that each kit looks different from every other and that the
// colours a venue file chooses are the colours on screen.
// Needs the native build (cmake --build --preset native-debug) and xvfb-run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { screenshotDir } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nativeDir = process.env.MOMENTS_NATIVE_DIR || join(root, 'build/native-debug');
const game = join(nativeDir, 'moments');
const kits = ['counter', 'cafe', 'hotel', 'bank', 'shop', 'pharmacy', 'helpdesk'];
const shipped = { cafe: 'assets/venues/cafe_counter.json', hotel: 'assets/venues/hotel_concierge.json' };
const sizes = [[1280, 720], [390, 844]];
// Brand colours no kit uses on its own, so finding them on screen proves they came from the file.
const chosen = { wall: '#5b2a86', counter: '#1e7b74', accent: '#d4a017' };

// [SECTION] Images: the game writes BMP (SDL alone); the tests keep PNG

// A 24-bit bottom-up BMP as { width, height, rgb } with rows top-down.
function readBmp(path) {
  const bmp = readFileSync(path);
  assert.equal(bmp.toString('latin1', 0, 2), 'BM', `${path} is a BMP`);
  const start = bmp.readUInt32LE(10), width = bmp.readInt32LE(18), height = bmp.readInt32LE(22), bits = bmp.readUInt16LE(28);
  assert.equal(bits, 24, `${path} has 24-bit pixels`);
  const stride = Math.ceil((width * 3) / 4) * 4;
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; ++y) {
    const row = start + (height - 1 - y) * stride;
    for (let x = 0; x < width; ++x) {
      const i = (y * width + x) * 3, j = row + x * 3;
      rgb[i] = bmp[j + 2]; rgb[i + 1] = bmp[j + 1]; rgb[i + 2] = bmp[j]; // BMP stores blue, green, red
    }
  }
  return { width, height, rgb };
}

// Writes an RGB image as a PNG (filter 0 on every row, zlib from Node).
function writePng(path, { width, height, rgb }) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; ++y) rgb.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  writeFileSync(path, Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

// How many pixels are exactly this "#rrggbb".
function count(image, hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < image.rgb.length; i += 3) if (image.rgb[i] === r && image.rgb[i + 1] === g && image.rgb[i + 2] === b) ++n;
  return n;
}

// The share of pixels that differ between two images of one size.
function difference(a, b) {
  let n = 0;
  for (let i = 0; i < a.rgb.length; i += 3) if (a.rgb[i] !== b.rgb[i] || a.rgb[i + 1] !== b.rgb[i + 1] || a.rgb[i + 2] !== b.rgb[i + 2]) ++n;
  return n / (a.width * a.height);
}

// [SECTION] Playing a venue to the counter

const work = mkdtempSync(join(tmpdir(), 'moments-scenes-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// The café venue with only its "scene" changed, written into its own temp folder.
function venueWith(name, scene) {
  const venue = JSON.parse(readFileSync(join(root, shipped.cafe), 'utf8'));
  venue.scene = scene;
  mkdirSync(join(work, name), { recursive: true });
  const file = join(work, name, 'cafe_counter.json');
  writeFileSync(file, JSON.stringify(venue, null, 2));
  return file;
}

// Plays `venue` with the best bot until the first customer is at the counter and returns that screen.
function counterScreen(venue, [width, height], name) {
  const bmp = join(work, `${name}-${width}x${height}.bmp`);
  execFileSync('xvfb-run', ['-a', '-s', '-screen 0 1400x900x24', game, '--assets', join(nativeDir, 'assets'), '--venue', venue,
    '--autoplay', 'best', '--window', `${width}x${height}`, '--screenshot', bmp], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60000 });
  const image = readBmp(bmp);
  assert.deepEqual([image.width, image.height], [width, height], `${name}: the window was ${width}x${height}`);
  return image;
}

// The venue a kit is played in: the shipped café or hotel, else the café wearing that kit.
const venueOf = (kit) => (shipped[kit] ? join(root, shipped[kit]) : venueWith(kit, { kit }));

// [SECTION] Tests

test('the native build and xvfb-run are there to draw the scenes', () => {
  assert.ok(existsSync(game), `${game} is missing: cmake --preset native-debug && cmake --build --preset native-debug -j2`);
  assert.doesNotThrow(() => execFileSync('xvfb-run', ['-h'], { stdio: 'ignore' }), 'xvfb-run is installed');
});

const screens = {}; // kit -> [desktop, phone]

test('every kit is played to the counter and saved at desktop and phone size', () => {
  mkdirSync(screenshotDir, { recursive: true });
  for (const kit of kits) {
    const venue = venueOf(kit);
    screens[kit] = sizes.map((size) => {
      const image = counterScreen(venue, size, kit);
      writePng(join(screenshotDir, `scene-${kit}-${size[0]}x${size[1]}.png`), image);
      return image;
    });
  }
  for (const kit of kits)
    for (const [width, height] of sizes) assert.ok(existsSync(join(screenshotDir, `scene-${kit}-${width}x${height}.png`)));
});

test('each kit looks different from every other, on a desktop and on a phone', () => {
  assert.equal(Object.keys(screens).length, kits.length, 'the screenshots were taken');
  for (let s = 0; s < sizes.length; ++s)
    for (let a = 0; a < kits.length; ++a)
      for (let b = a + 1; b < kits.length; ++b) {
        const share = difference(screens[kits[a]][s], screens[kits[b]][s]);
        assert.ok(share > 0.03, `${kits[a]} and ${kits[b]} at ${sizes[s].join('x')} differ in only ${(share * 100).toFixed(2)}% of pixels`);
      }
});

test('the wall, counter and accent colours chosen in the venue file are the ones drawn, for every kit', () => {
  for (const kit of kits) {
    const own = screens[kit][0];
    const image = counterScreen(venueWith(`${kit}-coloured`, { kit, colours: chosen }), sizes[0], `${kit}-coloured`);
    const pixels = image.width * image.height;
    for (const [part, hex] of Object.entries(chosen)) assert.equal(count(own, hex), 0, `${kit} in its own colours has no ${part} ${hex}`);
    assert.ok(count(image, chosen.wall) > pixels * 0.01, `${kit}: the chosen wall colour covers ${count(image, chosen.wall)} pixels`);
    assert.ok(count(image, chosen.counter) > pixels * 0.005, `${kit}: the chosen counter colour covers ${count(image, chosen.counter)} pixels`);
    assert.ok(count(image, chosen.accent) > 0, `${kit}: the chosen accent colour is drawn`);
  }
});
