// CodeDeploy: from GetDeployment's deploymentInfo and BatchGetDeploymentTargets' targets to
// diagnoses. Each failed lifecycle event is classified from its diagnostics (errorCode, message,
// logTail) — the text first, since the codes are coarse (disk-full, CRLF, exit 127, runas... all
// arrive as ScriptFailed or UnknownError) — then identical failures are grouped across instances.

import type { BundleFiles, Diagnosis, DiagnosisCategory, FailureFacts } from '../types.js';
import { CATEGORY_INFO, PREVIOUS_REVISION_EVENTS } from './catalog.js';
import { groupDiagnoses, groupKey, type Keyed } from './group.js';
import { bundleHas, locateHookLocation, normaliseRelative, resolvedScriptPath, suggestBundlePaths } from './locate.js';
import { matchesAny, matchingLines, P } from './patterns.js';
import { arr, evidenceList, lines, listInstances, obj, plural, showLine, str } from './text.js';

/** One failed lifecycle event on one target, flattened from the SDK shape. */
export interface HookFailure {
  target: string;
  targetType: 'instance' | 'lambda' | 'ecs' | 'cloudformation';
  event: string;
  errorCode: string;
  scriptName: string;
  message: string;
  logTail: string;
}

/** A target on which no lifecycle event ever started (agent not polling, instance stopped). */
export interface StalledTarget {
  target: string;
  status: string;
  firstEvent: string;
}

const TARGET_KINDS = [
  ['instanceTarget', 'instance'],
  ['lambdaTarget', 'lambda'],
  ['ecsTarget', 'ecs'],
  ['cloudFormationTarget', 'cloudformation'],
] as const;

export function collectFailures(targets: Record<string, unknown>[] | undefined): { failures: HookFailure[]; stalled: StalledTarget[] } {
  const failures: HookFailure[] = [];
  const stalled: StalledTarget[] = [];
  for (const t of targets ?? []) {
    let body: Record<string, unknown> | undefined;
    let kind: HookFailure['targetType'] = 'instance';
    for (const [field, k] of TARGET_KINDS) {
      const b = obj(t, field);
      if (b) {
        body = b;
        kind = k;
        break;
      }
    }
    body ??= t; // a bare instance summary
    const target = str(body, 'targetId') || str(body, 'instanceId') || str(body, 'targetArn').split('/').pop() || 'unknown-target';
    const status = str(body, 'status');
    const events = arr(body, 'lifecycleEvents');
    let failedHere = 0;
    for (const ev of events) {
      const diag = obj(ev, 'diagnostics');
      const evStatus = str(ev, 'status');
      const errorCode = str(diag, 'errorCode');
      const failed = evStatus === 'Failed' || (errorCode !== '' && errorCode !== 'Success');
      if (!failed) continue;
      failedHere++;
      failures.push({
        target,
        targetType: kind,
        event: str(ev, 'lifecycleEventName') || 'UnknownEvent',
        errorCode,
        scriptName: str(diag, 'scriptName'),
        message: str(diag, 'message'),
        logTail: str(diag, 'logTail'),
      });
    }
    const started = events.some((ev) => !['Pending', 'Skipped', ''].includes(str(ev, 'status')));
    if (failedHere === 0 && !started && status !== 'Succeeded' && status !== 'Skipped' && status !== 'Ready') {
      stalled.push({ target, status, firstEvent: str(events[0], 'lifecycleEventName') || 'ApplicationStop' });
    }
  }
  return { failures, stalled };
}

interface Context {
  deploymentId: string;
  bundle?: BundleFiles;
}

function bundleScript(bundle: BundleFiles | undefined, script: string): string | undefined {
  if (!bundle || !script) return undefined;
  const rel = normaliseRelative(script);
  for (const [k, v] of bundle.files) if (normaliseRelative(k) === rel) return v;
  return undefined;
}

/** A line that backgrounds a process (`… &`) without sending its stdout somewhere. */
function backgroundsWithoutRedirect(script: string | undefined): string | null {
  if (!script) return null;
  for (const raw of script.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!/(?:^|[^&])&\s*$/.test(line)) continue;
    if (/>\s*\S|&>|>&/.test(line) || /\bsetsid\b.*<\s*\/dev\/null.*>/.test(line)) continue;
    return raw.trim();
  }
  return null;
}

