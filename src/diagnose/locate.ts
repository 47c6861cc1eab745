// Find the line responsible for a failure in the bundle's configuration files: the `location` of a
// hook in appspec.yml, the key of an `.ebextensions` command, a `.platform` hook file. Also works
// out where the agent looked for a hook script and which bundle-relative path was meant.
// (Validation has its own, richer version of the path logic; this one only serves diagnosis.)

import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import type { BundleFiles } from '../types.js';

export interface SourceLocation {
  file: string;
  line: number;
}

export const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];

/** `./a//b` and `/a/b` → `a/b` (the agent ignores a leading `/` when joining to the archive). */
export function normaliseRelative(p: string): string {
  let s = p
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/');
  for (;;) {
    const before = s;
    s = s.replace(/^\.\//, '').replace(/^\/+/, '');
    if (s === before) break;
  }
  return s.replace(/\/$/, '');
}

interface ParsedYaml {
  contents: unknown;
  lineOf(node: YamlNode | null | undefined): number | null;
}

function parseYaml(text: string): ParsedYaml | null {
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    return {
      contents: doc.contents,
      lineOf(node) {
        const start = node?.range?.[0];
        return typeof start === 'number' ? lineCounter.linePos(start).line : null;
      },
    };
  } catch {
    return null;
  }
}

function mapGet(map: unknown, key: string): { keyNode: YamlNode | null; value: unknown } | null {
  if (!isMap(map)) return null;
  for (const pair of (map as YAMLMap).items) {
    const k = pair.key;
    const name = isScalar(k) ? String(k.value) : String(k);
    if (name === key) return { keyNode: isScalar(k) ? (k as YamlNode) : null, value: pair.value };
  }
  return null;
}

export function findAppspec(bundle: BundleFiles | undefined): { path: string; text: string } | null {
  if (!bundle) return null;
  for (const name of APPSPEC_NAMES) {
    const text = bundle.files.get(name);
    if (text !== undefined) return { path: name, text };
  }
  return null;
}

/**
 * The line of `location:` for `script` under `hooks.<event>` in the bundle's appspec; the event
 * key's line when no entry matches; null without an appspec or that event.
 */
export function locateHookLocation(bundle: BundleFiles | undefined, event: string, script?: string): SourceLocation | null {
  const appspec = findAppspec(bundle);
  if (!appspec) return null;
  const parsed = parseYaml(appspec.text);
  if (!parsed) return null;
  const hooks = mapGet(parsed.contents, 'hooks');
  const entry = hooks ? mapGet(hooks.value, event) : null;
  if (!entry) return null;
  const wanted = script ? normaliseRelative(script) : null;
  const items = isSeq(entry.value) ? entry.value.items : isMap(entry.value) ? [entry.value] : [];
  let firstLocation: number | null = null;
  for (const item of items) {
    const loc = mapGet(item, 'location');
    if (!loc || !isScalar(loc.value)) continue;
    const line = parsed.lineOf(loc.value as YamlNode);
    if (line === null) continue;
    firstLocation ??= line;
    if (wanted !== null && normaliseRelative(String(loc.value.value)) === wanted) return { file: appspec.path, line };
  }
  if (wanted === null && firstLocation !== null && items.length === 1) return { file: appspec.path, line: firstLocation };
  const keyLine = parsed.lineOf(entry.keyNode);
  return keyLine === null ? null : { file: appspec.path, line: keyLine };
}

/** The `files:` mappings of the appspec (source relative to the bundle root, destination absolute). */
export function appspecFileMappings(bundle: BundleFiles | undefined): { source: string; destination: string }[] {
  const appspec = findAppspec(bundle);
  if (!appspec) return [];
  const parsed = parseYaml(appspec.text);
  const files = parsed ? mapGet(parsed.contents, 'files') : null;
  if (!files || !isSeq(files.value)) return [];
  const out: { source: string; destination: string }[] = [];
  for (const item of files.value.items) {
    const src = mapGet(item, 'source');
    const dst = mapGet(item, 'destination');
    if (src && dst && isScalar(src.value) && isScalar(dst.value)) {
      out.push({ source: String(src.value.value), destination: String(dst.value.value) });
    }
  }
  return out;
}

function bundlePaths(bundle: BundleFiles | undefined): Set<string> {
  const set = new Set<string>();
  if (!bundle) return set;
  for (const k of bundle.modes.keys()) set.add(normaliseRelative(k));
  for (const k of bundle.files.keys()) set.add(normaliseRelative(k));
  return set;
}

