// Elastic Beanstalk: events never name the failed hook ("Instance deployment failed" →
// "[Instance: i-…] Command failed on instance…" → "Failed to deploy application."), so the cause
// comes from each instance's tail logs: eb-engine.log names the failed step, cfn-init.log /
// cfn-init-cmd.log the failed `.ebextensions` command and its output, eb-hooks.log the output of
// `.platform` hooks. Events still carry the causes that happen before any instance runs anything
// (invalid .ebextensions, missing version, environment not Ready, IAM, AWS-side failures).

import type { BundleFiles, Diagnosis, DiagnosisCategory, FailureFacts } from '../types.js';
import { CATEGORY_INFO } from './catalog.js';
import { groupDiagnoses, groupKey, type Keyed } from './group.js';
import { locateConfigFile, locateEbextensionsCommand, locatePlatformHook, normaliseRelative } from './locate.js';
import { matchesAny, P } from './patterns.js';
import { evidenceList, listInstances, showLine, str, stripPrefixes, unique } from './text.js';

/** The log files of one instance's tail bundle, by base name (eb-engine.log, cfn-init.log, …). */
export function splitTailLogs(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = 'unknown';
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    const header = /^\s*\/var\/log\/(\S+)\s*$/.exec(line);
    if (header && /^-{5,}\s*$/.test(raw[i - 1] ?? '')) {
      current = header[1]?.split('/').pop() ?? 'unknown';
      if (/^-{5,}\s*$/.test(raw[i + 1] ?? '')) i++;
      continue;
    }
    if (/^-{5,}\s*$/.test(line) && /^\s*\/var\/log\//.test(raw[i + 1] ?? '')) continue;
    if (line.trim() === '') continue;
    const list = out.get(current) ?? [];
    list.push(line);
    out.set(current, list);
  }
  return out;
}

function logLines(logs: Map<string, string[]>, ...names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) out.push(...(logs.get(n) ?? []));
  return out;
}

const DEP_PATTERNS = [
  /Failed to install dependencies/i,
  /fail(?:ed)? to install dependencies/i,
  /Failed to run npm install/i,
  /npm ERR!/,
  /npm error /,
  /pip install .*failed/i,
  /ERROR: Could not find a version that satisfies/,
  /ERROR: No matching distribution found/,
  /Could not install packages due to/,
  /bundle install.*failed|Bundler::\w+Error|Bundler could not find/i,
  /composer install.*failed|Your requirements could not be resolved/i,
  /yarn install.*failed/i,
  /go mod download.*failed|mvn .*BUILD FAILURE|gradle.*FAILED/i,
];
const APP_START_PATTERNS = [
  /Following services are not running: (?:web|[\w-]+)/i,
  /\bweb: .*exited/i,
  /process (?:web|[\w-]+) exited/i,
  /Address already in use/i,
  /\bEADDRINUSE\b/,
  /failed to generate a 'Procfile'/i,
  /Procfile.*(?:invalid|not found|failed)/i,
  /(?:web|app)\.service: (?:Main process exited|Failed with result)/i,
  /Error: Cannot find module/,
  /ModuleNotFoundError|ImportError: /,
  /Unable to access jarfile/,
  /Failed to start (?:the )?(?:application|app|web)/i,
  /pids? symlinks failed|\/var\/pids\/web\.pid/i,
];
const EBEXT_INVALID = [
  /The configuration file (\S+) in application version \S+ contains invalid (?:YAML|JSON)/i,
  /Invalid option specification/i,
  /Unknown or duplicate parameter/i,
  /Invalid option value/i,
  /Error processing file \(Skipping\): '([^']+)'/i,
  /contains invalid key/i,
  /Configuration validation exception/i,
  /is not a valid (?:option|namespace)/i,
];
const VERSION_MISMATCH = [
  /No Application Version named '?([^'\s]+)'?/i,
  /Incorrect application version (?:found on all instances|"[^"]*"|\S+)/i,
  /Expected version "?([^"\s]+)"?/i,
  /Application version \S+ (?:does not exist|not found)/i,
];
const NOT_READY = [
  /is in an invalid state for this operation\. Must be Ready/i,
  /No Environment found/i,
  /Environment named \S+ (?:not found|does not exist)/i,
  /Environment must be in (?:the )?Ready state/i,
  /currently being (?:updated|terminated|launched)/i,
];
const HEALTH = /Environment health has (?:transitioned|been set) from (\w+) to (Severe|Degraded|Warning)/i;
const PLATFORM = [
  /Internal failure/i,
  /Service:Amazon\w+, Message:Rate exceeded/i,
  /Service:Amazon\w+.*Throttl/i,
  /\bThrottling\b|Rate exceeded/i,
  /The instance profile \S+ associated with the environment does not exist/i,
  /Stack named '\S+' aborted operation/i,
  /InsufficientInstanceCapacity|We currently do not have sufficient \S+ capacity/i,
  /Service Unavailable|ServiceUnavailable|InternalError/,
];
const ERROR_STEP = /An error occurred during execution of command \[([\w-]+)\] - \[([^\]]+)\]\. Stop running the command\. Error: (.*)$/;
const HOOK_FAILED = /Command (\S*\.platform\/(?:hooks|confighooks)\/(\w+)\/([^\s:]+)) failed with error (.*)$/;
const CFN_COMMAND_FAILED = /\bCommand (\S+) \((.*)\) failed/;
const CFN_BUILD_OF = /Error (?:encountered|occurred) during build of (prebuild|postbuild)_\d+_\S+?: Command (\S+) failed/;
const CFN_BUILD = /Error occurred during build: Command (\S+) failed/;
const CONTAINER_COMMAND_IN = /(container_command|command) (\S+) in (\.ebextensions\/\S+?\.config) failed/;