function stderrTail(logTail: string, n = 3): string[] {
  const all = lines(logTail).filter((l) => !/(?:^|\s)(?:LifecycleEvent|Script) - /.test(l));
  const err = all.filter((l) => l.includes('[stderr]'));
  return (err.length > 0 ? err : all).slice(-n);
}

/** Stands for the instance list in messages until grouping knows every instance. */
const HOSTS = '\u0001hosts\u0001';

function withHosts(d: Diagnosis): Diagnosis {
  const hosts = listInstances(d.instances);
  const fill = (t: string) => t.split(HOSTS).join(hosts);
  return { ...d, message: fill(d.message), fix: fill(d.fix), title: fill(d.title) };
}

function base(
  category: DiagnosisCategory,
  f: HookFailure,
  parts: { title?: string; message: string; fix?: string; evidence: (string | undefined)[]; file?: string | null; line?: number | null },
): Diagnosis {
  const info = CATEGORY_INFO[category];
  return {
    category,
    severity: info.severity,
    title: parts.title ?? `${f.event}: ${info.headline}`,
    message: parts.message,
    lifecycleEvent: f.event,
    instances: [f.target],
    file: parts.file ?? null,
    line: parts.line ?? null,
    evidence: evidenceList(parts.evidence),
    fix: parts.fix ?? info.fix,
  };
}

function scriptLabel(f: HookFailure): string {
  return f.scriptName ? `\`${f.scriptName}\`` : 'the hook script';
}

/** Classify one failed lifecycle event. */
export function classifyFailure(f: HookFailure, ctx: Context): Diagnosis {
  return withHosts(classify(f, ctx));
}

