// How Elastic Beanstalk's evidence is laid out, for the rule table (beanstalk.ts): the facts one rule
// reads, and readers for the structured parts — the failed eb-engine step, a `.platform` hook and its
// eb-hooks.log output, an `.ebextensions` command and its cfn-init-cmd.log output, a legacy platform
// hook, CloudFormation resource names — with the bundle lines they point at.
import type { BundleFiles, DiagnosisCategory } from '../../types.js';
import { ebextensionsConfigs, locateEbextensionsCommand, locatePlatformHook, normaliseRelative, type SourceLocation } from '../locate.js';
import { stripPrefixes } from '../text.js';

/** The eb-engine.log line that ends a failed command: `… command [app-deploy] - [<step>]. Stop running the command. Error: <detail>`. */
export interface EngineStep {
  command: string;
  step: string;
  /** The error, with the continuation lines eb-engine.log writes under it (npm/pip stderr). */
  detail: string;
  line: string;
}

/** One unit of evidence a rule reads. */
export interface EbFacts {
  origin: 'event' | 'logs';
  /** An event's message; for an instance, its deciding lines: the failed eb-engine step first, then error lines. */
  text: string;
  /** An instance's log files by base name (eb-engine.log, cfn-init.log, eb-hooks.log, web.stdout.log, error.log, …). */
  logs: Map<string, string[]>;
  /** The eb-engine step that failed, when the logs name one. */
  step: EngineStep | null;
  bundle?: BundleFiles;
}

export interface EbCause {
  category: DiagnosisCategory;
  title?: string;
  message: string;
  /** The `.ebextensions` command, `.platform` hook or eb-engine step; null when not tied to one. */
  step: string | null;
  file: string | null;
  line: number | null;
  evidence: string[];
  fix?: string;
  /** What makes this "the same failure" on another instance or in another event. */
  key: string;
  /** A consequence of a failure (health dropping, an old version left on instances), not its cause. */
  consequence?: boolean;
}

// ------------------------------------------------------------------ layout of the logs

export const ENGINE_STEP =
  /An error occurred during execution of command \[([\w-]+)\] - \[([^\]]+)\]\. Stop running the command\. Error: ?(.*)$/;
export const HOOK_FAILED = /Command (\S*\.platform\/(?:hooks|confighooks)\/(\w+)\/([^\s:]+)) failed with error (.*)$/m;
export const LEGACY_HOOK = /Hook (\/opt\/elasticbeanstalk\/(?:hooks|addons\/\w+\/hooks)\/(?:[\w-]+\/)*([^\s/]+?)) failed/;
export const CFN_COMMAND_FAILED = /\bCommand (\S+) \((.*)\) failed/;
export const CFN_BUILD_OF = /Error (?:encountered|occurred) during build of (prebuild|postbuild)_\d+_\S+?: Command (\S+) failed/;
export const CFN_BUILD = /Error occurred during build: Command (\S+) failed/;
export const CONTAINER_COMMAND_IN = /(container_command|command) (\S+) in (\.ebextensions\/\S+?\.config) failed/;
export const EBEXT_STEP = /EbExtension|Container commands|PreBuildEbExtension|PostBuildEbExtension|cfn-init/i;

// ------------------------------------------------------------------ reading helpers

export function linesOf(f: EbFacts, ...names: string[]): string[] {
  return names.flatMap((n) => f.logs.get(n) ?? []);
}

/** Every line of the deciding text, continuation lines kept with their line. */
export function textLines(f: EbFacts): string[] {
  return f.text.split('\n').filter((l) => l.trim() !== '');
}

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}

/** The first line of the deciding text matching one of the patterns. */
export function lineMatching(f: EbFacts, patterns: readonly RegExp[]): string | null {
  if (f.origin === 'event') return matchesAny(f.text, patterns) ? f.text : null;
  return textLines(f).find((l) => matchesAny(l, patterns)) ?? null;
}