interface Cause {
  category: DiagnosisCategory;
  title?: string;
  message: string;
  step: string | null;
  file: string | null;
  line: number | null;
  evidence: (string | undefined)[];
  fix?: string;
  /** What identifies "the same failure" on another instance. */
  key: string;
}

function errorLines(lines: string[]): string[] {
  return lines.filter((l) => /\[ERROR\]|\bERROR\b/.test(l));
}

/** Output lines of an `.ebextensions` command from cfn-init-cmd.log (between its header and its exit). */
function commandOutput(cmdLog: string[], name: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const l of cmdLog) {
    const s = stripPrefixes(l);
    if (new RegExp(`^(?:\\[INFO\\] )?Command ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`).test(s)) {
      inside = true;
      out.length = 0;
      continue;
    }
    if (!inside) continue;
    if (/^-{5,}/.test(s) || /Command Output/.test(s) || /Test for Command/.test(s)) continue;
    if (/^Completed successfully/.test(s)) {
      inside = false;
      continue;
    }
    if (/^Exited with error code/.test(s)) {
      out.push(s);
      inside = false;
      continue;
    }
    if (/^Command \S+\s*$/.test(s)) {
      inside = false;
      continue;
    }
    out.push(s);
  }
  return out;
}

function hookCause(bundle: BundleFiles | undefined, hookPath: string, stage: string, detail: string, logs: Map<string, string[]>): Cause {
  const rel = normaliseRelative(hookPath.replace(/^.*?(?=\.platform\/)/, ''));
  const loc = locatePlatformHook(bundle, rel);
  const name = rel.split('/').pop() ?? rel;
  const hookLog = logLines(logs, 'eb-hooks.log').filter(
    (l) => !/Running platform hook|Executing platform hooks|Following platform hooks/.test(l),
  );
  const tail = hookLog.slice(-5);
  const content = bundle?.files.get(rel);
  const base = { step: `${stage} hook ${rel}`, file: loc.file, line: loc.line, key: `hook:${rel}` };
  const texts = [detail, ...hookLog].join('\n');
  if (matchesAny(texts, P.diskFull)) {
    return {
      ...base,
      category: 'disk-full',
      message: `The platform hook ${rel} failed because the instance's disk is full.`,
      evidence: [detail, ...hookLog.filter((l) => matchesAny(l, P.diskFull))],
    };
  }
  if (/permission denied/i.test(detail)) {
    return {
      ...base,
      category: 'script-not-executable',
      title: `${stage} hook ${name}: not executable`,
      message: `The platform hook ${rel} is not executable: Beanstalk runs hooks directly (fork/exec), so the file needs its executable bit in the bundle.`,
      evidence: [detail],
      fix: `Commit it with \`git update-index --chmod=+x ${rel}\` (or \`chmod +x\` before zipping); a zip made on Windows drops the bit.`,
    };
  }
  if (matchesAny(texts, P.crlf) || (content !== undefined && /^[^\n]*\r\n/.test(content)) || /\r/.test(detail)) {
    return {
      ...base,
      category: 'script-line-endings',
      title: `${stage} hook ${name}: CRLF line endings`,
      message: `The platform hook ${rel} has Windows (CRLF) line endings, so its interpreter line names "bash\\r", which does not exist.`,
      evidence: [detail, ...hookLog.filter((l) => matchesAny(l, P.crlf))],
    };
  }
  if (/exec format error/i.test(detail)) {
    return {
      ...base,
      category: 'platform-hook-failed',
      title: `${stage} hook ${name}: no interpreter line`,
      message: `The platform hook ${rel} cannot be executed: it has no \`#!\` interpreter line (exec format error).`,
      evidence: [detail],
      fix: `Start ${rel} with an interpreter line such as \`#!/bin/bash\`.`,
    };
  }
  if (/exit status 127/.test(detail) || matchesAny(texts, P.commandNotFound)) {
    const nf = hookLog.filter((l) => matchesAny(l, P.commandNotFound));
    return {
      ...base,
      category: 'command-not-found',
      title: `${stage} hook ${name}: command not found`,
      message: `The platform hook ${rel} calls a program that is not installed on the instance (exit status 127).`,
      evidence: [detail, ...nf],
      fix: 'Install the program first (an `.ebextensions` `packages:` entry or an earlier prebuild hook) or call it by its absolute path.',
    };
  }
  return {
    ...base,
    category: 'platform-hook-failed',
    title: `${stage} hook ${name} failed`,
    message: `The platform hook ${rel} failed during the ${stage} stage${/exit status (\d+)/.exec(detail) ? ` with ${/exit status (\d+)/.exec(detail)?.[0]}` : ''}.`,
    evidence: [detail, ...tail],
  };
}