export function bundleHas(bundle: BundleFiles | undefined, path: string): boolean | null {
  const paths = bundlePaths(bundle);
  if (paths.size === 0) return null;
  return paths.has(normaliseRelative(path));
}

/** Where the agent looks for a hook script: `<archive>/<location without leading slashes>`. */
export function resolvedScriptPath(
  location: string,
  archiveDir = '<deployment-root>/<group-id>/<deployment-id>/deployment-archive',
): string {
  return `${archiveDir.replace(/\/$/, '')}/${location.replace(/^\/+/, '')}`;
}

/**
 * Bundle-relative paths the author probably meant for a hook `location` that is not in the
 * bundle: the path under a `files.destination` mapped back to its `source`, then files with the
 * same name elsewhere in the bundle. Existing paths first.
 */
export function suggestBundlePaths(location: string, bundle: BundleFiles | undefined): string[] {
  const loc = normaliseRelative(location);
  const paths = bundlePaths(bundle);
  const mapped: string[] = [];
  for (const { source, destination } of appspecFileMappings(bundle)) {
    const dst = normaliseRelative(destination);
    if (dst === '' || !(loc === dst || loc.startsWith(`${dst}/`))) continue;
    const rest = loc === dst ? '' : loc.slice(dst.length + 1);
    const src = normaliseRelative(source);
    if (paths.has(src) && rest === '') mapped.push(src);
    else if (rest !== '') mapped.push(src ? `${src}/${rest}` : rest);
  }
  // Climbing out of the archive with `..` (the "fix" people land on): suggest the tail under a destination.
  const base = loc.split('/').pop() ?? loc;
  const sameName = [...paths].filter((p) => p === base || p.endsWith(`/${base}`)).sort((a, b) => a.length - b.length);
  const ordered = [
    ...mapped.filter((m) => paths.has(m)),
    ...sameName,
    ...(paths.size === 0 ? mapped : mapped.filter((m) => !paths.has(m))),
  ];
  return [...new Set(ordered)].filter((p) => p !== loc).slice(0, 3);
}

/** `.ebextensions/*.config` files of the bundle, sorted like Beanstalk reads them. */
export function ebextensionsConfigs(bundle: BundleFiles | undefined): string[] {
  if (!bundle) return [];
  return [...bundle.files.keys()].filter((f) => /^\.ebextensions\/[^/]+\.config$/.test(normaliseRelative(f))).sort();
}

/**
 * The line of the key `name` under `commands` / `container_commands` in an `.ebextensions` file.
 * `preferFile` (from the log, e.g. `.ebextensions/db.config`) is searched first.
 */
export function locateEbextensionsCommand(
  bundle: BundleFiles | undefined,
  name: string,
  section?: 'commands' | 'container_commands',
  preferFile?: string,
): SourceLocation | null {
  const files = ebextensionsConfigs(bundle);
  const ordered = preferFile ? [...files.filter((f) => normaliseRelative(f) === normaliseRelative(preferFile)), ...files] : files;
  const sections = section ? [section] : ['container_commands', 'commands'];
  for (const file of ordered) {
    const text = bundle?.files.get(file);
    if (text === undefined) continue;
    const parsed = parseYaml(text);
    if (!parsed) continue;
    for (const s of sections) {
      const sec = mapGet(parsed.contents, s);
      const cmd = sec ? mapGet(sec.value, name) : null;
      const line = cmd ? parsed.lineOf(cmd.keyNode) : null;
      if (line !== null) return { file: normaliseRelative(file), line };
    }
  }
  if (preferFile) return { file: normaliseRelative(preferFile), line: 1 };
  return null;
}

/** A `.platform` hook file; line 1 (its `#!` line) is where an annotation goes. */
export function locatePlatformHook(bundle: BundleFiles | undefined, path: string): SourceLocation {
  const rel = normaliseRelative(path.replace(/^.*?(?=\.platform\/)/, ''));
  return { file: rel, line: 1 };
}

/** A file named in an error (e.g. `.ebextensions/x.config`), with a line if the message has one. */
export function locateConfigFile(path: string, message: string): SourceLocation {
  const m = /\bline (\d+)/i.exec(message);
  return { file: normaliseRelative(path), line: m ? Number(m[1]) : 1 };
}
