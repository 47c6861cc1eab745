// The one AppSpec reader: validation, diagnosis (diagnose/locate.ts) and the archive reader (which
// hook scripts to read) all parse appspec files here, the way the agent reads them (YAML 1.1, or
// JSON), keeping source positions.
import type { Finding } from '../types.js';
import { asMap, asScalar, asSeq, getPair, nodePos, pairPos, pairs, keyText, parseSource, scalarString, type Source } from './source.js';

export const APPSPEC_FILE_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'] as const;

/** Parse an AppSpec file; `source` is undefined when it is not a document at all (see findings). */
export function readAppspec(file: string, text: string): { source?: Source; findings: Finding[] } {
  const json = file.endsWith('.json') || text.trimStart().startsWith('{');
  return parseSource(file, text, { rulePrefix: 'appspec', json });
}

export interface HookScriptRef {
  /** The `location` as written. */
  location: string;
  line: number;
  column: number;
}

export interface HookEventRef {
  event: string;
  /** Line of the event's key. */
  line: number;
  /** Entries listed under the event (with or without a location). */
  items: number;
  scripts: HookScriptRef[];
}

/** The EC2/on-premises `hooks`: each event with the `location` of its scripts, in file order. */
export function hookEvents(src: Source): HookEventRef[] {
  const hooks = asMap(getPair(asMap(src.doc.contents), 'hooks')?.value);
  return pairs(hooks).map((event) => {
    const seq = asSeq(event.value);
    const single = asMap(event.value);
    const items: unknown[] = seq ? seq.items : single ? [single] : [];
    const scripts: HookScriptRef[] = [];
    for (const item of items) {
      const loc = getPair(asMap(item), 'location');
      const value = loc ? asScalar(loc.value) : undefined;
      const location = scalarString(value);
      if (value && location !== undefined) scripts.push({ location, ...nodePos(src, value) });
    }
    return { event: keyText(event), line: pairPos(src, event).line, items: items.length, scripts };
  });
}

/** The `files` mappings: source relative to the bundle root, destination on the instance. */
export function fileMappings(src: Source): { source: string; destination: string; line: number }[] {
  const files = asSeq(getPair(asMap(src.doc.contents), 'files')?.value);
  const out: { source: string; destination: string; line: number }[] = [];
  for (const item of files?.items ?? []) {
    const map = asMap(item);
    const source = scalarString(getPair(map, 'source')?.value);
    const destination = scalarString(getPair(map, 'destination')?.value);
    if (source !== undefined && destination !== undefined) out.push({ source, destination, line: nodePos(src, item).line });
  }
  return out;
}

/** A hook `location` as a bundle-relative path (the agent ignores a leading '/'); undefined when it climbs with '..'. */
export function locationInBundle(location: string, root = ''): string | undefined {
  const parts = location
    .trim()
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return undefined;
  const rel = parts.join('/');
  return root ? `${root}/${rel}` : rel;
}

/**
 * The bundle paths of the hook scripts the appspec names (at the root, or the single appspec
 * one folder down that current agents move up): what an archive read must hold the text of.
 */
export function hookScriptPaths(paths: Iterable<string>, read: (p: string) => string | undefined): string[] {
  const all = [...paths];
  let appspec = APPSPEC_FILE_NAMES.find((n) => all.includes(n)) as string | undefined;
  let root = '';
  if (!appspec) {
    const nested = all.filter((p) => /^[^/]+\/appspec\.(yml|yaml|json)$/.test(p));
    if (nested.length === 1) {
      appspec = nested[0]!;
      root = appspec.slice(0, appspec.indexOf('/'));
    }
  }
  const text = appspec ? read(appspec) : undefined;
  if (!appspec || text === undefined) return [];
  const { source } = readAppspec(appspec, text);
  if (!source) return [];
  const out: string[] = [];
  for (const ev of hookEvents(source)) {
    for (const s of ev.scripts) {
      const p = locationInBundle(s.location, root);
      if (p) out.push(p);
    }
  }
  return out;
}
