// CodeDeploy AppSpec files: EC2/on-premises (hooks run scripts from the bundle), ECS and Lambda
// (hooks name Lambda functions). Facts from the agent's source: the hook `location` is joined to
// <deployment-root>/<group-id>/<deployment-id>/deployment-archive (a leading '/' is ignored);
// `version` must equal the number 0.0; a location that is not executable is chmod +x'ed; the
// agent strips a single leading folder when the only appspec sits one level down.
import type { Pair, YAMLMap } from 'yaml';
import type { Finding } from '../types.js';
import { climbReason, resolveLocation } from './appspec-location.js';
import type { ResolvedLocation } from './appspec-location.js';
import { checkPermissions } from './appspec-permissions.js';
import { readAppspec } from './appspec-reader.js';
import { baseName, dirName, isExecutable, TreeIndex } from './paths.js';
import { checkLineEndings, isTextScript, notExecutable } from './scripts.js';
import {
  asMap,
  asScalar,
  asSeq,
  describeNode,
  finding,
  getPair,
  keyText,
  nodePos,
  pairPos,
  pairs,
  scalarSource,
  scalarString,
  show,
  valuePos,
} from './source.js';
import type { Source } from './source.js';
import { closest, didYouMean, editDistance } from './suggest.js';
import { normalizeTreePath } from './tree.js';

export const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'] as const;