function classify(f: HookFailure, ctx: Context): Diagnosis {
  const texts = [f.message, f.logTail];
  const msgOnly = [f.message];
  const hookLoc = f.scriptName ? locateHookLocation(ctx.bundle, f.event, f.scriptName) : locateHookLocation(ctx.bundle, f.event);
  const at = { file: hookLoc?.file ?? null, line: hookLoc?.line ?? null };
  const pathMatch = P.archivePath.exec(f.message);
  const exit = P.exitCode.exec(f.message)?.[1];
  const script = scriptLabel(f);

  // 1. The instance itself: disk, agent, bundle download and unpacking, appspec.
  const disk = matchingLines(texts, P.diskFull);
  if (disk.length > 0) {
    return base('disk-full', f, {
      message: `${f.event} failed on ${HOSTS} because the instance's disk is full${f.scriptName ? ` (while running ${script})` : ''}. Every later deployment to this instance fails the same way until space is freed.`,
      evidence: [f.message, ...disk],
    });
  }
  const agent = matchingLines(texts, P.agent);
  if (agent.length > 0) {
    return base('agent-unavailable', f, {
      message: `The CodeDeploy agent on ${HOSTS} did not complete ${f.event}: it was not running, not polling, or restarted while the event ran.`,
      evidence: [f.message, ...agent],
    });
  }
  const s3 = matchingLines(msgOnly, P.s3Denied);
  if (
    (f.event === 'DownloadBundle' && matchingLines(texts, P.s3Denied).length > 0) ||
    /Aws::S3::Errors|Could not download bundle|Missing credentials/i.test(f.message)
  ) {
    return base('bundle-access-denied', f, {
      message: `${HOSTS} could not download the revision from S3 during ${f.event}: the instance profile lacks access, the object or bucket does not exist (or is in another region), or the agent has no credentials.`,
      evidence: [f.message, ...s3, ...matchingLines([f.logTail], P.s3Denied)],
    });
  }
  const exists = matchingLines(msgOnly, P.fileExists);
  if (exists.length > 0 && !/deployment-archive\//.test(f.message)) {
    return base('file-exists', f, {
      message: `${f.event} stopped because a file the revision installs is already on ${HOSTS} and was not put there by CodeDeploy (file_exists_behavior is DISALLOW by default).`,
      evidence: [f.message],
    });
  }
  const invalid = matchingLines(msgOnly, P.bundleInvalid);
  if (invalid.length > 0 || exists.length > 0 || (f.event === 'DownloadBundle' && matchingLines([f.logTail], P.bundleInvalid).length > 0)) {
    return base('bundle-invalid', f, {
      message: `The revision could not be used as a CodeDeploy bundle on ${HOSTS} (${f.event}): wrong bundle type, an archive that does not extract, or appspec.yml not at the archive root.`,
      evidence: [f.message, ...invalid, ...matchingLines([f.logTail], P.bundleInvalid)],
    });
  }
  const appspec = matchingLines(msgOnly, P.appspecInvalid);
  if (appspec.length > 0) {
    return base('appspec-invalid', f, {
      message: `The agent rejected appspec.yml during ${f.event}.`,
      evidence: [f.message, ...appspec],
      file: hookLoc?.file ?? (ctx.bundle ? 'appspec.yml' : null),
      line: null,
    });
  }

  // 2. Scripts of the previous revision (ApplicationStop, BeforeBlockTraffic, AfterBlockTraffic).
  const isMissing = f.errorCode === 'ScriptMissing' || /Script does not exist at specified location/i.test(f.message);
  const pathDeployment = pathMatch?.[2];
  const notInBundle = f.scriptName ? bundleHas(ctx.bundle, f.scriptName) === false : false;
  const fromPrevious =
    PREVIOUS_REVISION_EVENTS.has(f.event) &&
    ((pathDeployment !== undefined && ctx.deploymentId !== '' && pathDeployment !== ctx.deploymentId) || notInBundle);
  if (fromPrevious) {
    const what = isMissing ? 'is missing from that revision' : exit !== undefined ? `exited with code ${exit}` : 'failed';
    return base('previous-revision-script', f, {
      title: `${f.event}: the previous revision's script failed`,
      message:
        `${f.event} runs the scripts of the last successful revision${pathDeployment ? ` (${pathDeployment})` : ''}, not this one's; ` +
        `its ${script} ${what} on ${HOSTS}. Nothing in this bundle can change that until one deployment succeeds.`,
      evidence: [
        f.message,
        pathMatch ? `resolved under the earlier deployment ${pathDeployment}: ${pathMatch[3]}` : undefined,
        ...stderrTail(f.logTail),
      ],
      fix: `Deploy once with \`ignore-application-stop-failures: true\` (the next deployment uses the new scripts), or fix/remove the ${f.event} hook on the instance.`,
    });
  }
  if (isMissing) return scriptMissing(f, ctx, pathMatch);

  // 3. The script itself.
  const content = bundleScript(ctx.bundle, f.scriptName);
  const scriptFile = content !== undefined ? { file: normaliseRelative(f.scriptName), line: 1 } : at;
  const crlf = matchingLines(texts, P.crlf);
  const enoentOnScript =
    /No such file or directory/.test(f.message) && f.scriptName !== '' && f.message.includes(normaliseRelative(f.scriptName));
  if (crlf.length > 0 || (content !== undefined && /^[^\n]*\r\n/.test(content) && (enoentOnScript || f.errorCode === 'ScriptFailed'))) {
    return base('script-line-endings', f, {
      message: `${script} has Windows (CRLF) line endings: the kernel looks for an interpreter named "bash\\r" (or the shell chokes on \\r), so the script cannot run on ${HOSTS}.`,
      evidence: [
        f.message,
        ...crlf,
        content !== undefined && /\r\n/.test(content) ? `${f.scriptName}: first line ends with \\r\\n` : undefined,
      ],
      ...scriptFile,
    });
  }
  const runas = matchingLines(texts, P.runas);
  if (runas.length > 0) {
    const user = /run as user (\S+)/.exec(f.message)?.[1] ?? /user '?([\w.-]+)'? does not exist/.exec(runas.join('\n'))?.[1];
    return base('runas-failed', f, {
      message: `${script} could not run as ${user ? `user \`${user}\`` : 'the `runas` user'} on ${HOSTS}.`,
      evidence: [f.message, ...runas],
      fix: `Set \`runas\` to a user that exists on the instance (e.g. ec2-user on Amazon Linux, ubuntu on Ubuntu)${user ? ` or create \`${user}\` before this hook` : ''}.`,
      ...at,
    });
  }
  const baseName = f.scriptName.split('/').pop() ?? '';
  const denied = matchingLines(texts, P.permissionDenied).filter(
    (l) => /as executable|exit (?:code|status) 126/.test(l) || (baseName !== '' && l.includes(baseName)),
  );
  if (f.errorCode === 'ScriptNotExecutable' || denied.length > 0) {
    return base('script-not-executable', f, {
      message: `${script} could not be executed on ${HOSTS}: it lost its executable bit (zip built on Windows, or not committed with +x) and the agent could not fix it, or it lives on a noexec mount.`,
      evidence: [f.message, ...denied],
      ...scriptFile,
    });
  }
  const timedOut = f.errorCode === 'ScriptTimedOut' || matchesAny(f.message, P.timeout);
  const held = matchingLines(texts, P.stdoutOpen);
  const server = timedOut ? matchingLines([f.logTail], P.serverOutput) : [];
  const bgLine = timedOut ? backgroundsWithoutRedirect(content) : null;
  if (held.length > 0 || server.length > 0 || bgLine) {
    const seconds = /in (\d+) seconds/.exec(f.message)?.[1];
    return base('stdout-held-open', f, {
      message:
        `${script} started a background process that still holds the hook's stdout/stderr, so the agent waited` +
        `${seconds ? ` the full ${seconds} s timeout` : ''} on ${HOSTS} even though the script itself had finished.`,
      evidence: [f.message, ...held, ...server, bgLine ? `${f.scriptName}: ${bgLine}` : undefined],
      ...at,
    });
  }
  if (timedOut) {
    const seconds = /in (\d+) seconds/.exec(f.message)?.[1];
    return base('script-timeout', f, {
      message: `${script} was still running after ${seconds ? `${seconds} s` : 'its timeout'} on ${HOSTS} and was killed.`,
      evidence: [f.message, ...stderrTail(f.logTail)],
      ...at,
    });
  }
  const notFound = matchingLines(texts, P.commandNotFound);
  if (notFound.length > 0 || exit === '127' || enoentOnScript) {
    const cmd = /(?:line \d+: )?([\w./-]+): (?:command )?not found/.exec(notFound.join('\n'))?.[1];
    return base('command-not-found', f, {
      message: `${script} calls ${cmd ? `\`${cmd}\`` : 'a program'}, which is not installed or not on the hook's PATH on ${HOSTS} (exit code 127).`,
      evidence: [f.message, ...notFound],
      fix: `Install ${cmd ? `\`${cmd}\`` : 'the program'} before this hook (BeforeInstall, the AMI or user data), or call it by its absolute path — hooks do not load your login shell's PATH.`,
      ...at,
    });
  }
  if (f.errorCode === 'ScriptFailed' || exit !== undefined || P.scriptLocation.test(f.message)) {
    const note = PREVIOUS_REVISION_EVENTS.has(f.event) ? ` (${f.event} runs the copy from the last successful revision.)` : '';
    return base('script-failed', f, {
      message: `${script} exited with ${exit !== undefined ? `code ${exit}` : 'an error'} on ${HOSTS}.${note}`,
      evidence: [f.message, ...stderrTail(f.logTail)],
      ...at,
    });
  }
  if (f.event === 'BlockTraffic' || f.event === 'AllowTraffic') {
    return base('load-balancer', f, {
      message: `${f.event} failed on ${HOSTS}: the load balancer could not ${f.event === 'AllowTraffic' ? 'register the instance or it never passed the target group health check' : 'deregister the instance'}.`,
      evidence: [f.message || `${f.event} failed without diagnostics`],
    });
  }
  if (matchesAny(f.message, P.iam)) {
    return base('iam-permissions', f, { message: `${f.event} failed on ${HOSTS}: a role lacks a permission.`, evidence: [f.message] });
  }
  return base('unknown', f, {
    message: `${f.event} failed on ${HOSTS}${f.errorCode ? ` (${f.errorCode})` : ''}${f.message ? `: ${showLine(f.message)}` : ' without diagnostics'}.`,
    evidence: [f.message, ...stderrTail(f.logTail)],
  });
}

