// Deterministic benchmark data: the same parameters always write the same bytes, so figures from
// different runs (and machines) bundle the same trees. Trees live under bench/.data/ (gitignored)
// and are reused while their manifest (parameters + generator version) matches.
//
// - "webapp": ≈ 20,000 small text files (JavaScript/CSS/HTML/JSON-like lines built from a seeded
//   PRNG, so they compress like source code) plus ≈ 200 images of incompressible bytes (≈ 300 MB).
// - "fatjar": a few large already-compressed files (.jar/.zip of AES-CTR keystream bytes, which
//   nothing can compress) plus a small appspec and scripts (≈ 1 GB).
import { createCipheriv, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generator's output changes for the same parameters. */
const GENERATOR_VERSION = 3;

export interface TreeSpec {
  name: 'webapp' | 'fatjar';
  /** 1 = the issue's sizes; --quick uses a small fraction. */
  scale: number;
}

export interface Tree {
  name: string;
  dir: string;
  files: number;
  bytes: number;
  /** sha256 of the manifest (parameters + generator version). */
  manifestHash: string;
  /** true when this run wrote the tree; false when an existing one was reused. */
  generated: boolean;
  generateMs: number;
}

/** mulberry32: a small seeded PRNG, good enough to shape test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Incompressible, deterministic bytes: the AES-256-CTR keystream of a key derived from `seed`. */
export function keystream(seed: string): (n: number) => Buffer {
  const key = createHash('sha256').update(`key:${seed}`).digest();
  const iv = createHash('sha256').update(`iv:${seed}`).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  let zeros = Buffer.alloc(0);
  return (n) => {
    if (zeros.length < n) zeros = Buffer.alloc(n);
    return cipher.update(zeros.subarray(0, n));
  };
}

const APPSPEC = `version: 0.0
os: linux
files:
  - source: /
    destination: /var/app/current
hooks:
  ApplicationStop:
    - location: scripts/stop.sh
      timeout: 60
  AfterInstall:
    - location: scripts/configure.sh
      timeout: 120
  ApplicationStart:
    - location: scripts/start.sh
      timeout: 120
`;

const SCRIPTS: Record<string, string> = {
  'scripts/stop.sh': '#!/bin/sh\nsystemctl stop app || true\n',
  'scripts/configure.sh': '#!/bin/sh\nset -e\nchown -R app:app /var/app/current\n',
  'scripts/start.sh': '#!/bin/sh\nsystemctl start app\n',
};

function writeCommon(dir: string): number {
  let bytes = 0;
  mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  writeFileSync(path.join(dir, 'appspec.yml'), APPSPEC);
  bytes += APPSPEC.length;
  for (const [name, content] of Object.entries(SCRIPTS)) {
    writeFileSync(path.join(dir, name), content, { mode: 0o755 });
    bytes += content.length;
  }
  return bytes;
}

// ---- web app ---------------------------------------------------------------------------------

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'do',
  'sta',
  'vel',
  'qu',
  'ix',
  'or',
  'tan',
  'be',
  'zu',
  'pri',
  'mon',
  'gle',
  'fa',
  'ny',
  'cor',
  'el',
];
const KEYWORDS = [
  'const',
  'let',
  'return',
  'function',
  'import',
  'export',
  'if',
  'else',
  'await',
  'async',
  'new',
  'this',
  'for',
  'of',
  'null',
  'true',
  'false',
];
const TEXT_EXT = ['js', 'js', 'js', 'ts', 'css', 'html', 'json', 'map', 'md', 'svg'];
const IMAGE_EXT = ['png', 'jpg', 'webp', 'woff2'];
const IMAGE_MAGIC: Record<string, Buffer> = {
  png: Buffer.from('89504e470d0a1a0a', 'hex'),
  jpg: Buffer.from('ffd8ffe0', 'hex'),
  webp: Buffer.from('52494646', 'hex'),
  woff2: Buffer.from('774f4632', 'hex'),
};

function vocabulary(rand: () => number, n: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let p = 0; p < parts; p++) {
      const s = SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
      w += p === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
    }
    words.push(w);
  }
  return words;
}