export const EC2_HOOKS = [
  'ApplicationStop',
  'BeforeInstall',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
] as const;
/** Lifecycle events CodeDeploy runs itself: a script listed under them never runs. */
export const EC2_RESERVED_EVENTS = ['Start', 'DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'End'] as const;
/** Run from the last successful revision's bundle, not this one. */
export const PREVIOUS_REVISION_HOOKS = ['ApplicationStop', 'BeforeBlockTraffic', 'AfterBlockTraffic'] as const;
export const ECS_HOOKS = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'] as const;
export const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'] as const;

const EC2_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior'];
const SERVERLESS_KEYS = ['version', 'Resources', 'Hooks'];
const SCRIPT_KEYS = ['location', 'timeout', 'runas', 'sudo'];
const FILE_KEYS = ['source', 'destination'];
const FILE_EXISTS = ['DISALLOW', 'OVERWRITE', 'RETAIN'];
const MAX_TIMEOUT = 3600;
const ARCHIVE_DIR = '<deployment-root>/<deployment-group-id>/<deployment-id>/deployment-archive';

export type AppspecPlatform = 'ec2' | 'ecs' | 'lambda';

// --- placement -----------------------------------------------------------------------------

export interface AppspecPlacement {
  findings: Finding[];
  /** The appspec the agent will read (bundle path), when there is one it can find. */
  appspec?: string;
  /** The folder the agent treats as the bundle root ('' = the real root). */
  root: string;
}

export function locateAppspec(index: TreeIndex, required: boolean): AppspecPlacement {
  const findings: Finding[] = [];
  const atRoot = APPSPEC_NAMES.filter((n) => index.isFile(n));
  const oneDown: string[] = [];
  const deeper: string[] = [];
  for (const p of index.files()) {
    const base = baseName(p);
    if (!(APPSPEC_NAMES as readonly string[]).includes(base) || !p.includes('/')) continue;
    if (/(^|\/)(node_modules|\.git)\//.test(p)) continue;
    (p.split('/').length === 2 ? oneDown : deeper).push(p);
  }
  if (atRoot.length > 0) {
    const chosen = atRoot[0] as string;
    if (atRoot.length > 1) {
      findings.push(
        finding(
          atRoot[1] as string,
          { line: 1, column: 1 },
          'warning',
          'appspec/multiple',
          `The bundle root holds ${atRoot.join(' and ')}; the agent reads one of them (${chosen} here). Keep a single AppSpec file so the one you edit is the one that runs.`,
        ),
      );
    }
    return { findings, appspec: chosen, root: '' };
  }
  if (oneDown.length === 1 && deeper.length === 0) {
    const nested = oneDown[0] as string;
    const root = dirName(nested);
    const outside = index.children('').filter((p) => p !== root);
    findings.push(
      finding(
        nested,
        { line: 1, column: 1 },
        'warning',
        'appspec/not-at-root',
        `The AppSpec file is ${nested}, not at the bundle root. Current agents (1.1+) move the folder '${root}/' up to become the bundle root${outside.length ? ` and delete everything outside it (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''})` : ''}; older agents fail with "appspec file is not found". Bundle the contents of '${root}/' instead of the folder. Paths below are checked relative to '${root}/'.`,
      ),
    );
    return { findings, appspec: nested, root };
  }
  if (oneDown.length + deeper.length > 0) {
    const all = [...oneDown, ...deeper];
    findings.push(
      finding(
        all[0] as string,
        { line: 1, column: 1 },
        'error',
        'appspec/not-at-root',
        `No AppSpec file at the bundle root, but ${all.join(', ')} ${all.length > 1 ? 'exist' : 'exists'} in a subfolder. The agent only looks at the root (or a single folder one level down) and fails with "appspec file is not found". Bundle the folder that contains the AppSpec file as the root, e.g. ${dirName(all[0] as string)}/.`,
      ),
    );
    return { findings, root: '' };
  }
  if (required) {
    findings.push(
      finding(
        'appspec.yml',
        { line: 1, column: 1 },
        'error',
        'appspec/missing',
        'The bundle has no appspec.yml at its root: every CodeDeploy EC2/on-premises deployment fails with "appspec file is not found". Add appspec.yml at the root of the folder you bundle.',
      ),
    );
  }
  return { findings, root: '' };
}

// --- validation ----------------------------------------------------------------------------

interface Ctx {
  src: Source;
  file: string;
  index: TreeIndex;
  /** Bundle root folder for relative paths ('' = root). */
  root: string;
  out: Finding[];
}

function push(ctx: Ctx, pos: { line: number; column: number }, severity: Finding['severity'], rule: string, message: string): void {
  ctx.out.push(finding(ctx.file, pos, severity, rule, message));
}

function inRoot(ctx: Ctx, rel: string): string {
  return normalizeTreePath(ctx.root ? `${ctx.root}/${rel}` : rel);
}

function fromRoot(ctx: Ctx, bundlePath: string): string {
  return ctx.root && bundlePath.startsWith(`${ctx.root}/`) ? bundlePath.slice(ctx.root.length + 1) : bundlePath;
}

export function detectPlatform(map: YAMLMap): AppspecPlatform {
  const resources = getPair(map, 'Resources') ?? getPair(map, 'resources');
  if (!resources) return 'ec2';
  const text = JSON.stringify(resources.value ?? null);
  if (/AWS::Lambda::Function/i.test(text)) return 'lambda';
  return 'ecs';
}

/** Validate one AppSpec file; `root` is the folder the agent treats as the bundle root. */
export function validateAppspec(index: TreeIndex, file: string, root: string): Finding[] {
  const text = index.read(file);
  if (text === undefined) {
    return [
      finding(
        file,
        { line: 1, column: 1 },
        'error',
        'appspec/syntax',
        `${file} could not be read as a text file (binary or larger than 512 KiB).`,
      ),
    ];
  }
  const { source, findings } = readAppspec(file, text);
  if (!source) return findings;
  const ctx: Ctx = { src: source, file, index, root, out: findings };
  const top = asMap(source.doc.contents);
  if (!top) {
    push(
      ctx,
      nodePos(source, source.doc.contents),
      'error',
      'appspec/not-a-mapping',
      `${file} must be a mapping with version, os, files and hooks; it holds ${describeNode(source.doc.contents)}.`,
    );
    return ctx.out;
  }
  const platform = detectPlatform(top);
  if (platform === 'ec2') validateEc2(ctx, top);
  else validateServerless(ctx, top, platform);
  return ctx.out;
}

function checkVersion(ctx: Ctx, top: YAMLMap, strictNumber: boolean): void {
  const pair = getPair(top, 'version');
  if (!pair) {
    push(
      ctx,
      { line: 1, column: 1 },
      'error',
      'appspec/version',
      `${ctx.file} has no \`version\`; add \`version: 0.0\` (the only accepted value).`,
    );
    return;
  }
  const s = asScalar(pair.value);
  const value = s?.value;
  const okNumber = typeof value === 'number' && value === 0;
  const okString = typeof value === 'string' && /^0(\.0)?$/.test(value.trim());
  if (okNumber || (okString && !strictNumber)) return;
  if (okString) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'appspec/version',
      `\`version\` in ${ctx.file} is the string ${show(value)}; the agent compares it with the number 0.0 and fails ("invalid version value"). Write \`version: 0.0\` without quotes.`,
    );
    return;
  }
  push(
    ctx,
    valuePos(ctx.src, pair),
    'error',
    'appspec/version',
    `\`version\` in ${ctx.file} must be 0.0; got ${s ? show(s.value === null ? null : scalarSource(s)) : describeNode(pair.value)}.`,
  );
}

