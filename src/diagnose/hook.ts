// One failed CodeDeploy lifecycle event as the rule table (rules/codedeploy.ts) reads it: the SDK
// fields flattened, the derived facts several rules need, and the builders rules use to say what
// happened. The deployment's own errorInformation is read through the same table as a pseudo-event
// (scope 'deployment', no event, no script).

import type { BundleFiles, Diagnosis, DiagnosisCategory } from '../types.js';
import { CATEGORY_INFO } from './catalog.js';
import { locateHookLocation, normaliseRelative, type SourceLocation } from './locate.js';
import { evidenceList, lines, listInstances } from './text.js';

export interface HookFailure {
  target: string;
  targetType: 'instance' | 'lambda' | 'ecs' | 'cloudformation';
  event: string;
  errorCode: string;
  scriptName: string;
  message: string;
  logTail: string;
}

export interface HookFacts {
  f: HookFailure;
  scope: 'lifecycle' | 'deployment';
  deploymentId: string;
  bundle?: BundleFiles;
  /** message, then logTail. */
  texts: string[];
  /** The exit code the agent reported, when it did. */
  exit?: string;
  /** `deployment-root/<group>/<deployment>/deployment-archive/<path>` in the message. */
  archivePath: RegExpExecArray | null;
  /** The appspec line of the hook's `location` (or of the event), when the bundle is known. */
  hookLoc: SourceLocation | null;
  /** The script's text from the bundle, when the bundle holds it. */
  script?: string;
}

// Ruby hook_executor.rb / Rust executor.rs: "... failed with exit code N"; shells and Python.
const EXIT_CODE = /(?:failed with exit code|exit status|returned non-zero exit status|Return code:?) (-?\d+)/i;
const ARCHIVE_PATH = /deployment-root\/([0-9a-f-]{36})\/(d-[A-Z0-9]+)\/deployment-archive\/(\S+)/;

export function hookFacts(f: HookFailure, scope: HookFacts['scope'], deploymentId: string, bundle?: BundleFiles): HookFacts {
  return {
    f,
    scope,
    deploymentId,
    bundle,
    texts: [f.message, f.logTail],
    exit: EXIT_CODE.exec(f.message)?.[1],
    archivePath: ARCHIVE_PATH.exec(f.message),
    hookLoc: f.event ? locateHookLocation(bundle, f.event, f.scriptName || undefined) : null,
    script: bundleScript(bundle, f.scriptName),
  };
}

function bundleScript(bundle: BundleFiles | undefined, script: string): string | undefined {
  if (!bundle || !script) return undefined;
  const rel = normaliseRelative(script);
  for (const [k, v] of bundle.files) if (normaliseRelative(k) === rel) return v;
  return undefined;
}

/** Stands for the instance list in messages until grouping knows every instance. */
export const HOSTS = '\u0001hosts\u0001';

export function withHosts(d: Diagnosis): Diagnosis {
  const hosts = listInstances(d.instances);
  const fill = (t: string) => t.split(HOSTS).join(hosts);
  return { ...d, message: fill(d.message), fix: fill(d.fix), title: fill(d.title) };
}

export interface Parts {
  title?: string;
  message: string;
  fix?: string;
  evidence: (string | undefined)[];
  file?: string | null;
  line?: number | null;
}

export function diagnosis(category: DiagnosisCategory, h: HookFacts, parts: Parts): Diagnosis {
  const info = CATEGORY_INFO[category];
  const { f } = h;
  return {
    category,
    severity: info.severity,
    title: parts.title ?? `${f.event || 'Deployment'}: ${info.headline}`,
    message: parts.message,
    lifecycleEvent: f.event || null,
    instances: h.scope === 'lifecycle' ? [f.target] : [],
    file: parts.file ?? null,
    line: parts.line ?? null,
    evidence: withFallbackEvidence(evidenceList(parts.evidence), f),
    fix: parts.fix ?? info.fix,
  };
}

/** Never an empty evidence list: a failure reported without any text says so, with its last output lines. */
function withFallbackEvidence(evidence: string[], f: HookFailure): string[] {
  if (evidence.length > 0) return evidence;
  const line = `${f.event || 'the deployment'}: Failed${f.errorCode ? ` (${f.errorCode})` : ''}, no diagnostics message`;
  return evidenceList([line, ...stderrTail(f.logTail)]);
}

/** The hook's appspec line as diagnosis fields. */
export function atHook(h: HookFacts): { file: string | null; line: number | null } {
  return { file: h.hookLoc?.file ?? null, line: h.hookLoc?.line ?? null };
}

/** The script's first line when the bundle holds it, else the hook's appspec line. */
export function atScript(h: HookFacts): { file: string | null; line: number | null } {
  return h.script !== undefined ? { file: normaliseRelative(h.f.scriptName), line: 1 } : atHook(h);
}

export function scriptLabel(f: HookFailure): string {
  return f.scriptName ? `\`${f.scriptName}\`` : 'the hook script';
}

/** The last output lines of the script (stderr preferred), without the agent's own headers. */
export function stderrTail(logTail: string, n = 3): string[] {
  const all = lines(logTail).filter((l) => !/(?:^|\s)(?:LifecycleEvent|Script) - /.test(l));
  const err = all.filter((l) => l.includes('[stderr]'));
  return (err.length > 0 ? err : all).slice(-n);
}

/** A line that backgrounds a process (`… &`) without sending its stdout somewhere. */
export function backgroundsWithoutRedirect(script: string | undefined): string | null {
  if (!script) return null;
  for (const raw of script.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!/(?:^|[^&])&\s*$/.test(line)) continue;
    if (/>\s*\S|&>|>&/.test(line) || /\bsetsid\b.*<\s*\/dev\/null.*>/.test(line)) continue;
    return raw.trim();
  }
  return null;
}

/** Where the agents write what a hook did; named when nothing more specific is known. */
export const AGENT_LOGS = [
  '/opt/codedeploy-agent/deployment-root/deployment-logs/codedeploy-agent-deployments.log',
  '/var/log/aws/codedeploy-agent/codedeploy-agent.log',
];
