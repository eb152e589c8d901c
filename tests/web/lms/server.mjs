// A test LMS on 127.0.0.1: serves an extracted package under /pkg/ (with the
// strict CSP the game must live with), the LMS page and scorm-again under
// /lms/, the LMS adapter's sources under /web/, records the LMS's commits (POST /commit), and lets a test add its own
// routes (the cmi5 launcher and LRS).
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { webDir } from '../harness.mjs';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const scormAgain = join(root, 'node_modules/scorm-again/dist');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.xml': 'application/xml',
};

// Runs tools/package on the current web build into a temp folder and returns
// { dir, zips: {scorm12, scorm2004, cmi5}, output }.
export async function makePackages(args = []) {
  const dir = await mkdtemp(join(tmpdir(), 'moments-lms-'));
  const { stdout, stderr } = await run(join(root, 'tools/package'), ['--web', webDir, '--out', dir, ...args], { cwd: root });
  return {
    dir,
    output: stdout + stderr,
    zips: {
      scorm12: join(dir, 'moments-scorm12.zip'),
      scorm2004: join(dir, 'moments-scorm2004.zip'),
      cmi5: join(dir, 'moments-cmi5.zip'),
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

// Unzips `zip` into a fresh temp folder; returns its path.
export async function extract(zip) {
  const dir = await mkdtemp(join(tmpdir(), 'moments-pkg-'));
  await run('unzip', ['-q', zip, '-d', dir]);
  return dir;
}

export async function listZip(zip) {
  const { stdout } = await run('unzip', ['-Z1', zip]);
  return stdout.split('\n').filter(Boolean);
}

async function sendFile(res, file, headers = {}) {
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}

export function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

// The form variables of a POST, urlencoded or multipart, in order.
function formVariables(req, body) {
  const type = req.headers['content-type'] || '';
  const boundary = /boundary=([^;]+)/.exec(type);
  if (!boundary) return [...new URLSearchParams(body)];
  const out = [];
  for (const part of body.split('--' + boundary[1])) {
    const m = /name="([^"]*)"\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    if (m) out.push([m[1], m[2]]);
  }
  return out;
}

// Starts the server. `pkgDir`: the extracted package. `route(req, res, url)`
// may answer first (return true when it did). Returns { url, commits, close }.
export async function startLms({ pkgDir, csp = true, route } = {}) {
  const commits = [];
  // The Moodle stand-in's server side: PHP keeps the first 1000 variables of a POST.
  const moodle = { posts: [], model: new Map() };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    try {
      if (route && (await route(req, res, url))) return;
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      if (req.method === 'POST' && path === '/commit') {
        const body = await readBody(req);
        try { commits.push(JSON.parse(body)); } catch { commits.push(body); }
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ result: true, errorCode: 0 }));
        return;
      }
      if (req.method === 'POST' && path === '/moodle/commit') {
        const vars = formVariables(req, await readBody(req));
        moodle.posts.push({ vars: vars.length, kept: Math.min(vars.length, 1000) });
        for (const [k, v] of vars.slice(0, 1000)) moodle.model.set(k, v);
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('true\n0');
        return;
      }
      if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
      if (path.startsWith('/pkg/')) {
        let file = path.slice(5) || 'index.html';
        if (file.endsWith('/')) file += 'index.html';
        await sendFile(res, join(pkgDir, file), csp ? { 'Content-Security-Policy': CSP } : {});
        return;
      }
      if (path === '/lms/scorm12.js' || path === '/lms/scorm2004.js') return sendFile(res, join(scormAgain, path.slice(5)));
      if (path.startsWith('/lms/')) return sendFile(res, join(here, path.slice(5)));
      // The adapter's own files as written: a package carries them only bundled into page.js, with the game.
      if (/^\/web\/lms(-[a-z0-9]+)?\.js$/.test(path)) return sendFile(res, join(root, path));
      res.writeHead(404).end('not found');
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    commits,
    moodle,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}