function checkUnknownKeys(ctx: Ctx, top: YAMLMap, known: string[], platform: string): void {
  for (const p of pairs(top)) {
    const k = keyText(p);
    if (known.includes(k)) continue;
    const wrongCase = known.find((n) => n.toLowerCase() === k.toLowerCase());
    const bare = k.replace(/[^A-Za-z]/g, '');
    const strayHook = [...EC2_HOOKS, ...ECS_HOOKS].find((h) => h === bare);
    if (strayHook) {
      push(
        ctx,
        pairPos(ctx.src, p),
        'error',
        'appspec/unknown-key',
        `'${k}' in ${ctx.file} looks like the ${strayHook} hook, but it is a top-level key (check the indentation and stray characters), so its scripts never run. Put it under \`${platform === 'EC2/on-premises' ? 'hooks' : 'Hooks'}:\`, indented like the other events.`,
      );
      continue;
    }
    const hint = wrongCase ? ` Keys are case-sensitive: write '${wrongCase}'.` : didYouMean(k, known);
    push(
      ctx,
      pairPos(ctx.src, p),
      wrongCase ? 'error' : 'warning',
      'appspec/unknown-key',
      `Unknown top-level key '${k}' in ${ctx.file} (${platform} AppSpec keys: ${known.join(', ')}); it is ignored.${hint}`,
    );
  }
}

function validateEc2(ctx: Ctx, top: YAMLMap): void {
  checkUnknownKeys(ctx, top, EC2_KEYS, 'EC2/on-premises');
  checkVersion(ctx, top, true);
  let os: 'linux' | 'windows' = 'linux';
  const osPair = getPair(top, 'os');
  if (!osPair) {
    push(ctx, { line: 1, column: 1 }, 'error', 'appspec/os', `${ctx.file} has no \`os\`; add \`os: linux\` or \`os: windows\`.`);
  } else {
    const v = scalarString(osPair.value);
    if (v === 'linux' || v === 'windows') os = v;
    else {
      if (v?.toLowerCase() === 'windows') os = 'windows';
      push(
        ctx,
        valuePos(ctx.src, osPair),
        'error',
        'appspec/os',
        `\`os\` in ${ctx.file} must be linux or windows (lower case); got ${v === undefined ? describeNode(osPair.value) : show(v)}.`,
      );
    }
  }
  const feb = getPair(top, 'file_exists_behavior');
  if (feb) {
    const v = scalarString(feb.value);
    if (!v || !FILE_EXISTS.includes(v)) {
      push(
        ctx,
        valuePos(ctx.src, feb),
        'error',
        'appspec/file-exists-behavior',
        `\`file_exists_behavior\` in ${ctx.file} must be one of ${FILE_EXISTS.join(', ')}; got ${v === undefined ? describeNode(feb.value) : show(v)}.`,
      );
    }
  }
  const files = checkFiles(ctx, top, os);
  ctx.out.push(...checkPermissions(ctx.src, getPair(top, 'permissions'), os));
  checkEc2Hooks(ctx, top, os, files);
}

interface FileMapping {
  source: string;
  destination: string;
}

function normalizeDestination(d: string, os: string): string {
  let s = d.trim().replace(/\\/g, '/');
  if (os === 'windows') s = s.replace(/^[A-Za-z]:/, (m) => m.toLowerCase());
  s = s.replace(/\/+/g, '/');
  if (s.length > 1) s = s.replace(/\/$/, '');
  return s;
}

