// CodeDeploy for the ECS and Lambda compute platforms, in front of the EC2 service: operations
// that name an ECS/Lambda application, group or deployment are answered here; everything else
// goes on to the EC2 CodeDeploy service untouched.
import { createHash, randomUUID } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { ServiceRequest, ServiceResponse } from '../types.js';
import type { CodeDeployService } from '../codedeploy/service.js';
import { CodeDeployError, cdErr } from '../codedeploy/errors.js';
import { activeDeployment } from '../codedeploy/messages.js';
import type { EcsState } from '../ecs/model.js';
import { targetGroupArn } from '../ecs/model.js';
import { functionArn, type LambdaState } from '../lambda/model.js';
import { ACCOUNT, REGION } from './check.js';
import type { ComputeApplication, ComputeGroup } from './apps.js';
import { ComputeRun, ECS_EVENTS, LAMBDA_EVENTS, type ComputeDeployment, type EventState } from './deployment.js';
import type { Clock } from '../types.js';

type Input = Record<string, unknown>;
const epoch = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : Math.round(ms) / 1000);
const ACTIVE = new Set(['Created', 'InProgress', 'Ready']);

export interface ComputeState {
  applications: Map<string, ComputeApplication>;
  deployments: Map<string, ComputeDeployment>;
}

function newId(): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return `d-${Array.from({ length: 9 }, () => a[Math.floor(Math.random() * a.length)]).join('')}`;
}

