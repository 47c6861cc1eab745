// Find the line responsible for a failure in the bundle's configuration files: the `location` of a
// hook in appspec.yml, the key of an `.ebextensions` command, a `.platform` hook file. Also works
// out where the agent looked for a hook script and which bundle-relative path was meant.
// The AppSpec is read by the same reader validation uses (validate/appspec-reader.ts).

import type { BundleFiles } from '../types.js';
import { fileMappings, hookEvents, readAppspec } from '../validate/appspec-reader.js';
import { asMap, getPair, nodePos, parseSource, type Source } from '../validate/source.js';

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

export function findAppspec(bundle: BundleFiles | undefined): { path: string; text: string } | null {
  if (!bundle) return null;
  for (const name of APPSPEC_NAMES) {
    const text = bundle.files.get(name);
    if (text !== undefined) return { path: name, text };
  }
  return null;
}

function appspecSource(bundle: BundleFiles | undefined): Source | null {
  const appspec = findAppspec(bundle);
  return appspec ? (readAppspec(appspec.path, appspec.text).source ?? null) : null;
}

/**
 * The line of `location:` for `script` under `hooks.<event>` in the bundle's appspec; the event
 * key's line when no entry matches; null without an appspec or that event.
 */
export function locateHookLocation(bundle: BundleFiles | undefined, event: string, script?: string): SourceLocation | null {
  const src = appspecSource(bundle);
  if (!src) return null;
  const entry = hookEvents(src).find((e) => e.event === event);
  if (!entry) return null;
  const wanted = script ? normaliseRelative(script) : null;
  if (wanted !== null) {
    const hit = entry.scripts.find((s) => normaliseRelative(s.location) === wanted);
    if (hit) return { file: src.file, line: hit.line };
  }
  const first = entry.scripts[0];
  if (wanted === null && first && entry.items === 1) return { file: src.file, line: first.line };
  return { file: src.file, line: entry.line };
}

/** The `files:` mappings of the appspec (source relative to the bundle root, destination absolute). */
export function appspecFileMappings(bundle: BundleFiles | undefined): { source: string; destination: string }[] {
  const src = appspecSource(bundle);
  return src ? fileMappings(src).map(({ source, destination }) => ({ source, destination })) : [];
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
    const { source } = parseSource(file, text, { rulePrefix: 'ebextensions', json: text.trimStart().startsWith('{') });
    if (!source) continue;
    for (const s of sections) {
      const cmd = getPair(asMap(getPair(asMap(source.doc.contents), s)?.value), name);
      if (cmd) return { file: normaliseRelative(file), line: nodePos(source, cmd.key).line };
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