function checkFiles(ctx: Ctx, top: YAMLMap, os: string): FileMapping[] {
  const mappings: FileMapping[] = [];
  const pair = getPair(top, 'files');
  if (!pair || pair.value === null || (asScalar(pair.value) && asScalar(pair.value)?.value === null)) return mappings;
  const seq = asSeq(pair.value);
  if (!seq) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'appspec/files-shape',
      `\`files\` in ${ctx.file} must be a list of \`- source: … destination: …\` entries; it holds ${describeNode(pair.value)}.`,
    );
    return mappings;
  }
  for (const item of seq.items) {
    const m = asMap(item);
    if (!m) {
      push(
        ctx,
        nodePos(ctx.src, item),
        'error',
        'appspec/files-shape',
        `Each \`files\` entry in ${ctx.file} must be a mapping with source and destination; got ${describeNode(item)}.`,
      );
      continue;
    }
    for (const p of pairs(m)) {
      const k = keyText(p);
      if (FILE_KEYS.includes(k)) continue;
      const hint = /overwrite|exist/i.test(k)
        ? ' To replace files already on the instance, use the top-level `file_exists_behavior: OVERWRITE` instead.'
        : didYouMean(k, FILE_KEYS);
      push(
        ctx,
        pairPos(ctx.src, p),
        'warning',
        'appspec/files-unknown-key',
        `\`files\` entries take only source and destination; '${k}' in ${ctx.file} is ignored.${hint}`,
      );
    }
    const srcPair = getPair(m, 'source');
    const dstPair = getPair(m, 'destination');
    const source = srcPair ? scalarString(srcPair.value) : undefined;
    const destination = dstPair ? scalarString(dstPair.value) : undefined;
    if (source === undefined || destination === undefined) {
      push(
        ctx,
        nodePos(ctx.src, m),
        'error',
        'appspec/files-shape',
        `A \`files\` entry in ${ctx.file} has no ${source === undefined ? 'source' : 'destination'}; each entry needs both (\`- source: /\` and \`destination: /var/www/app\`).`,
      );
      continue;
    }
    if (srcPair && !ctx.index.exists(inRoot(ctx, source))) {
      const near = closest(
        baseName(normalizeTreePath(source)),
        ctx.index.children(inRoot(ctx, dirName(normalizeTreePath(source)))).map(baseName),
      );
      push(
        ctx,
        valuePos(ctx.src, srcPair),
        'error',
        'appspec/files-source-missing',
        `\`files\` source '${source}' in ${ctx.file} does not exist in the bundle (sources are relative to the bundle root; '/' means all of it); the Install step fails.${near[0] ? ` Did you mean '${normalizeTreePath(`${dirName(normalizeTreePath(source))}/${near[0]}`)}'?` : ''}`,
      );
    }
    const absolute = os === 'windows' ? /^([A-Za-z]:[\\/]|[\\/])/.test(destination.trim()) : destination.trim().startsWith('/');
    if (dstPair && !absolute) {
      push(
        ctx,
        valuePos(ctx.src, dstPair),
        'error',
        'appspec/files-destination-relative',
        `\`files\` destination '${destination}' in ${ctx.file} must be an absolute path on the instance (${os === 'windows' ? 'e.g. C:\\inetpub\\wwwroot' : 'e.g. /var/www/app'}).`,
      );
    }
    mappings.push({ source, destination: normalizeDestination(destination, os) });
  }
  return mappings;
}

// --- hooks ---------------------------------------------------------------------------------

/** Map an absolute path on the instance back to the bundle file `files` installs there. */
function mapThroughFiles(abs: string, files: FileMapping[], os: string): Array<{ candidate: string; mapping: FileMapping }> {
  const out: Array<{ candidate: string; mapping: FileMapping }> = [];
  const target = normalizeDestination(abs, os);
  for (const f of files) {
    const dest = f.destination;
    const prefix = dest === '/' ? '/' : `${dest}/`;
    if (!target.startsWith(prefix)) continue;
    const rest = target.slice(prefix.length);
    const src = normalizeTreePath(f.source);
    out.push({ candidate: normalizeTreePath(`${src}/${rest}`), mapping: f });
    if (rest === baseName(src)) out.push({ candidate: src, mapping: f });
  }
  return out;
}