function textFile(rand: () => number, words: string[], size: number): string {
  const pick = () => words[Math.floor(rand() * rand() * words.length)]!; // skewed: common words repeat
  const lines: string[] = [];
  let len = 0;
  let depth = 0;
  while (len < size) {
    const r = rand();
    const indent = '  '.repeat(depth);
    let line: string;
    if (r < 0.12) {
      line = `${indent}${KEYWORDS[Math.floor(rand() * KEYWORDS.length)]} ${pick()}(${pick()}, ${pick()}) {`;
      depth = Math.min(depth + 1, 6);
    } else if (r < 0.24 && depth > 0) {
      depth--;
      line = `${'  '.repeat(depth)}}`;
    } else if (r < 0.5) {
      line = `${indent}const ${pick()} = ${pick()}.${pick()}(${Math.floor(rand() * 100000)}, '${pick()}');`;
    } else if (r < 0.7) {
      line = `${indent}${pick()}.${pick()} = ${pick()} + ${(rand() * 1000).toFixed(2)};`;
    } else if (r < 0.8) {
      line = `${indent}// ${pick()} ${pick()} ${pick()} ${pick()} ${pick()}`;
    } else {
      line = `${indent}return ${pick()}[${Math.floor(rand() * 64)}] ?? ${pick()};`;
    }
    lines.push(line);
    len += line.length + 1;
  }
  return lines.join('\n').slice(0, size) + '\n';
}

interface WebAppParams {
  textFiles: number;
  textBytes: number;
  images: number;
  imageBytes: number;
}

function webAppParams(scale: number): WebAppParams {
  return {
    textFiles: Math.max(50, Math.round(20_000 * scale)),
    textBytes: Math.round(200 * 1024 * 1024 * scale),
    images: Math.max(4, Math.round(200 * scale)),
    imageBytes: Math.round(100 * 1024 * 1024 * scale),
  };
}

