// The read operations of the CodeDeploy model that hookline itself does not call, answered from
// the emulator's state so a user's own `aws deploy …` commands work against `npm run emulator`.
// Shapes follow the API reference; lists page like the other List* operations.
import { cdErr } from './errors.js';
import type { DeploymentConfig } from './configs.js';
import { groupKey, type CodeDeployState, type DeploymentState, type GroupState } from './model.js';
import * as wire from './wire.js';

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;
type Op = (input: Input) => Promise<Output> | Output;

export interface ReadDeps {
  state: CodeDeployState;
  configs: Map<string, DeploymentConfig>;
  app(input: Input): string;
  group(appName: string, input: Input): GroupState;
  deployment(input: Input): DeploymentState;
  page<T>(items: T[], input: Input): { items: T[]; nextToken?: string };
  /** The existing single-item operations the batch ones are made of. */
  ops: Record<string, Op>;
  created: number;
}

const names = (v: unknown, what: string, max = 100): string[] => {
  if (!Array.isArray(v) || v.length === 0) throw cdErr(`${what}RequiredException`, `The ${what} list must not be empty.`);
  if (v.length > max)
    throw cdErr('BatchLimitExceededException', `The maximum number of names or IDs allowed for this request (${max}) was exceeded.`);
  return v.map(String);
};

const paged = (key: string, p: { items: unknown[]; nextToken?: string }): Output => ({
  [key]: p.items,
  ...(p.nextToken ? { nextToken: p.nextToken } : {}),
});

export function readOperations(d: ReadDeps): Record<string, Op> {
  const { state } = d;
  const configInfo = (c: DeploymentConfig): Output => ({
    deploymentConfigId: `00000000-0000-4000-8000-${Buffer.from(c.name).toString('hex').slice(0, 12).padEnd(12, '0')}`,
    deploymentConfigName: c.name,
    minimumHealthyHosts: c.minimumHealthyHosts,
    computePlatform: 'Server',
    createTime: wire.epoch(d.created),
  });
  return {
    ListApplications(input) {
      return paged('applications', d.page([...state.applications.keys()].sort(), input));
    },
    BatchGetApplications(input) {
      return {
        applicationsInfo: names(input.applicationNames, 'ApplicationName').map((n) =>
          wire.applicationInfo(state.applications.get(d.app({ applicationName: n }))!),
        ),
      };
    },
    ListDeploymentGroups(input) {
      const appName = d.app(input);
      const groups = [...state.groups.values()]
        .filter((g) => g.applicationName === appName)
        .map((g) => g.name)
        .sort();
      return { applicationName: appName, ...paged('deploymentGroups', d.page(groups, input)) };
    },
    BatchGetDeploymentGroups(input) {
      const appName = d.app(input);
      const found: Output[] = [];
      const missing: string[] = [];
      for (const n of names(input.deploymentGroupNames, 'DeploymentGroupName')) {
        const g = state.groups.get(groupKey(appName, n));
        if (g) found.push(wire.deploymentGroupInfo(state, g));
        else missing.push(n);
      }
      return {
        deploymentGroupsInfo: found,
        ...(missing.length ? { errorMessage: `Deployment groups not found: ${missing.join(', ')}` } : {}),
      };
    },
    ListDeploymentConfigs(input) {
      return paged('deploymentConfigsList', d.page([...d.configs.keys()].sort(), input));
    },
    GetDeploymentConfig(input) {
      const name = typeof input.deploymentConfigName === 'string' ? input.deploymentConfigName : '';
      if (!name) throw cdErr('DeploymentConfigNameRequiredException', 'The deployment configuration name was not specified.');
      const c = d.configs.get(name);
      if (!c) throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${name}`);
      return { deploymentConfigInfo: configInfo(c) };
    },
    BatchGetDeployments(input) {
      const ids = names(input.deploymentIds, 'DeploymentId', 25);
      return {
        deploymentsInfo: ids.filter((id) => state.deployments.has(id)).map((id) => wire.deploymentInfo(state.deployments.get(id)!)),
      };
    },
    GetDeploymentTarget(input) {
      const dep = d.deployment(input);
      const id = typeof input.targetId === 'string' ? input.targetId : '';
      if (!id) throw cdErr('DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.');
      const t = dep.targets.get(id);
      if (!t) throw cdErr('DeploymentTargetDoesNotExistException', `The deployment target ${id} does not exist in deployment ${dep.id}.`);
      return { deploymentTarget: wire.instanceTarget(dep, t) };
    },
    GetDeploymentInstance(input) {
      const dep = d.deployment(input);
      const id = typeof input.instanceId === 'string' ? input.instanceId : '';
      if (!id) throw cdErr('InstanceIdRequiredException', 'The instance ID was not specified.');
      const t = dep.targets.get(id);
      if (!t) throw cdErr('InstanceDoesNotExistException', `The instance ${id} does not exist in deployment ${dep.id}.`);
      return { instanceSummary: wire.instanceSummary(dep, t) };
    },
    ListApplicationRevisions(input) {
      const appName = d.app(input);
      const revs = [...state.revisions.values()].filter((r) => r.applicationName === appName);
      const order = input.sortOrder === 'descending' ? -1 : 1;
      const by = (input.sortBy as string | undefined) ?? 'registerTime';
      const key = (r: (typeof revs)[number]): number =>
        (by === 'firstUsedTime' ? r.firstUsedTime : by === 'lastUsedTime' ? r.lastUsedTime : r.registerTime) ?? 0;
      revs.sort((a, b) => (key(a) - key(b)) * order);
      const bucket = input.s3Bucket as string | undefined;
      const prefix = input.s3KeyPrefix as string | undefined;
      const filtered = revs.filter((r) => (!bucket || r.location.bucket === bucket) && (!prefix || r.location.key.startsWith(prefix)));
      return paged('revisions', {
        ...d.page(
          filtered.map((r) => wire.revisionLocation(r.location)),
          input,
        ),
      });
    },
    async BatchGetApplicationRevisions(input) {
      const appName = d.app(input);
      const revisions = input.revisions as unknown[] | undefined;
      if (!Array.isArray(revisions) || revisions.length === 0) throw cdErr('RevisionRequiredException', 'A revision must be specified.');
      const infos: Output[] = [];
      for (const revision of revisions) {
        const one = (await d.ops.GetApplicationRevision!({ applicationName: appName, revision })) as {
          revision: Output;
          revisionInfo: Output;
        };
        infos.push({ revisionLocation: one.revision, genericRevisionInfo: one.revisionInfo });
      }
      return { applicationName: appName, revisions: infos };
    },
    ListOnPremisesInstances(input) {
      // Emulated instances are EC2 instances: there are no registered on-premises ones.
      return paged('instanceNames', d.page([], input));
    },
    BatchGetOnPremisesInstances(input) {
      names(input.instanceNames, 'InstanceName');
      return { instanceInfos: [] };
    },
    GetOnPremisesInstance(input) {
      const name = typeof input.instanceName === 'string' ? input.instanceName : '';
      if (!name) throw cdErr('InstanceNameRequiredException', 'An on-premises instance name was not specified.');
      throw cdErr('InstanceNotRegisteredException', `The on-premises instance ${name} is not registered.`);
    },
    ListGitHubAccountTokenNames() {
      return { tokenNameList: [] };
    },
    ListTagsForResource(input) {
      if (typeof input.ResourceArn !== 'string' || !input.ResourceArn)
        throw cdErr('ResourceArnRequiredException', 'The ARN of a resource is required.');
      return { Tags: [] };
    },
  };
}