/** The piece of a long line around the first match, so evidence shows the cause and not the preamble. */
export function around(line: string, patterns: readonly RegExp[], width = 240): string {
  for (const p of patterns) {
    const m = p.exec(line);
    if (!m) continue;
    if (line.length <= width) return line;
    const start = Math.max(0, m.index - 60);
    return `${start > 0 ? '…' : ''}${line.slice(start, start + width)}`;
  }
  return line;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first `.ebextensions` line for which `test` holds (definition first, then any mention). */
export function locateInEbextensions(bundle: BundleFiles | undefined, tests: ((line: string) => boolean)[]): SourceLocation | null {
  const files = ebextensionsConfigs(bundle);
  for (const test of tests) {
    for (const file of files) {
      const at = (bundle?.files.get(file) ?? '').split('\n').findIndex(test);
      if (at >= 0) return { file: normaliseRelative(file), line: at + 1 };
    }
  }
  return null;
}

// ------------------------------------------------------------------ platform hooks

export interface HookFailure {
  path: string;
  stage: string;
  name: string;
  detail: string;
  output: string[];
  content: string | undefined;
  loc: SourceLocation;
}

export function hookFailure(f: EbFacts): HookFailure | null {
  const source = f.step ? `${f.step.detail}` : f.text;
  const m = HOOK_FAILED.exec(source);
  if (!m) return null;
  const path = normaliseRelative((m[1] ?? '').replace(/^.*?(?=\.platform\/)/, ''));
  const output = linesOf(f, 'eb-hooks.log').filter(
    (l) => !/Running platform hook|Executing platform hooks|Following platform hooks/.test(l),
  );
  return {
    path,
    stage: m[2] ?? '',
    name: m[3] ?? path,
    detail: m[4] ?? '',
    output,
    content: f.bundle?.files.get(path),
    loc: locatePlatformHook(f.bundle, path),
  };
}

export function hookCause(h: HookFailure, c: Omit<EbCause, 'step' | 'file' | 'line' | 'key'>): EbCause {
  return { step: `${h.stage} hook ${h.path}`, file: h.loc.file, line: h.loc.line, key: `hook:${h.path}`, ...c };
}

/** `fork/exec …: no such file or directory`: the kernel could not find the `#!` interpreter. */
export const HOOK_ENOENT = /fork\/exec \S+: no such file or directory/i;

// ------------------------------------------------------------------ .ebextensions commands (cfn-init)

export interface EbextCommand {
  name: string | undefined;
  commandText: string | undefined;
  /** undefined when only cfn-init-cmd.log names the command (both sections are then searched). */
  section: 'commands' | 'container_commands' | undefined;
  file: string | undefined;
  evidence: string[];
  output: string[];
}

/** Output lines of an `.ebextensions` command in cfn-init-cmd.log (between its header and its exit). */
function commandOutput(cmdLog: string[], name: string): string[] {
  const out: string[] = [];
  const header = new RegExp(`^(?:\\[INFO\\] )?Command ${escapeRe(name)}\\s*$`);
  let inside = false;
  for (const l of cmdLog) {
    const s = stripPrefixes(l);
    if (header.test(s)) {
      inside = true;
      out.length = 0;
    } else if (!inside || /^[-=]{5,}/.test(s) || /Command Output|Test for Command/.test(s)) {
      continue;
    } else if (/^Completed successfully|^Command \S+\s*$/.test(s)) {
      inside = false;
    } else {
      out.push(s.trim());
      if (/^Exited with error code/.test(s)) inside = false;
    }
  }
  return out;
}

/** The last command cfn-init-cmd.log shows exiting with an error (when cfn-init.log is not in the tail). */
function failedInCommandLog(cmdLog: string[]): string | undefined {
  let current: string | undefined;
  let failed: string | undefined;
  for (const l of cmdLog) {
    const s = stripPrefixes(l);
    const header = /^Command (\S+)\s*$/.exec(s);
    if (header) current = header[1];
    else if (/^Exited with error code [1-9]/.test(s)) failed = current;
  }
  return failed;
}

export function ebextCommand(f: EbFacts): EbextCommand | null {
  // With a failed eb-engine step, cfn-init only decides when that step ran it (older failures stay in the tail).
  if (f.origin === 'logs' && f.step && !EBEXT_STEP.test(`${f.step.step} ${f.step.detail}`)) return null;
  const source = f.origin === 'event' ? [f.text] : linesOf(f, 'cfn-init.log', 'eb-activity.log', 'eb-engine.log', 'unknown');
  const c: EbextCommand = { name: undefined, commandText: undefined, section: 'commands', file: undefined, evidence: [], output: [] };
  let section: EbextCommand['section'] | undefined;
  for (const l of source) {
    const inFile = CONTAINER_COMMAND_IN.exec(l);
    const failed = CFN_COMMAND_FAILED.exec(l);
    const of = CFN_BUILD_OF.exec(l);
    const build = CFN_BUILD.exec(l);
    if (inFile) {
      c.name ??= inFile[2];
      section ??= inFile[1] === 'container_command' ? 'container_commands' : 'commands';
      c.file ??= inFile[3];
    } else if (failed && /\bERROR\b/.test(l)) {
      c.name ??= failed[1];
      c.commandText ??= failed[2];
    } else if (of) {
      c.name ??= of[2];
      section ??= of[1] === 'postbuild' ? 'container_commands' : 'commands';
    } else if (build && build[1] !== 'hooks') {
      c.name ??= build[1];
    } else {
      continue;
    }
    c.evidence.push(f.origin === 'event' ? around(l, [CONTAINER_COMMAND_IN]) : l);
  }
  if (!c.name && f.origin === 'logs') c.name = failedInCommandLog(linesOf(f, 'cfn-init-cmd.log'));
  if (!c.name && !(f.step && EBEXT_STEP.test(`${f.step.step} ${f.step.detail}`))) return null;
  if (f.step) {
    section ??= /Container commands|PostBuild/i.test(`${f.step.step} ${f.step.detail}`) ? 'container_commands' : 'commands';
    c.evidence.unshift(f.step.line);
  }
  c.section = section;
  c.output = c.name ? commandOutput(linesOf(f, 'cfn-init-cmd.log'), c.name) : [];
  return c;
}

export function ebextLocation(f: EbFacts, c: EbextCommand): SourceLocation | null {
  return c.name
    ? locateEbextensionsCommand(f.bundle, c.name, c.section, c.file)
    : c.file
      ? { file: normaliseRelative(c.file), line: 1 }
      : null;
}

export function ebextStep(c: EbextCommand): string {
  const section = c.section ?? 'commands';
  return c.name ? `${section}.${c.name}` : section;
}

// ------------------------------------------------------------------ engine steps and legacy hooks

/** The platform's own hooks on the legacy (Amazon Linux AMI) platforms, named in events and eb-activity.log. */
export function legacyHook(f: EbFacts): { path: string; name: string } | null {
  const m = LEGACY_HOOK.exec(f.origin === 'event' ? f.text : [f.text, ...linesOf(f, 'eb-activity.log')].join('\n'));
  return m ? { path: m[1] ?? '', name: m[2] ?? '' } : null;
}

// ------------------------------------------------------------------ CloudFormation

/** Logical resource names a CloudFormation message is about. */
export function resourceNames(message: string): string[] {
  const names: string[] = [];
  for (const m of message.matchAll(
    /(?:Unresolved resource dependencies|resource\(s\) failed to (?:create|update|delete)(?::)?) \[([^\]]+)\]/gi,
  )) {
    names.push(...(m[1] ?? '').split(/,\s*/));
  }
  for (const m of message.matchAll(/\[\/Resources\/([^/\]]+)/g)) names.push(m[1] ?? '');
  for (const m of message.matchAll(/(?:references undefined resource|resource named|Resource) '?([A-Za-z0-9]+)'?/g)) names.push(m[1] ?? '');
  return [...new Set(names.map((n) => n.trim()).filter((n) => n && !/^AWSEB/.test(n)))];
}

export function locateResources(bundle: BundleFiles | undefined, names: string[]): SourceLocation | null {
  const defs = names.map((n) => (l: string) => new RegExp(`^\\s+${escapeRe(n)}\\s*:`).test(l));
  const uses = names.map((n) => (l: string) => new RegExp(`\\b${escapeRe(n)}\\b`).test(l));
  return locateInEbextensions(bundle, [...defs, ...uses, (l) => /^Resources\s*:/.test(l)]);
}
