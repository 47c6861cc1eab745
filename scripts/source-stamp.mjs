// A digest of everything `npm run bundle` reads (src/, the lockfile, the build script and the
// compiler settings). The bundle writes it to dist/sources.sha256; the e2e harness compares it
// with the working tree so a test never runs a dist/ built from other sources.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['package-lock.json', 'scripts/bundle.mjs', 'scripts/merge-startup.mjs', 'tsconfig.json'];

function walk(dir) {
  return readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : e.isFile() ? [`${dir}/${e.name}`] : [],
  );
}

export function sourceStamp() {
  const hash = createHash('sha256');
  for (const file of [...walk('src'), ...FILES].sort()) {
    // Line endings are normalised so a checkout with CRLF conversion gives the same stamp.
    const text = readFileSync(path.join(repo, file), 'utf8').replace(/\r\n/g, '\n');
    hash.update(`${file}\0${text}\0`);
  }
  return hash.digest('hex');
}
