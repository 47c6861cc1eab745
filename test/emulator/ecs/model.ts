// A simulated ECS account: task definitions, and services under the CODE_DEPLOY deployment
// controller with task sets, target-group health and service events (newest first, as ECS keeps them).
import { ScenarioError } from '../scenario.js';
import { ACCOUNT, REGION, int, list, obj, oneOf, str } from '../compute/check.js';

/** How replacement tasks behave once a deployment starts them. */
export const REPLACEMENT = ['healthy', 'unhealthy', 'exit', 'no-capacity'] as const;
export type Replacement = (typeof REPLACEMENT)[number];

export interface EcsServiceSpec {
  cluster: string;
  name: string;
  taskDefinition: string;
  desiredCount: number;
  containerName: string;
  containerPort: number;
  replacement: Replacement;
}

export interface EcsScenario {
  services: EcsServiceSpec[];
}

export interface TaskSet {
  id: string;
  taskDefinition: string;
  status: 'PRIMARY' | 'ACTIVE' | 'DRAINING';
  runningCount: number;
  /** Percent of production traffic. */
  trafficWeight: number;
  targetGroup: 'blue' | 'green';
}

export interface EcsServiceState extends EcsServiceSpec {
  taskSets: TaskSet[];
  events: { id: string; createdAt: number; message: string }[];
}

export interface TaskDefinitionState {
  arn: string;
  family: string;
  revision: number;
  body: Record<string, unknown>;
}

export function readEcsScenario(v: unknown): EcsScenario {
  const o = obj(v ?? {}, 'ecs', ['services']);
  return {
    services: list(o.services, 'ecs.services').map((s, i) => {
      const p = `ecs.services[${i}]`;
      const so = obj(s, p, ['cluster', 'name', 'taskDefinition', 'desiredCount', 'containerName', 'containerPort', 'replacement']);
      const td = str(so.taskDefinition, `${p}.taskDefinition`, 'web:1');
      if (!/^[A-Za-z0-9_-]+:\d+$/.test(td)) throw new ScenarioError(`scenario: ${p}.taskDefinition must be family:revision`);
      return {
        cluster: str(so.cluster, `${p}.cluster`, 'default'),
        name: str(so.name, `${p}.name`),
        taskDefinition: td,
        desiredCount: int(so.desiredCount, `${p}.desiredCount`, 2, 1),
        containerName: str(so.containerName, `${p}.containerName`, 'app'),
        containerPort: int(so.containerPort, `${p}.containerPort`, 80, 1),
        replacement: oneOf(so.replacement, `${p}.replacement`, REPLACEMENT, 'healthy'),
      };
    }),
  };
}

export const taskDefinitionArn = (familyRevision: string): string => `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${familyRevision}`;
export const clusterArn = (cluster: string): string => `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${cluster}`;
export const targetGroupArn = (service: string, color: string): string =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${service}-${color}/0123456789abcdef`;

export class EcsState {
  readonly services = new Map<string, EcsServiceState>();
  readonly taskDefinitions = new Map<string, TaskDefinitionState>();
  private seq = 0;

  constructor(
    s: EcsScenario,
    private readonly now: () => number,
  ) {
    for (const spec of s.services) {
      const [family, rev] = spec.taskDefinition.split(':') as [string, string];
      this.taskDefinitions.set(taskDefinitionArn(spec.taskDefinition), {
        arn: taskDefinitionArn(spec.taskDefinition),
        family,
        revision: Number(rev),
        body: { family, containerDefinitions: [{ name: spec.containerName }] },
      });
      this.services.set(`${spec.cluster}/${spec.name}`, {
        ...spec,
        taskDefinition: taskDefinitionArn(spec.taskDefinition),
        taskSets: [this.taskSet(taskDefinitionArn(spec.taskDefinition), 'PRIMARY', spec.desiredCount, 100, 'blue')],
        events: [],
      });
    }
  }

  service(cluster: string, name: string): EcsServiceState | undefined {
    return this.services.get(`${cluster.split('/').pop()}/${name.split('/').pop()}`);
  }

  register(body: Record<string, unknown>): TaskDefinitionState {
    const family = String(body.family);
    const revision = 1 + Math.max(0, ...[...this.taskDefinitions.values()].filter((t) => t.family === family).map((t) => t.revision));
    const arn = taskDefinitionArn(`${family}:${revision}`);
    const td = { arn, family, revision, body };
    this.taskDefinitions.set(arn, td);
    return td;
  }

  taskSet(taskDefinition: string, status: TaskSet['status'], running: number, weight: number, tg: TaskSet['targetGroup']): TaskSet {
    return {
      id: `ecs-svc/${String(++this.seq).padStart(19, '0')}`,
      taskDefinition,
      status,
      runningCount: running,
      trafficWeight: weight,
      targetGroup: tg,
    };
  }

  event(svc: EcsServiceState, message: string): void {
    svc.events.unshift({ id: `${Date.now()}-${++this.seq}`, createdAt: this.now(), message });
  }

  taskId(): string {
    return (++this.seq).toString(16).padStart(32, 'a');
  }
}
