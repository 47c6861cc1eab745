// The AppSpec of an ECS deployment: the user's file with its task definition filled in (the
// `<TASK_DEFINITION>` placeholder, or every AWS::ECS::Service resource's TaskDefinition), or one
// written from the service's own load balancer settings when no file is given.
import { isMap, isSeq, stringify, type Document } from 'yaml';
import { editableAppSpec } from '../compute/revision.js';

export const TASK_DEFINITION_PLACEHOLDER = '<TASK_DEFINITION>';

export interface LoadBalancerTarget {
  containerName: string;
  containerPort: number;
}

/** An AppSpec for one ECS service with no hooks (pure). */
export function writeEcsAppSpec(taskDefinitionArn: string, lb: LoadBalancerTarget, platformVersion?: string): string {
  const properties: Record<string, unknown> = {
    TaskDefinition: taskDefinitionArn,
    LoadBalancerInfo: { ContainerName: lb.containerName, ContainerPort: lb.containerPort },
  };
  if (platformVersion) properties.PlatformVersion = platformVersion;
  return stringify({ version: 0.0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: properties } }] }).replace(
    /^version: 0$/m,
    'version: 0.0',
  );
}

/**
 * The user's AppSpec with the task definition filled in (pure). The placeholder is replaced in the
 * text, keeping the file's lines; otherwise each ECS service resource's TaskDefinition is set.
 * A LoadBalancerInfo missing from a resource is taken from `lb` when known.
 */
export function fillEcsAppSpec(text: string, shown: string, taskDefinitionArn: string, lb: LoadBalancerTarget | undefined): string {
  if (text.includes(TASK_DEFINITION_PLACEHOLDER)) return text.split(TASK_DEFINITION_PLACEHOLDER).join(taskDefinitionArn);
  const doc = editableAppSpec(text, shown);
  let services = 0;
  for (const props of ecsServiceProperties(doc)) {
    services++;
    props.set('TaskDefinition', taskDefinitionArn);
    if (lb && !props.has('LoadBalancerInfo'))
      props.set('LoadBalancerInfo', { ContainerName: lb.containerName, ContainerPort: lb.containerPort });
  }
  if (services === 0) throw new Error(`${shown} has no resource of Type AWS::ECS::Service to put the task definition in.`);
  return /^\s*\{/.test(text) ? JSON.stringify(doc.toJSON(), null, 2) : doc.toString();
}

type YamlMap = { set(k: string, v: unknown): void; has(k: string): boolean };

function* ecsServiceProperties(doc: Document): Generator<YamlMap> {
  const resources = isMap(doc.contents) ? doc.contents.get('Resources', true) : undefined;
  if (!isSeq(resources)) return;
  for (const item of resources.items) {
    if (!isMap(item)) continue;
    for (const pair of item.items) {
      const body = pair.value;
      if (!isMap(body) || body.get('Type') !== 'AWS::ECS::Service') continue;
      let props = body.get('Properties', true);
      if (!isMap(props)) {
        body.set('Properties', doc.createNode({}));
        props = body.get('Properties', true);
      }
      if (isMap(props)) yield props as unknown as YamlMap;
    }
  }
}