function scriptMissing(f: HookFailure, ctx: Context, pathMatch: RegExpExecArray | null): Diagnosis {
  const location = f.scriptName || pathMatch?.[3] || '';
  const resolved = pathMatch
    ? pathMatch[0].replace(/^deployment-root/, '/opt/codedeploy-agent/deployment-root')
    : resolvedScriptPath(location);
  const resolvedShown = /Script does not exist at specified location: (\S+)/.exec(f.message)?.[1] ?? resolved;
  const loc = locateHookLocation(ctx.bundle, f.event, location);
  const suggestions = location ? suggestBundlePaths(location, ctx.bundle) : [];
  const where = loc ? ` (${loc.file} line ${loc.line})` : '';
  const looksAbsolute = /^\/(?:var|opt|home|srv|usr|etc|root|app)\//.test(location);
  const why = looksAbsolute
    ? `A hook \`location\` is relative to the bundle root — the agent joins it to the deployment-archive directory and ignores the leading "/" — so the installed path under \`files.destination\` does not work.`
    : `The script is not at that path in the bundle (the agent joins \`location\` to the bundle root, the deployment-archive directory).`;
  const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
  const first = suggestions[0];
  return {
    category: 'script-missing',
    severity: CATEGORY_INFO['script-missing'].severity,
    title: `${f.event}: script not found in the bundle`,
    message: `The agent looked for \`${location}\`${where} at ${resolvedShown} on ${HOSTS} and found nothing. ${why}${didYouMean}`,
    lifecycleEvent: f.event,
    instances: [f.target],
    file: loc?.file ?? null,
    line: loc?.line ?? null,
    evidence: evidenceList([
      f.message,
      f.message.includes(resolvedShown) ? undefined : `resolved path: ${resolvedShown}`,
      loc ? `${loc.file}:${loc.line}: location: ${location}` : undefined,
    ]),
    fix: first
      ? `Set \`location: ${first}\` (bundle-relative; \`/${first}\` means the same)${loc ? ` in ${loc.file} line ${loc.line}` : ''}.`
      : looksAbsolute
        ? `Write \`location\` as the script's path inside the bundle, e.g. \`${location.split('/').pop() ?? location}\` if it sits next to appspec.yml — not the path it is installed to.`
        : CATEGORY_INFO['script-missing'].fix,
  };
}