function locationCandidates(
  ctx: Ctx,
  location: string,
  resolved: ResolvedLocation,
  files: FileMapping[],
  os: string,
): { list: string[]; via?: FileMapping } {
  const seen = new Set<string>();
  const list: string[] = [];
  let via: FileMapping | undefined;
  const add = (rel: string): void => {
    if (!rel || seen.has(rel)) return;
    if (!ctx.index.isFile(inRoot(ctx, rel))) return;
    seen.add(rel);
    list.push(rel);
  };
  const abs = resolved.outside ?? (resolved.rel !== undefined ? `/${resolved.rel}` : undefined);
  if (abs) {
    for (const m of mapThroughFiles(abs, files, os)) {
      const before = list.length;
      add(m.candidate);
      if (list.length > before && !via) via = m.mapping;
    }
  }
  const target = resolved.rel ?? resolved.outside?.slice(1) ?? normalizeTreePath(location);
  const base = baseName(target);
  // Same name elsewhere in the bundle.
  for (const p of ctx.index.byBase.get(base) ?? []) {
    if (ctx.root && !p.startsWith(`${ctx.root}/`)) continue;
    add(fromRoot(ctx, p));
  }
  // Case or a typo away.
  const lower = ctx.index.lowerToPath.get(inRoot(ctx, target).toLowerCase());
  if (lower) add(fromRoot(ctx, lower));
  const scope = ctx.root ? ctx.index.files().filter((p) => p.startsWith(`${ctx.root}/`)) : ctx.index.files();
  const typos = scope
    .map((p) => fromRoot(ctx, p))
    .map((p) => [p, editDistance(p.toLowerCase(), target.toLowerCase())] as const)
    .filter(([p, d]) => d > 0 && d <= Math.max(1, Math.min(3, Math.floor(baseName(p).length / 4))))
    .sort((a, b) => a[1] - b[1]);
  for (const [p] of typos.slice(0, 3)) add(p);
  return { list: list.slice(0, 4), via };
}

function checkEc2Hooks(ctx: Ctx, top: YAMLMap, os: 'linux' | 'windows', files: FileMapping[]): void {
  const pair = getPair(top, 'hooks');
  if (!pair || pair.value === null || asScalar(pair.value)?.value === null) return;
  const hooks = asMap(pair.value);
  if (!hooks) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'appspec/hook-shape',
      `\`hooks\` in ${ctx.file} must map lifecycle events to lists of scripts (\`AfterInstall:\` then \`- location: scripts/x.sh\`); it holds ${describeNode(pair.value)}.`,
    );
    return;
  }
  for (const event of pairs(hooks)) {
    const name = keyText(event);
    const eventPos = pairPos(ctx.src, event);
    if ((EC2_RESERVED_EVENTS as readonly string[]).includes(name)) {
      push(
        ctx,
        eventPos,
        'error',
        'appspec/hook-not-scriptable',
        `'${name}' in ${ctx.file} is a lifecycle event CodeDeploy runs itself; it cannot run scripts, so these never run. Use ${name === 'Install' || name === 'DownloadBundle' ? 'BeforeInstall or AfterInstall' : name === 'BlockTraffic' ? 'BeforeBlockTraffic or AfterBlockTraffic' : name === 'AllowTraffic' ? 'BeforeAllowTraffic or AfterAllowTraffic' : 'one of ' + EC2_HOOKS.join(', ')}.`,
      );
      continue;
    }
    if (!(EC2_HOOKS as readonly string[]).includes(name)) {
      const hint = (ECS_HOOKS as readonly string[]).includes(name)
        ? ` ('${name}' exists only for ECS deployments.)`
        : didYouMean(name, EC2_HOOKS);
      push(
        ctx,
        eventPos,
        'error',
        'appspec/hook-unknown',
        `'${name}' in ${ctx.file} is not an EC2/on-premises lifecycle event, so its scripts never run. Valid hooks: ${EC2_HOOKS.join(', ')}.${hint}`,
      );
      continue;
    }
    const scripts = asSeq(event.value);
    const empty = !scripts ? event.value === null || asScalar(event.value)?.value === null : scripts.items.length === 0;
    if (empty) {
      push(
        ctx,
        eventPos,
        'warning',
        'appspec/hook-shape',
        `Hook ${name} in ${ctx.file} has no scripts. Current agents skip it; agents before 1.1 failed the deployment on an empty hook. Remove it or add \`- location: scripts/${name.toLowerCase()}.sh\`.`,
      );
      continue;
    }
    if (!scripts) {
      push(
        ctx,
        valuePos(ctx.src, event),
        'error',
        'appspec/hook-shape',
        `Hook ${name} in ${ctx.file} must be a list of scripts (\`- location: …\`, with optional timeout and runas); it holds ${describeNode(event.value)}.`,
      );
      continue;
    }
    let total = 0;
    for (const item of scripts.items) {
      const script = asMap(item);
      if (!script) {
        push(
          ctx,
          nodePos(ctx.src, item),
          'error',
          'appspec/hook-shape',
          `Each script under ${name} in ${ctx.file} must be a mapping with \`location\`; got ${describeNode(item)}${asScalar(item) ? ` — write \`- location: ${scalarString(item) ?? ''}\`` : ''}.`,
        );
        continue;
      }
      for (const p of pairs(script)) {
        const k = keyText(p);
        if (!SCRIPT_KEYS.includes(k)) {
          push(
            ctx,
            pairPos(ctx.src, p),
            'warning',
            'appspec/hook-unknown-key',
            `Unknown key '${k}' in a ${name} script of ${ctx.file} (accepted: location, timeout, runas); it is ignored.${didYouMean(k, SCRIPT_KEYS)}`,
          );
        }
      }
      const t = checkTimeout(ctx, name, script);
      if (t !== undefined) total += t;
      const runas = getPair(script, 'runas');
      if (runas && os === 'windows') {
        push(
          ctx,
          pairPos(ctx.src, runas),
          'warning',
          'appspec/runas-windows',
          `\`runas\` in ${ctx.file} is not supported on Windows Server instances; the ${name} script runs as the agent's account (LocalSystem) regardless. Remove it.`,
        );
      }
      checkLocation(ctx, name, script, os, files);
    }
    if (total > MAX_TIMEOUT) {
      push(
        ctx,
        eventPos,
        'error',
        'appspec/hook-event-timeout',
        `The scripts of ${name} in ${ctx.file} declare ${total} s of timeouts in total; all scripts of one lifecycle event may take at most ${MAX_TIMEOUT} s, after which the deployment fails. Lower the timeouts or move work to another event.`,
      );
    }
  }
}