function ebextCommandCause(bundle: BundleFiles | undefined, logs: Map<string, string[]>, engineDetail: string | null): Cause | null {
  const cfn = logLines(logs, 'cfn-init.log', 'eb-activity.log', 'eb-engine.log');
  const cmdLog = logLines(logs, 'cfn-init-cmd.log');
  let name: string | undefined;
  let commandText: string | undefined;
  let section: 'commands' | 'container_commands' | undefined;
  let file: string | undefined;
  const evidence: string[] = [];
  for (const l of cfn) {
    const inFile = CONTAINER_COMMAND_IN.exec(l);
    if (inFile) {
      name ??= inFile[2];
      section ??= inFile[1] === 'container_command' ? 'container_commands' : 'commands';
      file ??= inFile[3];
      evidence.push(l);
      continue;
    }
    const failed = CFN_COMMAND_FAILED.exec(l);
    if (failed && /\[ERROR\]|ERROR/.test(l)) {
      name ??= failed[1];
      commandText ??= failed[2];
      evidence.push(l);
      continue;
    }
    const of = CFN_BUILD_OF.exec(l);
    if (of) {
      name ??= of[2];
      section ??= of[1] === 'postbuild' ? 'container_commands' : 'commands';
      evidence.push(l);
      continue;
    }
    const b = CFN_BUILD.exec(l);
    if (b) {
      name ??= b[1];
      evidence.push(l);
    }
  }
  if (!name) {
    if (!engineDetail) return null;
    section = /Container commands/i.test(engineDetail) ? 'container_commands' : 'commands';
  }
  if (engineDetail) {
    section ??= /Container commands|PostBuild/i.test(engineDetail)
      ? 'container_commands'
      : /EbExtension|PreBuild/i.test(engineDetail)
        ? 'commands'
        : undefined;
    evidence.unshift(engineDetail);
  }
  const output = name ? commandOutput(cmdLog, name) : [];
  const loc = name ? locateEbextensionsCommand(bundle, name, section, file) : null;
  const sectionName = section ?? 'commands';
  const all = [...evidence, ...output].join('\n');
  if (matchesAny(all, P.diskFull)) {
    return {
      category: 'disk-full',
      message: `The .ebextensions command ${name ?? ''} failed because the instance's disk is full.`.replace('  ', ' '),
      step: name ? `${sectionName}.${name}` : sectionName,
      file: loc?.file ?? null,
      line: loc?.line ?? null,
      evidence: [...evidence, ...output.filter((l) => matchesAny(l, P.diskFull))],
      key: `disk:${name ?? ''}`,
    };
  }
  const exit = /Exited with error code (\d+)/.exec(output.join('\n'))?.[1];
  return {
    category: 'ebextensions-command-failed',
    title: name ? `${sectionName}: ${name} failed` : `.ebextensions ${sectionName} failed`,
    message:
      `The .ebextensions ${sectionName === 'container_commands' ? 'container command' : 'command'} ${name ? `\`${name}\`` : ''}` +
      `${commandText ? ` (\`${commandText}\`)` : ''}${loc ? ` in ${loc.file} line ${loc.line}` : ''} failed${exit ? ` with exit code ${exit}` : ''}.`,
    step: name ? `${sectionName}.${name}` : sectionName,
    file: loc?.file ?? null,
    line: loc?.line ?? null,
    evidence: [...evidence.slice(0, 3), ...output.slice(-5)],
    fix: `Fix the command${name ? ` \`${name}\`` : ''} (its output is in the evidence); it must exit 0 — or add \`ignoreErrors: true\` if its failure is harmless.`,
    key: `ebext:${name ?? ''}`,
  };
}