interface DeploymentError {
  code: string;
  message: string;
}

const CODE_CATEGORY: Record<string, DiagnosisCategory> = {
  HEALTH_CONSTRAINTS: 'health-constraints',
  HEALTH_CONSTRAINTS_INVALID: 'health-constraints',
  NO_INSTANCES: 'no-instances',
  IAM_ROLE_MISSING: 'iam-permissions',
  IAM_ROLE_PERMISSIONS: 'iam-permissions',
  AUTO_SCALING_IAM_ROLE_PERMISSIONS: 'iam-permissions',
  NO_EC2_SUBSCRIPTION: 'iam-permissions',
  ELASTIC_LOAD_BALANCING_INVALID: 'load-balancer',
  ELB_INVALID_INSTANCE: 'load-balancer',
  MISSING_ELB_INFORMATION: 'load-balancer',
  AUTO_SCALING_CONFIGURATION: 'load-balancer',
  AUTOSCALING_VALIDATION_ERROR: 'load-balancer',
  MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION: 'load-balancer',
  DEPLOYMENT_GROUP_MISSING: 'environment-not-ready',
  APPLICATION_MISSING: 'environment-not-ready',
  CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND: 'environment-not-ready',
  INVALID_ECS_SERVICE: 'environment-not-ready',
  REVISION_MISSING: 'bundle-access-denied',
  MISSING_GITHUB_TOKEN: 'bundle-access-denied',
  INVALID_REVISION: 'bundle-invalid',
  AGENT_ISSUE: 'agent-unavailable',
  TIMEOUT: 'agent-unavailable',
  HOOK_EXECUTION_FAILURE: 'script-failed',
  INVALID_LAMBDA_FUNCTION: 'script-failed',
  INVALID_LAMBDA_CONFIGURATION: 'script-failed',
  ALARM_ACTIVE: 'health-degraded',
  CUSTOMER_APPLICATION_UNHEALTHY: 'health-degraded',
  THROTTLED: 'platform-error',
  INTERNAL_ERROR: 'platform-error',
  CLOUDFORMATION_STACK_FAILURE: 'platform-error',
  RESOURCE_LIMIT_EXCEEDED: 'platform-error',
  ECS_UPDATE_ERROR: 'platform-error',
  OVER_MAX_INSTANCES: 'no-instances',
  MANUAL_STOP: 'unknown',
};