function checkTimeout(ctx: Ctx, hook: string, script: YAMLMap): number | undefined {
  const pair = getPair(script, 'timeout');
  if (!pair) return undefined;
  const s = asScalar(pair.value);
  const raw = s?.value;
  let seconds: number;
  if (typeof raw === 'number') seconds = Math.trunc(raw);
  else if (typeof raw === 'string') seconds = /^\s*\d+/.test(raw) ? parseInt(raw, 10) : 0;
  else seconds = 0;
  if (seconds <= 0) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'appspec/hook-timeout',
      `\`timeout\` of a ${hook} script in ${ctx.file} must be a whole number of seconds between 1 and ${MAX_TIMEOUT}; got ${s ? show(s.value) : describeNode(pair.value)} (the agent rejects it as an invalid timeout).`,
    );
    return undefined;
  }
  if (seconds > MAX_TIMEOUT) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'appspec/hook-timeout',
      `\`timeout: ${seconds}\` for a ${hook} script in ${ctx.file} exceeds ${MAX_TIMEOUT} s, the most one lifecycle event may run; the deployment fails at ${MAX_TIMEOUT} s. Use at most ${MAX_TIMEOUT}.`,
    );
  }
  return seconds;
}

function checkLocation(ctx: Ctx, hook: string, script: YAMLMap, os: 'linux' | 'windows', files: FileMapping[]): void {
  const pair = getPair(script, 'location');
  const location = pair ? scalarString(pair.value)?.trim() : undefined;
  if (!pair || !location) {
    push(
      ctx,
      pair ? valuePos(ctx.src, pair) : nodePos(ctx.src, script),
      'error',
      'appspec/hook-shape',
      `A ${hook} script in ${ctx.file} has no \`location\`; the deployment fails ("script with no location value"). Add \`location: scripts/${hook.toLowerCase()}.sh\` (relative to the bundle root).`,
    );
    return;
  }
  const pos = valuePos(ctx.src, pair);
  const resolved = resolveLocation(location, os);
  const previous = (PREVIOUS_REVISION_HOOKS as readonly string[]).includes(hook)
    ? ` (${hook} runs the script from the last successful revision's bundle, so a fix here takes effect from the deployment after the next one.)`
    : '';
  if (resolved.climbs) {
    const suggestion = locationCandidates(ctx, location, resolved, files, os).list[0];
    const reason = climbReason(resolved);
    push(
      ctx,
      pos,
      reason.severity,
      'appspec/hook-location-outside',
      `\`location\` '${location}' of ${hook} in ${ctx.file} ${reason.text} Hook locations are relative to the bundle root:${suggestion ? ` write \`location: ${suggestion}\`.` : ' point it at the script inside the bundle.'}`,
    );
    return;
  }
  if (os === 'linux' && location.includes('\\')) {
    const slashed = resolveLocation(location.replace(/\\/g, '/'), os).rel ?? location.replace(/\\/g, '/');
    push(
      ctx,
      pos,
      'error',
      'appspec/hook-location-backslash',
      `\`location\` '${location}' of ${hook} in ${ctx.file} uses backslashes. On Linux the agent reads them as part of a file name, looks for a file literally named '${location}' and fails with ScriptMissing. Use forward slashes: \`location: ${slashed}\`.${ctx.index.isFile(inRoot(ctx, slashed)) ? '' : ` (${slashed} is not in the bundle either.)`}`,
    );
    return;
  }
  const rel = resolved.rel ?? '';
  const bundlePath = inRoot(ctx, rel);
  const entry = ctx.index.get(bundlePath);
  if (!entry || entry.type === 'dir') {
    const cands = locationCandidates(ctx, location, resolved, files, os);
    const agentPath = `${ARCHIVE_DIR}/${rel}`;
    const why =
      location.startsWith('/') || /^[A-Za-z]:/.test(location) ? " A leading '/' does not make it an absolute path on the instance." : '';
    let hint = '';
    if (cands.list.length) {
      const first = cands.list[0] as string;
      const viaText =
        cands.via && mapThroughFiles(resolved.outside ?? `/${rel}`, [cands.via], os).some((c) => c.candidate === first)
          ? ` (files maps source '${cands.via.source}' to '${cands.via.destination}'; hooks run from the bundle, not from files.destination)`
          : '';
      hint = ` Did you mean ${cands.list.map((c) => `'${c}'`).join(' or ')}${viaText}?`;
    }
    push(
      ctx,
      pos,
      'error',
      'appspec/hook-location-missing',
      `${entry ? 'Folder' : 'Script'} '${location}' of ${hook} in ${ctx.file} ${entry ? 'is a folder, not a script' : 'is not in the bundle'}. Hook locations are relative to the bundle root; the agent will run ${agentPath} and fail with ScriptMissing.${why}${hint}${previous}`,
    );
    return;
  }
  if (os !== 'linux') return;
  const text = ctx.index.read(bundlePath);
  if (text !== undefined && isTextScript(text)) {
    ctx.out.push(...checkLineEndings(bundlePath, text, `the ${hook} hook`));
  }
  if (entry.type === 'file' && !isExecutable(entry)) {
    ctx.out.push(
      notExecutable(
        bundlePath,
        'warning',
        'script/not-executable',
        `The CodeDeploy agent runs \`chmod +x\` on it before ${hook} (logging "is not executable. Trying to make it executable."), so the hook still runs, but the copy installed by \`files\` keeps the missing bit.`,
      ),
    );
  }
}

