// Source bundles as an instance sees them: a zip/war/jar read from the store, file modes taken from
// the zip's unix attributes (a file zipped without them lands 0644, as unzip does on the instance).
import { mkdir, writeFile, chmod, symlink } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { parse as parseYaml } from 'yaml';

export interface BundleEntry {
  name: string;
  directory: boolean;
  /** Unix permission bits, or undefined when the archive carries none. */
  mode: number | undefined;
  symlink: boolean;
  data: Buffer;
}

export class BundleError extends Error {}

export function looksLikeZip(body: Buffer): boolean {
  // Local file header, or the end-of-central-directory record of an empty archive.
  return body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && (body[2] === 3 || body[2] === 5) && (body[3] === 4 || body[3] === 6);
}

export async function readBundle(body: Buffer): Promise<BundleEntry[]> {
  if (!looksLikeZip(body)) throw new BundleError('not a zip archive');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(body, { lazyEntries: true, decodeStrings: true, strictFileNames: false });
  } catch (e) {
    throw new BundleError(`cannot read the archive: ${(e as Error).message}`);
  }
  const entries: BundleEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (e: Error) => reject(new BundleError(`cannot read the archive: ${e.message}`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      const madeByUnix = entry.versionMadeBy >> 8 === 3;
      const attr = entry.externalFileAttributes >>> 16;
      const mode = madeByUnix && attr !== 0 ? attr & 0o7777 : undefined;
      const isLink = madeByUnix && (attr & 0o170000) === 0o120000;
      const directory = entry.fileName.endsWith('/');
      if (directory) {
        entries.push({ name: entry.fileName, directory, mode, symlink: false, data: Buffer.alloc(0) });
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) {
          reject(new BundleError(`cannot read ${entry.fileName}: ${err?.message ?? 'no stream'}`));
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', (e: Error) => reject(new BundleError(`cannot read ${entry.fileName}: ${e.message}`)));
        stream.on('end', () => {
          entries.push({ name: entry.fileName, directory, mode, symlink: isLink, data: Buffer.concat(chunks) });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return entries;
}

/** Extract like `unzip -o` on the instance: modes kept when the archive has them, else 0644/0755. */
export async function extractBundle(entries: BundleEntry[], dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  const root = path.resolve(dest);
  for (const e of entries) {
    const target = path.resolve(root, e.name);
    if (target !== root && !target.startsWith(root + path.sep)) continue; // zip-slip: skipped as unzip does
    if (e.directory) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    if (e.symlink) {
      await symlink(e.data.toString('utf8'), target).catch(() => undefined);
      continue;
    }
    await writeFile(target, e.data);
    await chmod(target, e.mode !== undefined ? e.mode & 0o777 : 0o644);
  }
}

export interface EbCommand {
  name: string;
  command: string;
  cwd?: string;
  env?: Record<string, string>;
  test?: string;
  ignoreErrors: boolean;
  leaderOnly: boolean;
}

export interface EbConfig {
  /** Path inside the bundle, e.g. `.ebextensions/db.config`. */
  file: string;
  commands: EbCommand[];
  containerCommands: EbCommand[];
  /** `option_settings` of namespace aws:elasticbeanstalk:application:environment (both syntaxes). */
  envProperties: Record<string, string>;
}

export class ConfigParseError extends Error {
  constructor(
    readonly file: string,
    readonly yamlError: string,
    readonly jsonError: string,
  ) {
    super(`${file}: invalid YAML or JSON`);
  }
}

/** `.ebextensions/*.config` at the bundle root, in lexical file order. Throws ConfigParseError. */
export function ebextensionConfigs(entries: BundleEntry[]): EbConfig[] {
  const files = entries
    .filter((e) => !e.directory && /^\.ebextensions\/[^/]+\.config$/.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return files.map((f) => parseConfig(f.name, f.data.toString('utf8')));
}

function parseConfig(file: string, text: string): EbConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (ye) {
    let jsonError = '';
    try {
      doc = JSON.parse(text);
    } catch (je) {
      jsonError = (je as Error).message;
      const yamlError = (ye as Error).message.split('\n')[0] ?? '';
      throw new ConfigParseError(file, yamlError, jsonError);
    }
  }
  const obj = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
  return {
    file,
    commands: commandSection(obj['commands'], false),
    containerCommands: commandSection(obj['container_commands'], true),
    envProperties: envProperties(obj['option_settings']),
  };
}

const ENV_NS = 'aws:elasticbeanstalk:application:environment';

function envProperties(section: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(section)) {
    for (const item of section) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (o['namespace'] === ENV_NS && typeof o['option_name'] === 'string') out[o['option_name']] = String(o['value'] ?? '');
    }
  } else if (section && typeof section === 'object') {
    const ns = (section as Record<string, unknown>)[ENV_NS];
    if (ns && typeof ns === 'object') for (const [k, v] of Object.entries(ns as Record<string, unknown>)) out[k] = String(v ?? '');
  }
  return out;
}

function commandSection(section: unknown, container: boolean): EbCommand[] {
  if (!section || typeof section !== 'object' || Array.isArray(section)) return [];
  const out: EbCommand[] = [];
  // cfn-init runs commands in alphabetical order of their keys.
  for (const name of Object.keys(section).sort()) {
    const spec = (section as Record<string, unknown>)[name];
    if (!spec || typeof spec !== 'object') continue;
    const s = spec as Record<string, unknown>;
    const raw = s['command'];
    const command = Array.isArray(raw) ? raw.map((p) => shellQuote(String(p))).join(' ') : raw === undefined ? '' : String(raw);
    const env: Record<string, string> = {};
    if (s['env'] && typeof s['env'] === 'object') {
      for (const [k, v] of Object.entries(s['env'] as Record<string, unknown>)) env[k] = String(v);
    }
    out.push({
      name,
      command,
      cwd: typeof s['cwd'] === 'string' ? s['cwd'] : undefined,
      env,
      test: typeof s['test'] === 'string' ? s['test'] : undefined,
      ignoreErrors: truthy(s['ignoreErrors']),
      leaderOnly: container && truthy(s['leader_only']),
    });
  }
  return out;
}

function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Procfile lines must look like `name: command` (the platform's documented expression). */
export function procfileProblems(text: string): string[] {
  const bad: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^[A-Za-z0-9_-]+:\s*[^\s].*$/.test(line)) bad.push(line);
  }
  return bad;
}