export function withComputePlatforms(
  inner: CodeDeployService,
  apps: ComputeApplication[],
  deps: { clock: Clock; ecs: EcsState; lambda: LambdaState },
): CodeDeployService & { compute: ComputeState } {
  const state: ComputeState = { applications: new Map(apps.map((a) => [a.name, a])), deployments: new Map() };
  const runs = new Map<string, ComputeRun>();
  const running = new Set<Promise<void>>();

  const appOf = (input: Input) => state.applications.get(String(input.applicationName ?? ''));
  const groupOf = (app: ComputeApplication, input: Input): ComputeGroup => {
    const g = app.groups.get(String(input.deploymentGroupName ?? ''));
    if (!g) throw cdErr('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${String(input.deploymentGroupName)}`);
    return g;
  };
  const deploymentOf = (input: Input) => state.deployments.get(String(input.deploymentId ?? ''));

  function groupInfo(g: ComputeGroup): Input {
    const ecs = g.platform === 'ECS';
    return {
      applicationName: g.applicationName,
      deploymentGroupId: g.id,
      deploymentGroupName: g.name,
      deploymentConfigName: g.deploymentConfigName,
      serviceRoleArn: `arn:aws:iam::${ACCOUNT}:role/CodeDeployServiceRole`,
      computePlatform: g.platform,
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      autoRollbackConfiguration: { enabled: g.autoRollback, events: g.autoRollback ? ['DEPLOYMENT_FAILURE'] : [] },
      ...(ecs
        ? {
            ecsServices: [{ serviceName: g.service, clusterName: g.cluster }],
            loadBalancerInfo: {
              targetGroupPairInfoList: [
                {
                  targetGroups: [{ name: `${g.service}-blue` }, { name: `${g.service}-green` }],
                  prodTrafficRoute: { listenerArns: [`arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/${g.service}/1/80`] },
                  ...(g.testListener
                    ? {
                        testTrafficRoute: {
                          listenerArns: [`arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/${g.service}/1/8080`],
                        },
                      }
                    : {}),
                },
              ],
            },
            blueGreenDeploymentConfiguration: {
              terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 0 },
              deploymentReadyOption: g.waitForReady
                ? { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 }
                : { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
            },
          }
        : {}),
    };
  }

  function targetJson(d: ComputeDeployment): Input {
    const t = d.target;
    const events = t.events.map((e: EventState) => ({
      lifecycleEventName: e.name,
      status: e.status,
      ...(e.startTime ? { startTime: epoch(e.startTime) } : {}),
      ...(e.endTime ? { endTime: epoch(e.endTime) } : {}),
      ...(e.diagnostics ? { diagnostics: e.diagnostics } : {}),
    }));
    const common = { deploymentId: d.id, targetId: t.id, status: t.status, lastUpdatedAt: epoch(t.lastUpdatedAt), lifecycleEvents: events };
    if (d.platform === 'Lambda') {
      const [fn, alias] = t.id.split(':') as [string, string];
      return {
        deploymentTargetType: 'LambdaTarget',
        lambdaTarget: {
          ...common,
          targetArn: functionArn(fn, alias),
          ...(d.lambda
            ? {
                lambdaFunctionInfo: {
                  functionName: fn,
                  functionAlias: alias,
                  currentVersion: d.lambda.current,
                  targetVersion: d.lambda.target,
                  targetVersionWeight: d.lambda.weight / 100,
                },
              }
            : {}),
        },
      };
    }
    const [cluster, service] = t.id.split(':') as [string, string];
    const svc = deps.ecs.service(cluster, service);
    return {
      deploymentTargetType: 'ECSTarget',
      ecsTarget: {
        ...common,
        targetArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${cluster}/${service}`,
        taskSetsInfo: (svc?.taskSets ?? []).map((s) => ({
          identifer: s.id,
          desiredCount: svc?.desiredCount,
          pendingCount: 0,
          runningCount: s.runningCount,
          status: s.status,
          trafficWeight: s.trafficWeight,
          targetGroup: { name: targetGroupArn(service, s.targetGroup).split('/')[1] },
          taskSetLabel: s.targetGroup === 'blue' ? 'Blue' : 'Green',
        })),
      },
    };
  }

  function deploymentJson(d: ComputeDeployment): Input {
    const o = { Pending: 0, InProgress: 0, Succeeded: 0, Failed: 0, Skipped: 0, Ready: 0 };
    o[d.target.status === 'Pending' ? 'Pending' : d.target.status] += 1;
    return {
      applicationName: d.applicationName,
      deploymentGroupName: d.groupName,
      deploymentConfigName: d.deploymentConfigName,
      deploymentId: d.id,
      computePlatform: d.platform,
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: d.content, sha256: d.sha256 } },
      status: d.status,
      createTime: epoch(d.createTime),
      ...(d.startTime ? { startTime: epoch(d.startTime) } : {}),
      ...(d.completeTime ? { completeTime: epoch(d.completeTime) } : {}),
      creator: 'user',
      ...(d.description !== undefined ? { description: d.description } : {}),
      deploymentOverview: o,
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      ...(d.errorInformation ? { errorInformation: d.errorInformation } : {}),
      ...(d.rollbackInfo ? { rollbackInfo: d.rollbackInfo } : {}),
      ...(d.autoRollback ? { autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] } } : {}),
    };
  }

  function create(app: ComputeApplication, input: Input): Input {
    const g = groupOf(app, input);
    const r = (input.revision ?? {}) as Input;
    if (r.revisionType !== 'AppSpecContent')
      throw cdErr('InvalidRevisionException', `The revision type must be AppSpecContent for the ${app.platform} compute platform.`);
    const content = String((r.appSpecContent as Input | undefined)?.content ?? '');
    if (!content) throw cdErr('InvalidRevisionException', 'The AppSpec content must be specified.');
    const sha = createHash('sha256').update(content, 'utf8').digest('hex');
    const given = (r.appSpecContent as Input).sha256;
    if (given !== undefined && given !== sha)
      throw cdErr('InvalidRevisionException', 'The sha256 of the AppSpec content does not match its content.');
    const active = [...state.deployments.values()].find(
      (d) => d.applicationName === app.name && d.groupName === g.name && ACTIVE.has(d.status),
    );
    if (active) throw cdErr('DeploymentLimitExceededException', activeDeployment(g.name, active.id));
    let id = newId();
    while (state.deployments.has(id)) id = newId();
    const arc = input.autoRollbackConfiguration as { enabled?: boolean } | undefined;
    const now = deps.clock.now();
    const targetId = app.platform === 'ECS' ? `${g.cluster}:${g.service}` : lambdaTargetId(content);
    const d: ComputeDeployment = {
      id,
      platform: app.platform,
      applicationName: app.name,
      groupName: g.name,
      deploymentConfigName: typeof input.deploymentConfigName === 'string' ? input.deploymentConfigName : g.deploymentConfigName,
      content,
      sha256: sha,
      ...(input.description !== undefined ? { description: String(input.description) } : {}),
      status: 'Created',
      createTime: now,
      autoRollback: arc?.enabled ?? g.autoRollback,
      target: {
        id: targetId,
        status: 'Pending',
        lastUpdatedAt: now,
        events: (app.platform === 'ECS' ? ECS_EVENTS : LAMBDA_EVENTS).map((name) => ({ name, status: 'Pending' as const })),
      },
    };
    state.deployments.set(id, d);
    const run = new ComputeRun(d, g, deps);
    runs.set(id, run);
    const p = run.run().finally(() => {
      running.delete(p);
      runs.delete(id);
    });
    running.add(p);
    return { deploymentId: id };
  }

  /** The answer for an ECS/Lambda request, or undefined to pass it on to the EC2 service. */
  function answer(op: string, input: Input): Input | undefined {
    const app = appOf(input);
    const d = deploymentOf(input);
    switch (op) {
      case 'GetApplication':
        return (
          app && {
            application: {
              applicationId: app.id,
              applicationName: app.name,
              createTime: epoch(deps.clock.now()),
              linkedToGitHub: false,
              computePlatform: app.platform,
            },
          }
        );
      case 'GetDeploymentGroup':
        return app && { deploymentGroupInfo: groupInfo(groupOf(app, input)) };
      case 'CreateDeployment':
        return app && create(app, input);
      case 'ListDeployments': {
        if (!app) return undefined;
        const g = input.deploymentGroupName !== undefined ? groupOf(app, input) : undefined;
        const statuses = input.includeOnlyStatuses as string[] | undefined;
        const start = (input.createTimeRange as { start?: number } | undefined)?.start;
        const ids = [...state.deployments.values()]
          .filter((x) => x.applicationName === app.name && (!g || x.groupName === g.name))
          .filter((x) => !statuses?.length || statuses.includes(x.status))
          .filter((x) => start === undefined || x.createTime >= start * 1000)
          .reverse()
          .map((x) => x.id);
        return { deployments: ids };
      }
      case 'GetDeployment':
        return d && { deploymentInfo: deploymentJson(d) };
      case 'ListDeploymentTargets':
        return d && { targetIds: [d.target.id] };
      case 'BatchGetDeploymentTargets':
        return (
          d && {
            deploymentTargets: ((input.targetIds as string[] | undefined) ?? []).filter((t) => t === d.target.id).map(() => targetJson(d)),
          }
        );
      case 'StopDeployment': {
        if (!d) return undefined;
        if (!ACTIVE.has(d.status)) throw cdErr('DeploymentAlreadyCompletedException', `Deployment ${d.id} has already completed.`);
        runs.get(d.id)?.requestStop(input.autoRollbackEnabled === true);
        return { status: 'Pending', statusMessage: 'Stopping Pending.' };
      }
      case 'ContinueDeployment': {
        if (!d) return undefined;
        if (d.status !== 'Ready') throw cdErr('DeploymentIsNotInReadyStateException', `Deployment ${d.id} is not in Ready state.`);
        runs.get(d.id)?.continueDeployment();
        return {};
      }
      default:
        return undefined;
    }
  }

  return {
    ...inner,
    compute: state,
    async handle(req: ServiceRequest): Promise<ServiceResponse> {
      const target = req.headers['x-amz-target'] ?? '';
      const op = target.slice(target.indexOf('.') + 1);
      let input: Input;
      try {
        input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Input) : {};
      } catch {
        return inner.handle(req);
      }
      const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() };
      try {
        const out = answer(op, input);
        if (out === undefined) return inner.handle(req);
        return { status: 200, headers, body: JSON.stringify(out) };
      } catch (err) {
        if (!(err instanceof CodeDeployError)) throw err;
        return {
          status: err.status,
          headers: { ...headers, 'x-amzn-errortype': err.type },
          body: JSON.stringify({ __type: err.type, message: err.message }),
        };
      }
    },
    async idle() {
      await inner.idle();
      while (running.size) await Promise.all([...running]);
    },
    async close() {
      for (const r of runs.values()) r.requestStop(false);
      await Promise.allSettled([...running]);
      await inner.close();
    },
  };
}

/** function:alias of a Lambda AppSpec, for the target id (before the run validates it). */
function lambdaTargetId(content: string): string {
  let props: Input = {};
  try {
    const doc = parseYaml(content) as { Resources?: Record<string, { Properties?: Input }>[] };
    props = Object.values(doc?.Resources?.[0] ?? {})[0]?.Properties ?? {};
  } catch {
    // an unparsable AppSpec fails in the run; the target keeps a placeholder id
  }
  return `${String(props.Name ?? 'function')
    .split(':')
    .pop()}:${String(props.Alias ?? 'alias')}`;
}
