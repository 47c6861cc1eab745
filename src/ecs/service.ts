// The ECS service a deployment group updates: its load balancer settings (the AppSpec hookline
// writes when given none) and its events (why replacement tasks did not start or stay healthy).
import { DescribeServicesCommand, type ECSClient, type Service } from '@aws-sdk/client-ecs';
import type { DeploymentGroupInfo } from '@aws-sdk/client-codedeploy';
import { ReleaseError } from '../codedeploy/release.js';
import { errorText } from '../errors.js';
import type { LoadBalancerTarget } from './appspec.js';

export interface EcsServiceRef {
  cluster: string;
  service: string;
}

export function serviceOfGroup(group: DeploymentGroupInfo): EcsServiceRef {
  const s = group.ecsServices?.[0];
  if (!s?.serviceName || !s.clusterName) {
    throw new ReleaseError(`Deployment group '${group.deploymentGroupName}' names no ECS service (ecsServices is empty).`);
  }
  return { cluster: s.clusterName, service: s.serviceName };
}

export async function describeService(ecs: ECSClient, ref: EcsServiceRef, signal?: AbortSignal): Promise<Service> {
  let out;
  try {
    out = await ecs.send(new DescribeServicesCommand({ cluster: ref.cluster, services: [ref.service] }), { abortSignal: signal });
  } catch (err) {
    throw new ReleaseError(`Could not read ECS service ${ref.service} in cluster ${ref.cluster}: ${errorText(err)}`);
  }
  const svc = out.services?.[0];
  if (!svc) {
    const why = out.failures?.[0]?.reason ?? 'MISSING';
    throw new ReleaseError(`ECS service ${ref.service} in cluster ${ref.cluster} was not found (${why}).`);
  }
  return svc;
}

/** The container and port the service's load balancer sends traffic to, overridden by the inputs (pure). */
export function loadBalancerTarget(svc: Service, name: string | undefined, port: number | undefined): LoadBalancerTarget | undefined {
  const lb = svc.loadBalancers?.[0];
  const containerName = name ?? lb?.containerName;
  const containerPort = port ?? lb?.containerPort;
  return containerName && containerPort ? { containerName, containerPort } : undefined;
}

/** The service's events since `since` (epoch ms), oldest first, as plain facts for the diagnosis (pure). */
export function eventsSince(svc: Service, since: number): { createdAt: string; message: string }[] {
  return (svc.events ?? [])
    .filter((e) => e.message && e.createdAt && new Date(e.createdAt).getTime() >= since - 1000)
    .map((e) => ({ createdAt: new Date(e.createdAt as Date).toISOString(), message: e.message as string }))
    .reverse();
}