/** The root cause in one instance's tail logs, or null. */
export function analyseInstanceLogs(text: string, bundle?: BundleFiles): Cause | null {
  const logs = splitTailLogs(text);
  const engine = logLines(logs, 'eb-engine.log', 'unknown');
  for (const l of engine) {
    const step = ERROR_STEP.exec(l);
    if (!step) continue;
    const [, , stepName = '', detail = ''] = step;
    const hook = HOOK_FAILED.exec(detail);
    if (hook) return hookCause(bundle, hook[1] ?? '', hook[2] ?? '', `${stepName}: ${detail}`, logs);
    if (/EbExtension|Container commands|PreBuildEbExtension|PostBuildEbExtension/i.test(`${stepName} ${detail}`)) {
      const c = ebextCommandCause(bundle, logs, l);
      if (c) return c;
    }
    return engineStepCause(stepName, detail, l, logs);
  }
  // Older platforms (eb-activity.log) or logs without the eb-engine step line.
  const cmd = ebextCommandCause(bundle, logs, null);
  if (cmd) return cmd;
  const hookLine = logLines(logs, 'eb-engine.log', 'eb-activity.log', 'unknown')
    .map((l) => HOOK_FAILED.exec(l))
    .find((m) => m);
  if (hookLine) return hookCause(bundle, hookLine[1] ?? '', hookLine[2] ?? '', hookLine[0], logs);
  const errs = errorLines([...logs.values()].flat());
  const generic = engineStepCause('', errs.join('\n'), errs[0] ?? '', logs);
  return generic.category === 'unknown' ? null : generic;
}

function engineStepCause(step: string, detail: string, line: string, logs: Map<string, string[]>): Cause {
  const allText = [line, detail, ...errorLines(logLines(logs, 'eb-engine.log', 'unknown'))];
  const webErrors = logLines(logs, 'web.stdout.log', 'web.stderr.log')
    .filter((l) => matchesAny(l, APP_START_PATTERNS) || /error/i.test(l))
    .slice(-4);
  const base = { step: step || null, file: null, line: null };
  if (matchesAny(detail, P.diskFull) || allText.some((t) => matchesAny(t, P.diskFull))) {
    return {
      ...base,
      category: 'disk-full',
      message: `The deployment step ${step || 'on the instance'} failed because the instance's disk is full.`,
      evidence: [line, ...allText.filter((t) => matchesAny(t, P.diskFull))],
      key: `disk:${step}`,
    };
  }
  if (
    matchesAny(detail, DEP_PATTERNS) ||
    /install dependencies|InstallDependency|npm install|pip install|bundle install|composer install/i.test(step)
  ) {
    const lines = detail
      .split(/\\n|\n|Stderr:/)
      .map((s) => s.trim())
      .filter((s) => matchesAny(s, DEP_PATTERNS) || /^(?:npm ERR!|ERROR:)/.test(s));
    return {
      ...base,
      category: 'dependency-install-failed',
      title: `${step || 'Build'}: installing dependencies failed`,
      message: `Elastic Beanstalk could not install the application's dependencies (${step || 'build step'}).`,
      evidence: [line, ...lines],
      key: `dep:${step}`,
    };
  }
  if (
    matchesAny(detail, APP_START_PATTERNS) ||
    webErrors.some((w) => matchesAny(w, APP_START_PATTERNS)) ||
    /start|procfile|RegisterAppProcesses/i.test(step)
  ) {
    return {
      ...base,
      category: 'app-start-failed',
      title: `${step || 'Start'}: the application did not start`,
      message: `The application process did not start or exited right away${step ? ` (${step})` : ''}.`,
      evidence: [line, ...webErrors],
      key: `start:${step}`,
    };
  }
  if (matchesAny(detail, P.iam)) {
    return {
      ...base,
      category: 'iam-permissions',
      message: `A role lacks a permission during ${step || 'the deployment'}.`,
      evidence: [line],
      key: `iam:${step}`,
    };
  }
  return {
    ...base,
    category: 'unknown',
    title: `${step || 'Deployment'} failed`,
    message: `The deployment step ${step || '(unnamed)'} failed on the instance: ${showLine(detail)}`,
    evidence: [line],
    key: `step:${step}`,
  };
}

