// Test helpers: build trees on disk, read zips back with yauzl (an independent reader).
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';

export interface TreeSpec {
  [rel: string]: string | Buffer | { content: string | Buffer; mode: number } | { dir: true; mode?: number } | { symlink: string };
}

export function tempDir(prefix = 'hookline-bundle-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function makeTree(root: string, spec: TreeSpec): string {
  mkdirSync(root, { recursive: true });
  for (const [rel, v] of Object.entries(spec)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    if (typeof v === 'string' || Buffer.isBuffer(v)) {
      writeFileSync(abs, v);
      chmodSync(abs, 0o644);
    } else if ('dir' in v) {
      mkdirSync(abs, { recursive: true });
      chmodSync(abs, v.mode ?? 0o755);
    } else if ('symlink' in v) {
      symlinkSync(v.symlink, abs);
    } else {
      writeFileSync(abs, v.content);
      chmodSync(abs, v.mode);
    }
  }
  return root;
}

export function cleanup(...dirs: string[]): void {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}

export interface ZipEntryRead {
  name: string;
  mode: number;
  method: number;
  data: Buffer;
  madeBy: number;
}

/** Every entry of a zip with its unix mode and content (yauzl checks CRCs and sizes). */
export async function readZip(file: string): Promise<ZipEntryRead[]> {
  const zip = await yauzl.openPromise(file);
  const out: ZipEntryRead[] = [];
  try {
    for await (const e of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(e);
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      out.push({
        name: e.fileName,
        mode: e.externalFileAttributes >>> 16,
        method: e.compressionMethod,
        data: Buffer.concat(chunks),
        madeBy: e.versionMadeBy,
      });
    }
  } finally {
    zip.close();
  }
  return out;
}
