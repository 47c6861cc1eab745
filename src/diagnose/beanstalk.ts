// Elastic Beanstalk: events never name the failed hook ("Instance deployment failed" →
// "[Instance: i-…] Command failed on instance…" → "Failed to deploy application."), so the cause
// mostly comes from each instance's tail logs (eb-engine.log names the failed step, cfn-init*.log
// the `.ebextensions` command, eb-hooks.log the `.platform` hook, web.stdout.log the app). Events
// carry the causes that happen before or around the instances (invalid configuration, IAM, VPC,
// versions, AWS-side failures). This module reads both into facts, runs the rule table
// (rules/beanstalk.ts) over them and groups the answers; a failure nothing explains is `unknown`.

import { isTerminalFailure } from '../beanstalk/terminal-events.js';
import type { BundleFiles, Diagnosis, FailureFacts } from '../types.js';
import { CATEGORY_INFO } from './catalog.js';
import { groupDiagnoses, groupKey, type Keyed } from './group.js';
import { BEANSTALK_RULES, ENGINE_STEP, type EbCause, type EbFacts, type EngineStep } from './rules/beanstalk.js';
import { firstMatch } from './table.js';
import { evidenceList, listInstances, showLine, str, unique } from './text.js';

const DASHES = /^\s*-{5,}\s*$/;
const HEADER = /^\s*(\/\S+)\s*$/;

/** One instance's tail text split into its log files, by base name (eb-engine.log, error.log, …). */
export function splitTailLogs(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = 'unknown';
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    // A header is "-----" / "/var/log/<file>" / "-----"; copies sometimes lose the closing dashes.
    const path = DASHES.test(line) ? HEADER.exec(raw[i + 1] ?? '')?.[1] : undefined;
    const closed = DASHES.test(raw[i + 2] ?? '');
    if (path && (closed || path.startsWith('/var/log/'))) {
      current = path.split('/').pop() ?? 'unknown';
      i += closed ? 2 : 1;
      continue;
    }
    if (line.trim() === '') continue;
    const list = out.get(current) ?? [];
    list.push(line.replace(/\r$/, ''));
    out.set(current, list);
  }
  return out;
}

const TIMESTAMPED = /^\s*\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}/;

/** The last failed eb-engine step, with the unstamped lines eb-engine.log writes under it (stderr). */
export function failedEngineStep(engineLog: string[]): EngineStep | null {
  for (let i = engineLog.length - 1; i >= 0; i--) {
    const line = engineLog[i] ?? '';
    const m = ENGINE_STEP.exec(line);
    if (!m) continue;
    const more: string[] = [];
    for (let j = i + 1; j < engineLog.length && !TIMESTAMPED.test(engineLog[j] ?? ''); j++) more.push((engineLog[j] ?? '').trim());
    return { command: m[1] ?? '', step: m[2] ?? '', detail: [m[3] ?? '', ...more].join('\n').trim(), line };
  }
  return null;
}

const ERRORISH = /\[ERROR\]|\bERROR\b|\bfailed\b|npm ERR!|\bError:/i;
/** Files whose error lines speak for the platform (the app's own logs are read by their rules). */
const PLATFORM_LOGS = ['eb-engine.log', 'unknown', 'eb-activity.log', 'cfn-init.log', 'cfn-init-cmd.log', 'eb-hooks.log'];

export function instanceFacts(text: string, bundle?: BundleFiles): EbFacts {
  const logs = splitTailLogs(text);
  const engine = [...(logs.get('eb-engine.log') ?? []), ...(logs.get('unknown') ?? [])];
  const step = failedEngineStep(engine);
  const errors = step
    ? engine.filter((l) => l !== step.line && /\[ERROR\]/.test(l))
    : PLATFORM_LOGS.flatMap((n) => logs.get(n) ?? []).filter((l) => ERRORISH.test(l));
  return { origin: 'logs', text: [...(step ? [step.line, step.detail] : []), ...errors].join('\n'), logs, step, bundle };
}