const EB_FIX: Partial<Record<DiagnosisCategory, string>> = {
  'disk-full':
    'Free space on the instances (old logs, Docker images, caches under /var/app) or give them a bigger root volume (`aws:autoscaling:launchconfiguration` `RootVolumeSize`).',
};

function causeToDiagnosis(c: Cause, instances: string[]): Diagnosis {
  const info = CATEGORY_INFO[c.category];
  return {
    category: c.category,
    severity: info.severity,
    title: c.title ?? `${c.step ?? 'Deployment'}: ${info.headline}`,
    message: c.message,
    lifecycleEvent: c.step,
    instances,
    file: c.file,
    line: c.line,
    evidence: evidenceList(c.evidence),
    fix: c.fix ?? EB_FIX[c.category] ?? info.fix,
  };
}

function eventInstances(e: Record<string, unknown>): string[] {
  const m = str(e, 'Message');
  const ids = [str(e, 'InstanceId'), ...[...m.matchAll(/\[Instance: (i-[0-9a-f]+)\]/g)].map((x) => x[1] ?? '')];
  const list = /instance id\(s\) '([^']+)'/.exec(m)?.[1];
  if (list) ids.push(...list.split(/[,\s]+/));
  return unique(ids.filter((s) => /^i-[0-9a-f]+$/.test(s)));
}

