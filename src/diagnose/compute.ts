// CodeDeploy ECS and Lambda deployments: each failed lifecycle event of the ecsTarget/lambdaTarget
// through the rule table (rules/compute.ts), with the AppSpec's hook at that event and the ECS
// service events; with no failed event, the deployment's errorInformation through the same table.
import type { ComputeFacts, Diagnosis, FailureFacts } from '../types.js';
import { COMPUTE_RULES, type ComputeEventFacts } from './rules/compute.js';
import { firstMatch } from './table.js';
import { arr, obj, str, stripAnsi } from './text.js';
import { hooksOf } from '../compute/revision.js';

export function diagnoseCompute(facts: FailureFacts & { compute: ComputeFacts }): Diagnosis[] {
  const c = facts.compute;
  const errInfo = obj(facts.deployment, 'errorInformation');
  const deploymentError = { code: str(errInfo, 'code').trim(), message: stripAnsi(str(errInfo, 'message')).trim() };
  const hooks = new Map((c.hooks ?? []).map((h) => [h.event, h]));
  const base = {
    platform: c.platform,
    appspecFile: c.appspecFile ?? null,
    deploymentError,
    serviceEvents: (c.serviceEvents ?? []).map((e) => stripAnsi(e.message)),
    testListener: c.testListener,
  };
  const out: Diagnosis[] = [];
  for (const t of facts.targets ?? []) {
    const body = obj(t, 'ecsTarget') ?? obj(t, 'lambdaTarget') ?? t;
    const target = str(body, 'targetId') || 'unknown-target';
    for (const ev of arr(body, 'lifecycleEvents')) {
      if (str(ev, 'status') !== 'Failed') continue;
      const event = str(ev, 'lifecycleEventName');
      const diag = obj(ev, 'diagnostics');
      const hook = hooks.get(event);
      out.push(
        classify({
          ...base,
          target,
          event,
          errorCode: str(diag, 'errorCode'),
          message: stripAnsi([str(diag, 'message'), str(diag, 'logTail')].filter(Boolean).join('\n')).trim(),
          hook: hook && { functionName: hook.functionName, line: hook.line },
        }),
      );
    }
  }
  if (out.length === 0 && (deploymentError.code || deploymentError.message)) {
    if (deploymentError.code === 'MANUAL_STOP') return [stopped(deploymentError.message)];
    const target = targetIdOf(facts) ?? (c.platform === 'ECS' ? 'ECS service' : 'Lambda alias');
    out.push(classify({ ...base, target, event: '', errorCode: '', message: '', hook: undefined }));
  }
  const seen = new Set<string>();
  return out.filter((d) => !seen.has(d.title) && !!seen.add(d.title));
}

/** The first matching rule's diagnosis for one failed event (exported for tests). */
export function classify(f: ComputeEventFacts): Diagnosis {
  const found = firstMatch(COMPUTE_RULES, f);
  if (!found) throw new Error('the compute rule table must end with a catch-all rule');
  return found.cause;
}

export function classifyRule(f: ComputeEventFacts): string {
  return firstMatch(COMPUTE_RULES, f)?.rule.id ?? '';
}

function targetIdOf(facts: FailureFacts): string | undefined {
  for (const t of facts.targets ?? []) {
    const id = str(obj(t, 'ecsTarget') ?? obj(t, 'lambdaTarget'), 'targetId');
    if (id) return id;
  }
  return undefined;
}

function stopped(message: string): Diagnosis {
  return {
    category: 'unknown',
    severity: 'notice',
    title: 'Deployment was stopped',
    message: message || 'The deployment was stopped on request.',
    lifecycleEvent: null,
    instances: [],
    file: null,
    line: null,
    evidence: message ? [message] : [],
    fix: 'Start a new deployment when ready.',
  };
}

/**
 * Compute facts from GetDeployment alone (explain on a raw deployment): the platform and the hooks
 * of the AppSpec content the deployment carries (no file to annotate, no service events).
 */
export function computeFactsOf(deployment: Record<string, unknown> | undefined): ComputeFacts | undefined {
  const platform = str(deployment, 'computePlatform');
  if (platform !== 'ECS' && platform !== 'Lambda') return undefined;
  const content = str(obj(obj(deployment, 'revision'), 'appSpecContent'), 'content');
  return { platform, hooks: content ? hooksOf(content) : [], appspecFile: null };
}
