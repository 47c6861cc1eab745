// ECS over awsJson1_1 (x-amz-target AmazonEC2ContainerServiceV20141113.<Operation>): the calls
// hookline makes — RegisterTaskDefinition and DescribeServices (load balancer settings, task
// sets, events).
import { randomUUID } from 'node:crypto';
import type { ServiceModule, ServiceRequest, ServiceResponse } from '../types.js';
import { clusterArn, targetGroupArn, type EcsServiceState, type EcsState } from './model.js';
import { ACCOUNT, REGION } from '../compute/check.js';

export const ECS_TARGET_PREFIX = 'AmazonEC2ContainerServiceV20141113.';

class EcsError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const epoch = (ms: number): number => Math.round(ms) / 1000;

function serviceJson(s: EcsServiceState): Record<string, unknown> {
  return {
    serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${s.cluster}/${s.name}`,
    serviceName: s.name,
    clusterArn: clusterArn(s.cluster),
    status: 'ACTIVE',
    desiredCount: s.desiredCount,
    runningCount: s.taskSets.reduce((n, t) => n + t.runningCount, 0),
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    taskDefinition: s.taskDefinition,
    deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [{ targetGroupArn: targetGroupArn(s.name, 'blue'), containerName: s.containerName, containerPort: s.containerPort }],
    taskSets: s.taskSets.map((t) => ({
      id: t.id,
      taskSetArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-set/${s.cluster}/${s.name}/${t.id}`,
      status: t.status,
      taskDefinition: t.taskDefinition,
      runningCount: t.runningCount,
      scale: { value: t.trafficWeight, unit: 'PERCENT' },
      loadBalancers: [
        { targetGroupArn: targetGroupArn(s.name, t.targetGroup), containerName: s.containerName, containerPort: s.containerPort },
      ],
    })),
    events: s.events.slice(0, 100).map((e) => ({ id: e.id, createdAt: epoch(e.createdAt), message: e.message })),
  };
}

export function createEcsService(state: EcsState): ServiceModule {
  const ops: Record<string, (input: Record<string, unknown>) => unknown> = {
    RegisterTaskDefinition(input) {
      if (typeof input.family !== 'string' || !input.family) throw new EcsError('ClientException', 'Family name is required.');
      if (!Array.isArray(input.containerDefinitions) || input.containerDefinitions.length === 0)
        throw new EcsError('ClientException', 'Container definitions are required.');
      const td = state.register(input);
      return { taskDefinition: { ...td.body, taskDefinitionArn: td.arn, revision: td.revision, status: 'ACTIVE' } };
    },
    DescribeServices(input) {
      const cluster = typeof input.cluster === 'string' ? input.cluster : 'default';
      const names = Array.isArray(input.services) ? input.services.map(String) : [];
      if (names.length === 0) throw new EcsError('InvalidParameterException', 'Services cannot be empty.');
      const found = names.map((n) => ({ n, s: state.service(cluster, n) }));
      return {
        services: found.filter((f) => f.s).map((f) => serviceJson(f.s as EcsServiceState)),
        failures: found.filter((f) => !f.s).map((f) => ({ arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${f.n}`, reason: 'MISSING' })),
      };
    },
  };
  return {
    async handle(req: ServiceRequest): Promise<ServiceResponse> {
      const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() };
      const op = (req.headers['x-amz-target'] ?? '').slice(ECS_TARGET_PREFIX.length);
      try {
        const fn = ops[op];
        if (!fn) throw new EcsError('UnknownOperationException', `Operation ${op} is not supported by the emulator.`);
        const input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Record<string, unknown>) : {};
        return { status: 200, headers, body: JSON.stringify(fn(input)) };
      } catch (err) {
        if (!(err instanceof EcsError)) throw err;
        return {
          status: 400,
          headers: { ...headers, 'x-amzn-errortype': err.type },
          body: JSON.stringify({ __type: err.type, message: err.message }),
        };
      }
    },
    async close() {},
  };
}
