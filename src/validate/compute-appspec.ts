// Pre-flight checks of an ECS or Lambda AppSpec (the `appspec` input), with lines: the resource
// (Type, TaskDefinition, LoadBalancerInfo), and hooks that name Lambda functions at the lifecycle
// events the platform has. Pure: text in, findings out.
// Reference: CodeDeploy user guide, reference-appspec-file-structure-resources.html and
// reference-appspec-file-structure-hooks.html (ECS and Lambda sections).
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Finding, Severity } from '../types.js';
import { lineAt, lineStarts } from '../compute/revision.js';
import { closest } from './suggest.js';

export type ComputePlatformName = 'ECS' | 'Lambda';

export const HOOK_EVENTS: Record<ComputePlatformName, readonly string[]> = {
  ECS: ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'],
  Lambda: ['BeforeAllowTraffic', 'AfterAllowTraffic'],
};
const RESOURCE_TYPE: Record<ComputePlatformName, string> = { ECS: 'AWS::ECS::Service', Lambda: 'AWS::Lambda::Function' };
const TOP_KEYS = ['version', 'Resources', 'Hooks'];
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/;

export function validateComputeAppSpec(text: string, file: string, platform: ComputePlatformName): Finding[] {
  const starts = lineStarts(text);
  const out: Finding[] = [];
  const at = (node: unknown, severity: Severity, rule: string, message: string) => {
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
    const line = lineAt(starts, offset);
    out.push({ file, line, column: offset - (starts[line - 1] ?? 0) + 1, severity, rule, message });
  };
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors.slice(0, 3)) {
      const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
      out.push({
        file,
        line,
        column: col,
        severity: 'error',
        rule: 'appspec/yaml',
        message: `${file} is not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return out;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    at(root, 'error', 'appspec/structure', `${file} must be a mapping with version, Resources and (optionally) Hooks.`);
    return out;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TOP_KEYS.includes(key)) {
      at(
        pair.key,
        'error',
        'appspec/compute-key',
        `'${key}' does not belong in an ${platform} AppSpec (it has version, Resources and Hooks only${['files', 'permissions', 'os'].includes(key) ? `; '${key}' is for EC2/on-premises deployments` : ''}).`,
      );
    }
  }
  const version = root.get('version', true);
  if (!version) at(root, 'error', 'appspec/version', `${file} needs 'version: 0.0'.`);
  else if (!isScalar(version) || Number(version.value) !== 0) at(version, 'error', 'appspec/version', `'version' must be 0.0.`);
  checkResources(root.get('Resources', true), platform, root, at);
  checkHooks(root.get('Hooks', true), platform, at);
  return out;
}

type At = (node: unknown, severity: Severity, rule: string, message: string) => void;

function checkResources(resources: unknown, platform: ComputePlatformName, root: Node, at: At): void {
  const type = RESOURCE_TYPE[platform];
  if (!isSeq(resources) || resources.items.length === 0) {
    at(
      resources ?? root,
      'error',
      'appspec/resources',
      `'Resources' must list the ${type} to deploy, as - <name>: { Type: ${type}, Properties: … }.`,
    );
    return;
  }
  if (resources.items.length > 1)
    at(
      resources.items[1],
      'error',
      'appspec/resources',
      `An ${platform} AppSpec names exactly one resource; this one has ${resources.items.length}.`,
    );
  const item = resources.items[0];
  const body = isMap(item) ? item.items[0]?.value : undefined;
  if (!isMap(body)) {
    at(item, 'error', 'appspec/resources', `Each resource is a name mapped to its Type and Properties.`);
    return;
  }
  const t = body.get('Type', true);
  if (!isScalar(t) || t.value !== type) {
    at(
      t ?? body,
      'error',
      'appspec/resource-type',
      `The resource's Type must be ${type} for an ${platform} deployment${isScalar(t) ? `, not ${String(t.value)}` : ''}.`,
    );
  }
  if (platform !== 'ECS') return;
  const props = body.get('Properties', true);
  if (!isMap(props)) {
    at(body, 'error', 'appspec/ecs-properties', `The ECS service resource needs Properties with TaskDefinition and LoadBalancerInfo.`);
    return;
  }
  if (!props.has('TaskDefinition')) {
    at(
      props,
      'notice',
      'appspec/ecs-task-definition',
      `TaskDefinition is missing: hookline sets it to the task definition it deploys (or write TaskDefinition: <TASK_DEFINITION>).`,
    );
  }
  const lb = props.get('LoadBalancerInfo', true);
  if (!lb) {
    at(
      props,
      'notice',
      'appspec/ecs-load-balancer',
      `LoadBalancerInfo is missing: hookline takes ContainerName and ContainerPort from the service's load balancer (or the container-name and container-port inputs).`,
    );
    return;
  }
  if (!isMap(lb)) {
    at(lb, 'error', 'appspec/ecs-load-balancer', `LoadBalancerInfo must be a mapping with ContainerName and ContainerPort.`);
    return;
  }
  if (!isScalar(lb.get('ContainerName', true)))
    at(lb, 'error', 'appspec/ecs-load-balancer', `LoadBalancerInfo needs ContainerName: the container that receives traffic.`);
  const port = lb.get('ContainerPort', true);
  if (!isScalar(port) || !Number.isInteger(Number(port.value)) || Number(port.value) < 1 || Number(port.value) > 65535) {
    at(
      port ?? lb,
      'error',
      'appspec/ecs-load-balancer',
      `LoadBalancerInfo needs ContainerPort: a port number (1-65535) the container listens on.`,
    );
  }
}

function checkHooks(hooks: unknown, platform: ComputePlatformName, at: At): void {
  if (hooks === undefined || hooks === null) return;
  const events = HOOK_EVENTS[platform];
  if (!isSeq(hooks)) {
    at(hooks, 'error', 'appspec/compute-hooks', `'Hooks' must be a list of - <LifecycleEvent>: <Lambda function name or ARN>.`);
    return;
  }
  const seen = new Set<string>();
  for (const item of hooks.items) {
    const pair = isMap(item) ? item.items[0] : undefined;
    if (!pair || !isScalar(pair.key)) {
      at(item, 'error', 'appspec/compute-hooks', `Each hook is one line: - <LifecycleEvent>: <Lambda function name or ARN>.`);
      continue;
    }
    const event = String(pair.key.value);
    if (!events.includes(event)) {
      const close = closest(event, events)[0];
      at(
        pair.key,
        'error',
        'appspec/compute-hook-event',
        `${event} is not a lifecycle event with hooks in ${platform} deployments${close ? ` — did you mean ${close}?` : ''} (${events.join(', ')}).`,
      );
      continue;
    }
    if (seen.has(event)) at(pair.key, 'error', 'appspec/compute-hook-event', `${event} is listed twice; each event runs one function.`);
    seen.add(event);
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string') {
      at(
        value ?? pair.key,
        'error',
        'appspec/compute-hook-function',
        `${event} must name a Lambda function (name or ARN)${isSeq(value) ? ': ECS and Lambda hooks run functions, not scripts with location' : ''}.`,
      );
    } else if (!FUNCTION.test(value.value)) {
      at(value, 'error', 'appspec/compute-hook-function', `'${value.value}' is not a Lambda function name or ARN.`);
    }
  }
}