export function eventFacts(message: string, bundle?: BundleFiles): EbFacts {
  return { origin: 'event', text: message, logs: new Map(), step: null, bundle };
}

/** The root cause in one instance's tail logs, or null when they show no failure. */
export function analyseInstanceLogs(text: string, bundle?: BundleFiles): EbCause | null {
  return firstMatch(BEANSTALK_RULES, instanceFacts(text, bundle))?.cause ?? null;
}

function eventInstances(e: Record<string, unknown>): string[] {
  const m = str(e, 'Message');
  const ids = [str(e, 'InstanceId'), ...[...m.matchAll(/\[Instance: (i-[0-9a-f]+)[\] ]/g)].map((x) => x[1] ?? '')];
  const list = /instance id\(s\) '([^']+)'/i.exec(m)?.[1];
  if (list) ids.push(...list.split(/[,\s]+/));
  return unique(ids.filter((s) => /^i-[0-9a-f]+$/.test(s)));
}

function toDiagnosis(c: EbCause, instances: string[]): Diagnosis {
  const info = CATEGORY_INFO[c.category];
  return {
    category: c.category,
    // A consequence never outranks a cause; a deployment aborted on health is an error, not a warning.
    severity: c.consequence ? 'warning' : c.category === 'health-degraded' ? 'error' : info.severity,
    title: c.title ?? `${c.step ?? 'Deployment'}: ${info.headline}`,
    message: c.message,
    lifecycleEvent: c.step,
    instances,
    file: c.file,
    line: c.line,
    evidence: evidenceList(c.evidence),
    fix: c.fix ?? info.fix,
  };
}

function regroup(items: Keyed[]): Diagnosis[] {
  return groupDiagnoses(items).map((d) =>
    d.instances.length > 0 ? { ...d, message: `${d.message} Instances: ${listInstances(d.instances)}.` } : d,
  );
}

const HEALTH_EVENT = /^Environment health has (?:transitioned|been set)/i;

/** An event that says the operation failed (not only that health dropped: health has its own rule). */
function isFailureEvent(e: Record<string, unknown>): boolean {
  const m = str(e, 'Message');
  if (HEALTH_EVENT.test(m)) return false;
  return ['ERROR', 'FATAL'].includes(str(e, 'Severity')) || isTerminalFailure(m);
}

/** The instance log to read next, judged from what the events and logs mention. */
function nextLogFile(texts: string): string {
  if (/cfn-init|\.ebextensions|container_command/i.test(texts)) return '/var/log/cfn-init.log and /var/log/cfn-init-cmd.log';
  if (/\.platform\/(?:conf)?hooks/.test(texts)) return '/var/log/eb-hooks.log';
  if (/eb-activity\.log|\/opt\/elasticbeanstalk\/hooks|Snapshot (?:your )?logs|\(TRUNCATED\)/i.test(texts))
    return '/var/log/eb-activity.log';
  if (/docker/i.test(texts)) return '/var/log/eb-engine.log and /var/log/eb-docker/containers/eb-current-app/*.log';
  if (/health|5xx|not responding/i.test(texts)) return '/var/log/web.stdout.log and /var/log/nginx/error.log';
  return '/var/log/eb-engine.log';
}

/** The environment's page in the console, in the region the facts name when they name one. */
export function consoleLink(events: Record<string, unknown>[], logs: Record<string, string>): string {
  const text = [...events.map((e) => `${str(e, 'PlatformArn')} ${str(e, 'Message')}`), ...Object.values(logs)].join('\n');
  const region =
    /arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-gov)?-[a-z]+-\d):/.exec(text)?.[1] ?? /--region ([a-z]{2}(?:-gov)?-[a-z]+-\d)\b/.exec(text)?.[1];
  return region
    ? `https://${region}.console.aws.amazon.com/elasticbeanstalk/home?region=${region}#/environments`
    : 'https://console.aws.amazon.com/elasticbeanstalk/home#/environments';
}