/** Deployment-level codes that only restate what failed targets already explain. */
const CONSEQUENCE_CODES = new Set(['HEALTH_CONSTRAINTS', 'HOOK_EXECUTION_FAILURE', 'TIMEOUT', 'AGENT_ISSUE', 'INVALID_LAMBDA_FUNCTION']);

function categoryFromText(message: string): DiagnosisCategory | null {
  if (matchesAny(message, P.concurrent)) return 'concurrent-deployment';
  if (matchesAny(message, P.iam)) return 'iam-permissions';
  if (matchesAny(message, P.agent)) return 'agent-unavailable';
  if (matchesAny(message, P.diskFull)) return 'disk-full';
  if (/minimum number of healthy instances|too few healthy instances|too many individual instances failed/i.test(message))
    return 'health-constraints';
  return null;
}

function deploymentDiagnosis(err: DeploymentError, stalled: StalledTarget[], hasTargetCauses: boolean): Diagnosis | null {
  let category = categoryFromText(err.message) ?? CODE_CATEGORY[err.code] ?? (err.code || err.message ? 'unknown' : null);
  if (category === null) return null;
  if (hasTargetCauses && (CONSEQUENCE_CODES.has(err.code) || category === 'health-constraints')) return null;
  const evidence = evidenceList([err.code && err.message ? `${err.code}: ${err.message}` : err.code || err.message]);
  const info = () => CATEGORY_INFO[category as DiagnosisCategory];
  let message = err.message || err.code;
  let instances: string[] = [];
  if ((category === 'health-constraints' || category === 'agent-unavailable') && stalled.length > 0) {
    category = 'agent-unavailable';
    instances = stalled.map((s) => s.target);
    message =
      `No lifecycle event ever started on ${listInstances(instances)} (${plural(instances.length, 'instance')}): the CodeDeploy agent ` +
      `there did not pick up the deployment, so the deployment failed its health constraints. (${err.code || 'deployment error'}: ${err.message})`;
    for (const s of stalled) evidence.push(`${s.target}: ${s.firstEvent} never started (target status ${s.status || 'unknown'})`);
  }
  if (err.code === 'MANUAL_STOP') {
    return {
      category: 'unknown',
      severity: 'notice',
      title: 'Deployment was stopped',
      message,
      lifecycleEvent: null,
      instances,
      file: null,
      line: null,
      evidence,
      fix: 'Start a new deployment when ready.',
    };
  }
  const titleBits: Partial<Record<DiagnosisCategory, string>> = {
    'environment-not-ready':
      err.code === 'DEPLOYMENT_GROUP_MISSING'
        ? 'Deployment group not found'
        : err.code === 'APPLICATION_MISSING'
          ? 'Application not found'
          : undefined,
  };
  return {
    category,
    severity: info().severity,
    title: titleBits[category] ?? `Deployment: ${info().headline}`,
    message,
    lifecycleEvent: null,
    instances,
    file: null,
    line: null,
    evidence,
    fix:
      category === 'environment-not-ready'
        ? 'Check the application and deployment group names (and region) the release uses; create the deployment group first.'
        : info().fix,
  };
}

export function diagnoseCodeDeploy(facts: FailureFacts, bundle?: BundleFiles): Diagnosis[] {
  const deploymentId = str(facts.deployment, 'deploymentId');
  const { failures, stalled } = collectFailures(facts.targets);
  const ctx: Context = { deploymentId, bundle };
  const keyed: Keyed[] = failures.map((f) => {
    const diagnosis = classify(f, ctx);
    return { key: groupKey(diagnosis, f.scriptName, f.message || f.logTail.slice(-200)), diagnosis };
  });
  const grouped = groupDiagnoses(keyed).map(withHosts);
  const errInfo = obj(facts.deployment, 'errorInformation');
  const err: DeploymentError = { code: str(errInfo, 'code'), message: str(errInfo, 'message') };
  const status = str(facts.deployment, 'status');
  if (err.code || err.message || (grouped.length === 0 && stalled.length > 0 && status === 'Failed')) {
    const d = deploymentDiagnosis(
      err.code || err.message ? err : { code: 'HEALTH_CONSTRAINTS', message: 'The deployment failed.' },
      stalled,
      grouped.length > 0,
    );
    if (d && !grouped.some((g) => g.category === d.category && g.lifecycleEvent === null)) grouped.push(d);
  }
  return grouped;
}
