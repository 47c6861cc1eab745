// The "never empty" guarantee: when the facts show a failure and no rule explained it, say so with
// the decisive raw lines, the instance log to read next and the console page — never a bare "failed".

import type { Diagnosis, FailureFacts } from '../types.js';
import { CATEGORY_INFO } from './catalog.js';
import { AGENT_LOGS } from './hook.js';
import { arr, evidenceList, listInstances, obj, str, unique } from './text.js';

/** Beanstalk logs worth reading, in the order they usually name the cause (AL2/AL2023 platforms). */
const BEANSTALK_LOGS = [
  '/var/log/eb-engine.log',
  '/var/log/eb-hooks.log',
  '/var/log/cfn-init.log',
  '/var/log/cfn-init-cmd.log',
  '/var/log/web.stdout.log',
];

const FAILED_DEPLOYMENT = new Set(['Failed', 'Stopped']);
// Terminal event wordings the EB CLI treats as failure, besides ERROR/FATAL severities.
const EB_FAILURE_TEXT = [
  /completed with errors/i,
  /operation is complete, but with (?:errors|command timeouts)/i,
  /health has transitioned .*to (?:Severe|Red)\b/i,
  /\b(?:Severe|Red)\b health/i,
  /health (?:is|status) (?:Severe|Red)\b/i,
];

function targetBodies(facts: FailureFacts): Record<string, unknown>[] {
  return (facts.targets ?? []).map(
    (t) =>
      obj(t, 'instanceTarget') ??
      obj(t, 'lambdaTarget') ??
      obj(t, 'ecsTarget') ??
      obj(t, 'cloudFormationTarget') ??
      (t !== null && typeof t === 'object' ? t : {}), // a bare instance summary
  );
}

function failedTargets(facts: FailureFacts): Record<string, unknown>[] {
  return targetBodies(facts).filter(
    (b) => str(b, 'status') === 'Failed' || arr(b, 'lifecycleEvents').some((e) => str(e, 'status') === 'Failed'),
  );
}

function failureEvents(facts: FailureFacts): Record<string, unknown>[] {
  return (facts.events ?? []).filter((e) => {
    if (e === null || typeof e !== 'object') return false;
    const severity = str(e, 'Severity').toUpperCase();
    return severity === 'ERROR' || severity === 'FATAL' || EB_FAILURE_TEXT.some((p) => p.test(str(e, 'Message')));
  });
}

/** True when the facts show a failure: a Failed/Stopped deployment, a failed target, an ERROR event, Severe/Red health. */
export function showsFailure(facts: FailureFacts): boolean {
  if (facts.service === 'beanstalk') return failureEvents(facts).length > 0;
  return (
    FAILED_DEPLOYMENT.has(str(facts.deployment, 'status')) ||
    obj(facts.deployment, 'errorInformation') !== undefined ||
    failedTargets(facts).length > 0
  );
}

/** The region named by any ARN in the facts (target ARNs, platform ARNs), for a console link. */
function regionOf(facts: FailureFacts): string | null {
  const text = JSON.stringify([facts.deployment ?? null, facts.targets ?? [], facts.events ?? []]);
  return /arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-[a-z]+)+-\d):/.exec(text)?.[1] ?? null;
}

function consoleLink(facts: FailureFacts): string {
  const region = regionOf(facts);
  const host = region ? `https://${region}.console.aws.amazon.com` : 'https://console.aws.amazon.com';
  const q = region ? `?region=${region}` : '';
  if (facts.service === 'beanstalk') {
    const env = (facts.events ?? []).map((e) => str(e, 'EnvironmentName')).find((n) => n !== '');
    return `${host}/elasticbeanstalk/home${q}#/environments${env ? ` (environment ${env})` : ''}`;
  }
  const id = str(facts.deployment, 'deploymentId');
  return id ? `${host}/codesuite/codedeploy/deployments/${id}${q}` : `${host}/codesuite/codedeploy/deployments${q}`;
}

function codeDeployFallback(facts: FailureFacts): Diagnosis {
  const id = str(facts.deployment, 'deploymentId');
  const status = str(facts.deployment, 'status');
  const err = obj(facts.deployment, 'errorInformation');
  const failed = failedTargets(facts);
  const instances = unique(failed.map((b) => str(b, 'targetId') || str(b, 'instanceId')).filter((s) => s !== ''));
  const eventLines = failed.flatMap((b) =>
    arr(b, 'lifecycleEvents')
      .filter((e) => str(e, 'status') === 'Failed')
      .map(
        (e) =>
          `${str(b, 'targetId') || 'target'}: ${str(e, 'lifecycleEventName') || 'a lifecycle event'} Failed${str(obj(e, 'diagnostics'), 'message') ? ` — ${str(obj(e, 'diagnostics'), 'message')}` : ''}`,
      ),
  );
  return {
    category: 'unknown',
    severity: CATEGORY_INFO.unknown.severity,
    title: `Deployment ${status ? status.toLowerCase() : 'failed'} without a recognised cause`,
    message:
      `CodeDeploy reports deployment ${id || '(unknown id)'} as ${status || 'failed'}${instances.length ? ` with failed targets ${listInstances(instances)}` : ''}, ` +
      'but its facts name no cause hookline recognises.',
    lifecycleEvent: null,
    instances,
    file: null,
    line: null,
    evidence: evidenceList([
      `deployment ${id || '(unknown id)'}: ${status || 'status unknown'}`,
      err ? [str(err, 'code'), str(err, 'message')].filter((s) => s !== '').join(': ') || undefined : undefined,
      ...eventLines,
    ]),
    fix: codeDeployNextStep(facts, instances),
  };
}

/** What to read when nothing explained a CodeDeploy failure: the agent logs on the instances and the console page. */
export function codeDeployNextStep(facts: FailureFacts, instances: string[]): string {
  return `Read ${AGENT_LOGS.join(' and ')} on ${instances.length ? listInstances(instances) : 'the instances'}; console: ${consoleLink(facts)}`;
}

function beanstalkFallback(facts: FailureFacts): Diagnosis {
  const events = failureEvents(facts);
  const instances = unique(events.flatMap((e) => [...str(e, 'Message').matchAll(/\bi-[0-9a-f]{8,17}\b/g)].map((m) => m[0])));
  return {
    category: 'unknown',
    severity: CATEGORY_INFO.unknown.severity,
    title: 'Environment update failed without a recognised cause',
    message: `Elastic Beanstalk reports a failure${instances.length ? ` on ${listInstances(instances)}` : ''}, but neither its events nor the instance logs name a cause hookline recognises.`,
    lifecycleEvent: null,
    instances,
    file: null,
    line: null,
    evidence: evidenceList(
      events.map(
        (e) =>
          str(e, 'Message').trim() ||
          `${str(e, 'Severity') || 'An'} event${str(e, 'EventDate') ? ` at ${str(e, 'EventDate')}` : ''} without a message`,
      ),
    ),
    fix: `Read ${BEANSTALK_LOGS.join(', ')} on ${instances.length ? listInstances(instances) : 'the instances'} (tail logs: \`eb logs\`); console: ${consoleLink(facts)}`,
  };
}

/** The `unknown` diagnosis for failed facts no rule explained. */
export function fallbackDiagnosis(facts: FailureFacts): Diagnosis {
  return facts.service === 'beanstalk' ? beanstalkFallback(facts) : codeDeployFallback(facts);
}