/** Diagnoses that the events alone establish. */
function eventCauses(events: Record<string, unknown>[], bundle?: BundleFiles): { cause: Cause; instances: string[] }[] {
  const out: { cause: Cause; instances: string[] }[] = [];
  for (const e of events) {
    const m = str(e, 'Message');
    if (!m) continue;
    const instances = eventInstances(e);
    const push = (cause: Omit<Cause, 'key' | 'step' | 'file' | 'line'> & Partial<Pick<Cause, 'step' | 'file' | 'line'>>) =>
      out.push({
        cause: { step: null, file: null, line: null, ...cause, key: `event:${cause.category}:${m.replace(/i-[0-9a-f]+/g, '')}` },
        instances,
      });
    if (matchesAny(m, EBEXT_INVALID)) {
      const file = /(\.ebextensions\/[^\s'"]+?\.config)/.exec(m)?.[1];
      const loc = file ? locateConfigFile(file, m) : null;
      push({
        category: 'ebextensions-invalid',
        title: file ? `${file}: invalid configuration` : '.ebextensions: invalid configuration',
        message: showLine(m, 600),
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [m],
      });
      continue;
    }
    const inFile = CONTAINER_COMMAND_IN.exec(m);
    if (inFile) {
      const section = inFile[1] === 'container_command' ? 'container_commands' : 'commands';
      const loc = locateEbextensionsCommand(bundle, inFile[2] ?? '', section, inFile[3]);
      push({
        category: 'ebextensions-command-failed',
        title: `${section}: ${inFile[2]} failed`,
        message: `The .ebextensions ${section === 'container_commands' ? 'container command' : 'command'} \`${inFile[2]}\` in ${inFile[3]} failed.`,
        step: `${section}.${inFile[2]}`,
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [m],
      });
      continue;
    }
    if (matchesAny(m, P.iam)) {
      push({ category: 'iam-permissions', message: showLine(m, 600), evidence: [m] });
      continue;
    }
    if (matchesAny(m, P.concurrent)) {
      push({ category: 'concurrent-deployment', message: showLine(m, 600), evidence: [m] });
      continue;
    }
    if (matchesAny(m, NOT_READY)) {
      push({ category: 'environment-not-ready', message: showLine(m, 600), evidence: [m] });
      continue;
    }
    if (matchesAny(m, VERSION_MISMATCH)) {
      push({ category: 'version-mismatch', message: showLine(m, 600), evidence: [m] });
      continue;
    }
    if (matchesAny(m, P.diskFull)) {
      push({ category: 'disk-full', message: `The instance ran out of disk space: ${showLine(m)}`, evidence: [m] });
      continue;
    }
    if (matchesAny(m, DEP_PATTERNS) || /Hook \S*\/\d*npm\.sh failed/.test(m)) {
      push({ category: 'dependency-install-failed', message: showLine(m, 600), evidence: [m] });
      continue;
    }
    if (matchesAny(m, APP_START_PATTERNS)) {
      push({ category: 'app-start-failed', message: showLine(m, 600), evidence: [m] });
      continue;
    }
    if (matchesAny(m, PLATFORM)) {
      const profile = /The instance profile (\S+)/.exec(m)?.[1];
      push({
        category: 'platform-error',
        message: showLine(m, 600),
        evidence: [m],
        ...(profile
          ? {
              fix: `Create the instance profile ${profile} (with the AWSElasticBeanstalkWebTier policy) or point \`aws:autoscaling:launchconfiguration\` \`IamInstanceProfile\` at an existing one.`,
            }
          : {}),
      });
      continue;
    }
    const h = HEALTH.exec(m);
    if (h) {
      const to = h[2] ?? '';
      out.push({
        cause: {
          category: 'health-degraded',
          title: `Environment health: ${h[1]} → ${to}`,
          message: showLine(m, 600),
          step: null,
          file: null,
          line: null,
          evidence: [m],
          key: `health:${to}`,
        },
        instances,
      });
    }
  }
  return out;
}

const FAILURE_CHAIN = [
  /Instance deployment failed/i,
  /Command failed on instance/i,
  /Failed to deploy application/i,
  /Unsuccessful command execution/i,
  /Failed to deploy configuration/i,
];

export function diagnoseBeanstalk(facts: FailureFacts, bundle?: BundleFiles): Diagnosis[] {
  const keyed: Keyed[] = [];
  for (const [instance, text] of Object.entries(facts.logs ?? {})) {
    const cause = analyseInstanceLogs(text, bundle);
    if (!cause) continue;
    const d = causeToDiagnosis(cause, [instance]);
    keyed.push({ key: groupKey(d, cause.key, cause.message), diagnosis: d });
  }
  // Group instance causes, then restate the message with the full instance list.
  const fromLogs = regroup(keyed);
  const events = facts.events ?? [];
  const fromEvents = eventCauses(events, bundle);
  const eventKeyed: Keyed[] = fromEvents
    .filter(
      ({ cause }) =>
        !(
          fromLogs.length > 0 &&
          (cause.category === 'disk-full' || cause.category === 'dependency-install-failed' || cause.category === 'app-start-failed') &&
          fromLogs.some((d) => d.category === cause.category)
        ),
    )
    .map(({ cause, instances }) => {
      const d = causeToDiagnosis(cause, instances);
      return { key: groupKey(d, cause.key, ''), diagnosis: d };
    });
  const result = [...fromLogs, ...regroup(eventKeyed)];
  const hasCause = result.some((d) => d.category !== 'health-degraded');
  const chain = events.filter((e) => matchesAny(str(e, 'Message'), FAILURE_CHAIN));
  if (!hasCause && chain.length > 0) {
    const instances = unique(chain.flatMap(eventInstances));
    const logsMissing = Object.keys(facts.logs ?? {}).length === 0;
    result.push({
      category: 'unknown',
      severity: 'error',
      title: 'Instance deployment failed',
      message:
        `Elastic Beanstalk reports that the deployment failed${instances.length > 0 ? ` on ${listInstances(instances)}` : ''}, but its events never name the failed step` +
        `${logsMissing ? ' and no instance logs were available' : ' and the instance logs did not show a recognised cause'}.`,
      lifecycleEvent: null,
      instances,
      file: null,
      line: null,
      evidence: evidenceList(chain.map((e) => str(e, 'Message'))),
      fix: logsMissing
        ? 'Request the tail logs (RequestEnvironmentInfo/RetrieveEnvironmentInfo, or `eb logs`) and read /var/log/eb-engine.log for the "[ERROR] An error occurred during execution of command" line.'
        : 'Read /var/log/eb-engine.log in the evidence for the first [ERROR] line.',
    });
  }
  return result;
}

function regroup(items: Keyed[]): Diagnosis[] {
  return groupDiagnoses(items).map((d) => {
    return d.instances.length > 0 ? { ...d, message: `${d.message} Instances: ${listInstances(d.instances)}.` } : d;
  });
}
