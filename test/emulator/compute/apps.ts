// CodeDeploy applications of the ECS and Lambda compute platforms (scenario ecs.applications and
// lambda.applications) and their deployment groups.
import { bool, list, obj, str } from './check.js';

export type Platform = 'ECS' | 'Lambda';

export interface ComputeGroup {
  id: string;
  name: string;
  applicationName: string;
  platform: Platform;
  deploymentConfigName: string;
  autoRollback: boolean;
  /** ECS: cluster and service the group updates. */
  cluster?: string;
  service?: string;
  /** ECS: whether the target group pair has a test listener. */
  testListener?: boolean;
  /** ECS: wait in Ready (deploymentReadyOption STOP_DEPLOYMENT) until ContinueDeployment reroutes production traffic. */
  waitForReady?: boolean;
  lastSuccessfulDeploymentId?: string;
}

export interface ComputeApplication {
  id: string;
  name: string;
  platform: Platform;
  groups: Map<string, ComputeGroup>;
}

export function readApplications(v: unknown, path: string, platform: Platform): ComputeApplication[] {
  return list(v, path).map((a, i) => {
    const p = `${path}[${i}]`;
    const ao = obj(a, p, ['name', 'deploymentGroups']);
    const name = str(ao.name, `${p}.name`);
    const groups = list(ao.deploymentGroups, `${p}.deploymentGroups`).map((g, j): ComputeGroup => {
      const gp = `${p}.deploymentGroups[${j}]`;
      const ecs = platform === 'ECS';
      const go = obj(g, gp, [
        'name',
        'deploymentConfigName',
        'autoRollback',
        ...(ecs ? ['cluster', 'service', 'testListener', 'waitForReady'] : []),
      ]);
      const gname = str(go.name, `${gp}.name`);
      return {
        id: `${name}-${gname}-0000-0000-000000000000`.slice(0, 36),
        name: gname,
        applicationName: name,
        platform,
        deploymentConfigName: str(
          go.deploymentConfigName,
          `${gp}.deploymentConfigName`,
          ecs ? 'CodeDeployDefault.ECSAllAtOnce' : 'CodeDeployDefault.LambdaAllAtOnce',
        ),
        autoRollback: bool(go.autoRollback, `${gp}.autoRollback`, false),
        ...(ecs
          ? {
              cluster: str(go.cluster, `${gp}.cluster`, 'default'),
              service: str(go.service, `${gp}.service`),
              testListener: bool(go.testListener, `${gp}.testListener`, true),
              waitForReady: bool(go.waitForReady, `${gp}.waitForReady`, false),
            }
          : {}),
      };
    });
    return { id: `${platform.toLowerCase()}-${name}`, name, platform, groups: new Map(groups.map((g) => [g.name, g])) };
  });
}

/**
 * Traffic steps of a deployment configuration: [percent, scenario seconds to wait after it].
 * Canary: one step then all; linear: equal steps; anything else: all at once.
 */
export function trafficSteps(config: string): [number, number][] {
  const canary = /Canary(\d+)Percent(\d+)Minutes?$/.exec(config);
  if (canary)
    return [
      [Number(canary[1]), Number(canary[2]) * 60],
      [100, 0],
    ];
  const linear = /Linear(\d+)PercentEvery(\d+)Minutes?$/.exec(config);
  if (linear) {
    const step = Number(linear[1]);
    const out: [number, number][] = [];
    for (let p = step; p < 100; p += step) out.push([p, Number(linear[2]) * 60]);
    out.push([100, 0]);
    return out;
  }
  return [[100, 0]];
}