/** Sizes drawn log-normally, then scaled to sum to `total` (each at least `min`). */
function sizes(rand: () => number, count: number, total: number, sigma: number, min: number): number[] {
  const raw = Array.from({ length: count }, () => {
    const u = Math.max(1e-12, rand());
    const v = rand();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.exp(sigma * z);
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => Math.max(min, Math.round((x / sum) * total)));
}

function writeWebApp(dir: string, p: WebAppParams): { files: number; bytes: number } {
  const rand = prng(0x5eed);
  const words = vocabulary(rand, 4000);
  let bytes = writeCommon(dir);
  let files = 4;
  const dirs: string[] = [];
  const top = ['src', 'public', 'assets', 'vendor', 'lib', 'static'];
  const dirCount = Math.max(4, Math.round(p.textFiles / 50));
  for (let i = 0; i < dirCount; i++)
    dirs.push(`${top[i % top.length]}/${words[i % words.length]}${i}/${i % 3 === 0 ? `${words[(i * 7) % words.length]}/` : ''}`);
  const textSizes = sizes(rand, p.textFiles, p.textBytes, 1.1, 64);
  for (let i = 0; i < p.textFiles; i++) {
    const d = dirs[Math.floor(rand() * dirs.length)]!;
    const ext = TEXT_EXT[Math.floor(rand() * TEXT_EXT.length)]!;
    const rel = `${d}${words[Math.floor(rand() * words.length)]}-${i}.${ext}`;
    mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    const content = textFile(rand, words, textSizes[i]!);
    writeFileSync(path.join(dir, rel), content);
    bytes += Buffer.byteLength(content);
    files++;
  }
  const stream = keystream('webapp-images');
  const imageSizes = sizes(rand, p.images, p.imageBytes, 0.8, 1024);
  mkdirSync(path.join(dir, 'public/images'), { recursive: true });
  for (let i = 0; i < p.images; i++) {
    const ext = IMAGE_EXT[i % IMAGE_EXT.length]!;
    const body = Buffer.concat([IMAGE_MAGIC[ext]!, stream(imageSizes[i]!)]);
    writeFileSync(path.join(dir, `public/images/img-${i}.${ext}`), body);
    bytes += body.length;
    files++;
  }
  return { files, bytes };
}

// ---- growth trees -----------------------------------------------------------------------------

/** Mean size of a growth-tree file: bytes grow in step with the file count. */
export const GROWTH_MEAN_BYTES = 4096;

/**
 * `files` source-like text files (log-normal sizes around 4 KiB, 100 per folder) plus the appspec
 * and scripts: the same seed for every count, so the 10k tree is ten 1k-like trees' worth of the
 * same kind of bytes. Each file is a slice of one 2 MiB text pool at a seeded offset, which keeps
 * generating 100,000 files quick while the content still deflates like source code.
 */
export function writeGrowthTree(dir: string, files: number): { files: number; bytes: number } {
  const rand = prng(0x9e0);
  const pool = textFile(rand, vocabulary(rand, 4000), 2 * 1024 * 1024);
  const fileSizes = sizes(rand, files, files * GROWTH_MEAN_BYTES, 0.6, 64).map((n) => Math.min(n, pool.length));
  mkdirSync(dir, { recursive: true });
  let bytes = writeCommon(dir);
  for (let i = 0; i < files; i++) {
    const folder = path.join(dir, 'src', `p${Math.floor(i / 10_000)}`, `m${Math.floor(i / 100) % 100}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const size = fileSizes[i]!;
    const at = Math.floor(rand() * (pool.length - size));
    const content = pool.slice(at, at + size);
    writeFileSync(path.join(folder, `f${i}.js`), content);
    bytes += content.length;
  }
  return { files: files + 4, bytes };
}

// ---- fat jar ---------------------------------------------------------------------------------

function fatJarFiles(scale: number): { name: string; bytes: number }[] {
  const MiB = 1024 * 1024;
  return [
    { name: 'app/app.jar', bytes: Math.round(560 * MiB * scale) },
    { name: 'app/lib/dependencies.jar', bytes: Math.round(280 * MiB * scale) },
    { name: 'app/static/assets.zip', bytes: Math.round(120 * MiB * scale) },
    { name: 'app/ml/model.tar.gz', bytes: Math.round(64 * MiB * scale) },
  ];
}

function writeFatJar(dir: string, scale: number): { files: number; bytes: number } {
  let bytes = writeCommon(dir);
  let files = 4;
  for (const f of fatJarFiles(scale)) {
    const full = path.join(dir, f.name);
    mkdirSync(path.dirname(full), { recursive: true });
    const stream = keystream(`fatjar:${f.name}`);
    const fd = openSync(full, 'w');
    try {
      for (let left = f.bytes; left > 0;) {
        const n = Math.min(left, 8 * 1024 * 1024);
        writeSync(fd, stream(n));
        left -= n;
      }
    } finally {
      closeSync(fd);
    }
    bytes += f.bytes;
    files++;
  }
  return { files, bytes };
}

// ---- manifest & reuse ------------------------------------------------------------------------

function manifestOf(spec: TreeSpec): Record<string, unknown> {
  const params = spec.name === 'webapp' ? webAppParams(spec.scale) : { files: fatJarFiles(spec.scale) };
  return { generator: GENERATOR_VERSION, name: spec.name, scale: spec.scale, params };
}

/** The tree for `spec` under `root` (bench/.data): reused when its manifest matches, else (re)written. */
export function ensureTree(root: string, spec: TreeSpec): Tree {
  const manifest = manifestOf(spec);
  const manifestHash = createHash('sha256').update(JSON.stringify(manifest)).digest('hex');
  const id = `${spec.name}-${spec.scale}`;
  const dir = path.join(root, id);
  const manifestFile = path.join(root, `${id}.manifest.json`);
  if (existsSync(manifestFile) && existsSync(dir)) {
    const saved = JSON.parse(readFileSync(manifestFile, 'utf8')) as { hash: string; files: number; bytes: number };
    if (saved.hash === manifestHash)
      return { name: spec.name, dir, files: saved.files, bytes: saved.bytes, manifestHash, generated: false, generateMs: 0 };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestFile, { force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const out = spec.name === 'webapp' ? writeWebApp(dir, webAppParams(spec.scale)) : writeFatJar(dir, spec.scale);
  const generateMs = performance.now() - started;
  // Written last: an interrupted generation leaves no manifest and is redone next time.
  writeFileSync(manifestFile, JSON.stringify({ hash: manifestHash, manifest, ...out }, null, 2) + '\n');
  return { name: spec.name, dir, files: out.files, bytes: out.bytes, manifestHash, generated: true, generateMs };
}
