// CodeDeploy: from GetDeployment's deploymentInfo and BatchGetDeploymentTargets' targets to
// diagnoses. Each failed lifecycle event goes through the rule table (rules/codedeploy.ts), then
// identical failures are grouped across instances; the deployment's errorInformation goes through
// the same table (its code is only the fallback), and targets where nothing ever started point at
// the agent.

import type { BundleFiles, Diagnosis, FailureFacts } from '../types.js';
import { CATEGORY_INFO } from './catalog.js';
import { codeDeployNextStep } from './fallback.js';
import { groupDiagnoses, groupKey, type Keyed } from './group.js';
import { hookFacts, withHosts, type HookFailure } from './hook.js';
import { categoryForErrorCode, categoryForUnlistedCode, CONSEQUENCE_CODES, HOOK_RULES, type HookRule } from './rules/codedeploy.js';
import { firstMatch } from './table.js';
import { arr, evidenceList, listInstances, obj, plural, str, stripAnsi } from './text.js';

export type { HookFailure } from './hook.js';

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
      const errorCode = str(diag, 'errorCode');
      if (str(ev, 'status') !== 'Failed' && (errorCode === '' || errorCode === 'Success')) continue;
      failedHere++;
      failures.push({
        target,
        targetType: kind,
        event: str(ev, 'lifecycleEventName') || 'UnknownEvent',
        errorCode,
        scriptName: str(diag, 'scriptName'),
        message: stripAnsi(str(diag, 'message')),
        logTail: stripAnsi(str(diag, 'logTail')),
      });
    }
    const started = events.some((ev) => !['Pending', 'Skipped', ''].includes(str(ev, 'status')));
    if (failedHere === 0 && !started && status !== 'Succeeded' && status !== 'Skipped' && status !== 'Ready') {
      stalled.push({ target, status, firstEvent: str(events[0], 'lifecycleEventName') || 'ApplicationStop' });
    }
  }
  return { failures, stalled };
}

/**
 * One failed lifecycle event through the rule table: the rule that matched and its diagnosis, whose
 * texts still hold the instance-list placeholder until grouping knows every instance.
 */
function matchHook(f: HookFailure, deploymentId: string, bundle?: BundleFiles): { rule: HookRule; diagnosis: Diagnosis } {
  const found = firstMatch(HOOK_RULES, hookFacts(f, 'lifecycle', deploymentId, bundle));
  // Unreachable: the table's last rule matches every lifecycle event.
  if (!found) throw new Error('the CodeDeploy rule table must end with a catch-all rule');
  return { rule: found.rule, diagnosis: found.cause };
}

/** One failed lifecycle event, classified on its own (tests, tools). */
export function classifyHook(f: HookFailure, deploymentId = '', bundle?: BundleFiles): { rule: HookRule; diagnosis: Diagnosis } {
  const { rule, diagnosis } = matchHook(f, deploymentId, bundle);
  return { rule, diagnosis: withHosts(diagnosis) };
}

interface DeploymentError {
  code: string;
  message: string;
}

/**
 * The deployment's errorInformation: its message through the same text rules as lifecycle
 * diagnostics (the code is coarse: INVALID_REVISION covers a missing and an unparsable AppSpec),
 * then the code's category. The rule id is null when only the code decided.
 */
export function classifyDeploymentError(err: DeploymentError): { ruleId: string | null; category: Diagnosis['category'] } {
  const pseudo: HookFailure = {
    target: '',
    targetType: 'instance',
    event: '',
    errorCode: '',
    scriptName: '',
    message: stripAnsi(err.message),
    logTail: '',
  };
  const found = err.message ? firstMatch(HOOK_RULES, hookFacts(pseudo, 'deployment', '')) : null;
  if (found) return { ruleId: found.rule.id, category: found.rule.category };
  return { ruleId: null, category: categoryForErrorCode(err.code) ?? categoryForUnlistedCode(err.code) ?? 'unknown' };
}

function deploymentDiagnosis(err: DeploymentError, stalled: StalledTarget[], hasTargetCauses: boolean): Diagnosis | null {
  let { category } = classifyDeploymentError(err);
  if (hasTargetCauses && (CONSEQUENCE_CODES.has(err.code) || category === 'health-constraints')) return null;
  const text = err.message.trim();
  const evidence = evidenceList([
    err.code && text ? `${err.code}: ${text}` : err.code || text || 'errorInformation without a code or message',
  ]);
  let message = text || err.code || 'The deployment failed without error details.';
  let instances: string[] = [];
  if ((category === 'health-constraints' || category === 'agent-unavailable') && stalled.length > 0) {
    category = 'agent-unavailable';
    instances = stalled.map((s) => s.target);
    message =
      `No lifecycle event ever started on ${listInstances(instances)} (${plural(instances.length, 'instance')}): the CodeDeploy agent ` +
      `there did not pick up the deployment, so the deployment failed its health constraints. (${err.code || 'deployment error'}: ${err.message})`;
    for (const s of stalled) evidence.push(`${s.target}: ${s.firstEvent} never started (target status ${s.status || 'unknown'})`);
  }
  const base = { lifecycleEvent: null, instances, file: null, line: null, evidence };
  if (err.code === 'MANUAL_STOP' && category === 'unknown') {
    return { ...base, category, severity: 'notice', title: 'Deployment was stopped', message, fix: 'Start a new deployment when ready.' };
  }
  const info = CATEGORY_INFO[category];
  const missing = { DEPLOYMENT_GROUP_MISSING: 'Deployment group not found', APPLICATION_MISSING: 'Application not found' }[err.code];
  return {
    ...base,
    category,
    severity: info.severity,
    title: (category === 'environment-not-ready' && missing) || `Deployment: ${info.headline}`,
    message,
    fix:
      category === 'environment-not-ready'
        ? 'Check the application and deployment group names (and region) the release uses; create the deployment group first.'
        : info.fix,
  };
}

export function diagnoseCodeDeploy(facts: FailureFacts, bundle?: BundleFiles): Diagnosis[] {
  const deploymentId = str(facts.deployment, 'deploymentId');
  const { failures, stalled } = collectFailures(facts.targets);
  const keyed: Keyed[] = failures.map((f) => {
    const { diagnosis } = matchHook(f, deploymentId, bundle);
    return { key: groupKey(diagnosis, f.scriptName, f.message || f.logTail.slice(-200)), diagnosis };
  });
  const grouped = groupDiagnoses(keyed).map(withHosts);
  const errInfo = obj(facts.deployment, 'errorInformation');
  // Blank values say nothing (a whitespace-only code would otherwise become a diagnosis without evidence).
  const err: DeploymentError = { code: str(errInfo, 'code').trim(), message: str(errInfo, 'message').trim() };
  const status = str(facts.deployment, 'status');
  if (err.code || err.message || (grouped.length === 0 && stalled.length > 0 && status === 'Failed')) {
    const d = deploymentDiagnosis(
      err.code || err.message ? err : { code: 'HEALTH_CONSTRAINTS', message: 'The deployment failed.' },
      stalled,
      grouped.length > 0,
    );
    if (d && !grouped.some((g) => g.category === d.category && g.lifecycleEvent === null)) grouped.push(d);
  }
  // Unexplained failures name the logs to read next and the console page.
  return grouped.map((d) =>
    d.category === 'unknown' && d.severity === 'error' ? { ...d, fix: codeDeployNextStep(facts, d.instances) } : d,
  );
}