// --- ECS / Lambda --------------------------------------------------------------------------

function validateServerless(ctx: Ctx, top: YAMLMap, platform: 'ecs' | 'lambda'): void {
  const label = platform === 'ecs' ? 'ECS' : 'Lambda';
  checkUnknownKeys(ctx, top, SERVERLESS_KEYS, label);
  checkVersion(ctx, top, false);
  const resPair = getPair(top, 'Resources');
  const res = resPair ? asSeq(resPair.value) : undefined;
  if (resPair && !res) {
    push(
      ctx,
      valuePos(ctx.src, resPair),
      'error',
      'appspec/resources',
      `\`Resources\` in ${ctx.file} must be a list with one entry (\`- TargetService:\` for ECS, \`- myFunction:\` for Lambda); it holds ${describeNode(resPair.value)}.`,
    );
  }
  for (const item of res?.items ?? []) {
    const named = asMap(item);
    const first = pairs(named)[0];
    const body = asMap(first?.value);
    if (!named || !first || !body) {
      push(
        ctx,
        nodePos(ctx.src, item),
        'error',
        'appspec/resources',
        `Each \`Resources\` entry in ${ctx.file} must be \`- <name>:\` with Type and Properties below it; got ${describeNode(item)}.`,
      );
      continue;
    }
    const type = scalarString(getPair(body, 'Type')?.value);
    const expected = platform === 'ecs' ? 'AWS::ECS::Service' : 'AWS::Lambda::Function';
    if (type !== expected) {
      const tp = getPair(body, 'Type');
      push(
        ctx,
        tp ? valuePos(ctx.src, tp) : pairPos(ctx.src, first),
        'error',
        'appspec/resources',
        `Resource '${keyText(first)}' in ${ctx.file} needs \`Type: ${expected}\`; got ${type === undefined ? 'none' : show(type)}.`,
      );
    }
    const propsPair = getPair(body, 'Properties');
    const props = asMap(propsPair?.value);
    if (!props) {
      push(
        ctx,
        propsPair ? valuePos(ctx.src, propsPair) : pairPos(ctx.src, first),
        'error',
        'appspec/resources',
        `Resource '${keyText(first)}' in ${ctx.file} needs a \`Properties\` mapping.`,
      );
      continue;
    }
    const required = platform === 'ecs' ? ['TaskDefinition', 'LoadBalancerInfo'] : ['Name', 'Alias', 'CurrentVersion', 'TargetVersion'];
    for (const r of required) {
      if (!getPair(props, r)) {
        push(
          ctx,
          pairPos(ctx.src, propsPair as Pair),
          'error',
          'appspec/resources',
          `\`Properties\` of '${keyText(first)}' in ${ctx.file} has no \`${r}\` (required for ${label} deployments).${didYouMean(r, pairs(props).map(keyText))}`,
        );
      }
    }
    if (platform === 'ecs') {
      const lbPair = getPair(props, 'LoadBalancerInfo');
      const lb = asMap(lbPair?.value);
      if (lbPair) {
        for (const r of ['ContainerName', 'ContainerPort']) {
          if (!getPair(lb, r)) {
            push(
              ctx,
              pairPos(ctx.src, lbPair),
              'error',
              'appspec/resources',
              `\`LoadBalancerInfo\` in ${ctx.file} has no \`${r}\`; CodeDeploy needs the container name and port to route traffic to the new task set.`,
            );
          }
        }
      }
    }
  }
  const hooksPair = getPair(top, 'Hooks');
  if (!hooksPair || hooksPair.value === null || asScalar(hooksPair.value)?.value === null) return;
  const valid: readonly string[] = platform === 'ecs' ? ECS_HOOKS : LAMBDA_HOOKS;
  const list = asSeq(hooksPair.value);
  const entries: Pair[] = [];
  if (list) {
    for (const item of list.items) {
      const m = asMap(item);
      if (!m) {
        push(
          ctx,
          nodePos(ctx.src, item),
          'error',
          'appspec/hook-shape',
          `Each \`Hooks\` entry in ${ctx.file} must be \`- <LifecycleEvent>: <LambdaFunctionName>\`; got ${describeNode(item)}.`,
        );
        continue;
      }
      entries.push(...pairs(m));
    }
  } else if (asMap(hooksPair.value)) {
    push(
      ctx,
      valuePos(ctx.src, hooksPair),
      'error',
      'appspec/hook-shape',
      `\`Hooks\` in ${ctx.file} must be a list (\`- BeforeAllowTraffic: MyValidationFunction\`), one entry per event; it holds a mapping.`,
    );
    return;
  }
  for (const p of entries) {
    const name = keyText(p);
    if (!valid.includes(name)) {
      push(
        ctx,
        pairPos(ctx.src, p),
        'error',
        'appspec/hook-unknown',
        `'${name}' in ${ctx.file} is not a ${label} lifecycle hook, so the function never runs. Valid hooks: ${valid.join(', ')}.${didYouMean(name, valid)}`,
      );
    }
    const fn = scalarString(p.value);
    if (fn === undefined || fn.trim() === '') {
      push(
        ctx,
        valuePos(ctx.src, p),
        'error',
        'appspec/hook-shape',
        `Hook ${name} in ${ctx.file} must name a Lambda function (\`${name}: MyValidationFunction\`); got ${fn === undefined ? describeNode(p.value) : 'an empty name'}.`,
      );
    } else if (/\/|\.(sh|py|ps1|bat|js)$/.test(fn) && !fn.startsWith('arn:')) {
      push(
        ctx,
        valuePos(ctx.src, p),
        'error',
        'appspec/hook-shape',
        `Hook ${name} in ${ctx.file} names '${fn}', which looks like a script path; ${label} deployments run no scripts, their hooks name a Lambda function that CodeDeploy invokes (\`${name}: MyValidationFunction\`).`,
      );
    }
  }
}