/** The answer when the facts show a failure and no rule explains it: the raw lines, the log to read, the console. */
function unexplained(events: Record<string, unknown>[], logs: Record<string, string>): Diagnosis {
  const failing = events.filter(isFailureEvent);
  const generic =
    /^(?:\[Instance: \S+\] )?(?:Command failed on instance|Failed to deploy|Unsuccessful command execution|Instance deployment failed\.)/i;
  const messages = failing.map((e) => str(e, 'Message'));
  const decisive = [...messages.filter((m) => !generic.test(m)), ...messages.filter((m) => generic.test(m))];
  const logLines = Object.values(logs).flatMap((t) =>
    t
      .split('\n')
      .filter((l) => /\[ERROR\]/.test(l))
      .slice(-2),
  );
  const raw = [...decisive, ...logLines].filter((l) => l.trim() !== '');
  const instances = unique(failing.flatMap(eventInstances));
  const environment = events.map((e) => str(e, 'EnvironmentName')).find(Boolean);
  const noLogs = Object.keys(logs).length === 0;
  const file = nextLogFile([...messages, ...logLines].join('\n'));
  return {
    category: 'unknown',
    severity: 'error',
    title: 'Elastic Beanstalk reported a failure hookline does not recognise',
    message:
      `Elastic Beanstalk reports that the operation failed${environment ? ` on ${environment}` : ''}${instances.length ? ` (${listInstances(instances)})` : ''}: ` +
      `${showLine(decisive[0] ?? 'no message', 200).replace(/\.+$/, '')}. ${noLogs ? 'No instance logs were available' : 'The instance logs did not show a recognised cause'}.`,
    lifecycleEvent: null,
    instances,
    file: null,
    line: null,
    evidence: evidenceList(raw.length > 0 ? raw : ['Elastic Beanstalk reported the failure without a message.']),
    fix:
      `Read ${file} on ${instances.length ? listInstances(instances) : 'an instance'}` +
      `${noLogs ? ' (request them with `eb logs` or RequestEnvironmentInfo/RetrieveEnvironmentInfo tail)' : ''}; ` +
      `events and health: ${consoleLink(events, logs)}`,
  };
}

export function diagnoseBeanstalk(facts: FailureFacts, bundle?: BundleFiles): Diagnosis[] {
  const events = (facts.events ?? []).filter((e) => e !== null && typeof e === 'object');
  const logs = facts.logs ?? {};
  const fromLogs: Keyed[] = [];
  for (const [instance, text] of Object.entries(logs)) {
    if (typeof text !== 'string') continue;
    const cause = analyseInstanceLogs(text, bundle);
    if (!cause) continue;
    const d = toDiagnosis(cause, [instance]);
    fromLogs.push({ key: groupKey(d, cause.key, cause.message), diagnosis: d });
  }
  const logCategories = new Set(fromLogs.map((k) => k.diagnosis.category));
  const fromEvents: Keyed[] = [];
  for (const e of events) {
    const message = str(e, 'Message');
    const hit = message ? firstMatch(BEANSTALK_RULES, eventFacts(message, bundle)) : null;
    // What the instance logs establish, they tell better than an event's summary of it.
    if (!hit || logCategories.has(hit.cause.category)) continue;
    const d = toDiagnosis(hit.cause, eventInstances(e));
    fromEvents.push({ key: groupKey(d, hit.cause.key, ''), diagnosis: d });
  }
  const result = [...regroup(fromLogs), ...regroup(fromEvents)];
  if (events.some(isFailureEvent) && !result.some((d) => d.severity === 'error')) result.push(unexplained(events, logs));
  const link = consoleLink(events, logs);
  return result.map((d) => (d.category === 'unknown' && !d.fix.includes('console.aws') ? { ...d, fix: `${d.fix} Console: ${link}` } : d));
}
