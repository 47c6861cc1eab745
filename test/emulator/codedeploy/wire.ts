// State → the API's JSON shapes (botocore's codedeploy/2014-10-06 model). Timestamps are epoch
// seconds: the SDK fails to parse ISO strings in awsJson1_1.
import type {
  ApplicationState,
  CodeDeployState,
  DeploymentState,
  GroupState,
  LifecycleEventState,
  S3Revision,
  TargetState,
} from './model.js';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

export const epoch = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : Math.round(ms) / 1000);

/** Drop undefined members so the JSON carries only what AWS would send. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export function revisionLocation(r: S3Revision): Record<string, unknown> {
  return {
    revisionType: 'S3',
    s3Location: compact({ bucket: r.bucket, key: r.key, bundleType: r.bundleType, version: r.version, eTag: r.eTag }),
  };
}

export function applicationInfo(a: ApplicationState): Record<string, unknown> {
  return {
    applicationId: a.id,
    applicationName: a.name,
    createTime: epoch(a.createTime),
    linkedToGitHub: false,
    computePlatform: 'Server',
  };
}

function lastDeploymentInfo(state: CodeDeployState, id: string | undefined): Record<string, unknown> | undefined {
  const d = id ? state.deployments.get(id) : undefined;
  if (!d) return undefined;
  return compact({ deploymentId: d.id, status: d.status, endTime: epoch(d.completeTime), createTime: epoch(d.createTime) });
}

function blueGreenConfiguration(g: { blueGreen?: GroupState['blueGreen'] }): Record<string, unknown> | undefined {
  if (!g.blueGreen) return undefined;
  return {
    terminateBlueInstancesOnDeploymentSuccess: {
      action: g.blueGreen.terminationAction,
      terminationWaitTimeInMinutes: g.blueGreen.terminationWaitTimeInMinutes,
    },
    deploymentReadyOption: { actionOnTimeout: g.blueGreen.actionOnTimeout, waitTimeInMinutes: g.blueGreen.waitTimeInMinutes },
    greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' },
  };
}

export function deploymentGroupInfo(state: CodeDeployState, g: GroupState): Record<string, unknown> {
  return compact({
    applicationName: g.applicationName,
    deploymentGroupId: g.id,
    deploymentGroupName: g.name,
    deploymentConfigName: g.deploymentConfigName,
    ec2TagFilters: g.ec2TagFilters ?? (g.ec2TagSet ? [] : [{ Key: 'codedeploy-group', Value: g.name, Type: 'KEY_AND_VALUE' }]),
    ec2TagSet: g.ec2TagSet ? { ec2TagSetList: g.ec2TagSet } : undefined,
    onPremisesInstanceTagFilters: [],
    autoScalingGroups: [],
    serviceRoleArn: g.serviceRoleArn,
    targetRevision: g.lastSuccessfulRevision ? revisionLocation(g.lastSuccessfulRevision) : undefined,
    triggerConfigurations: [],
    alarmConfiguration: g.alarmConfiguration ?? { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
    autoRollbackConfiguration: g.autoRollback
      ? { enabled: g.autoRollback.enabled, events: g.autoRollback.events }
      : { enabled: false, events: [] },
    deploymentStyle: { deploymentType: g.deploymentType, deploymentOption: g.deploymentOption },
    outdatedInstancesStrategy: 'UPDATE',
    blueGreenDeploymentConfiguration: blueGreenConfiguration(g),
    loadBalancerInfo: g.loadBalancer ? { targetGroupInfoList: [{ name: `${g.name}-tg` }] } : undefined,
    lastSuccessfulDeployment: lastDeploymentInfo(state, g.lastSuccessfulDeploymentId),
    lastAttemptedDeployment: lastDeploymentInfo(state, g.lastAttemptedDeploymentId),
    computePlatform: 'Server',
    terminationHookEnabled: false,
  });
}

export function overview(d: DeploymentState): Record<string, number> {
  const o = { Pending: 0, InProgress: 0, Succeeded: 0, Failed: 0, Skipped: 0, Ready: 0 };
  for (const t of d.targets.values()) {
    if (t.status in o) o[t.status as keyof typeof o]++;
  }
  return o;
}

export function deploymentInfo(d: DeploymentState): Record<string, unknown> {
  return compact({
    applicationName: d.applicationName,
    deploymentGroupName: d.groupName,
    deploymentConfigName: d.deploymentConfigName,
    deploymentId: d.id,
    previousRevision: d.previousRevision ? revisionLocation(d.previousRevision) : undefined,
    revision: revisionLocation(d.revision),
    status: d.status,
    errorInformation: d.errorInformation,
    createTime: epoch(d.createTime),
    startTime: epoch(d.startTime),
    completeTime: epoch(d.completeTime),
    deploymentOverview: overview(d),
    description: d.description,
    creator: d.creator,
    ignoreApplicationStopFailures: d.ignoreApplicationStopFailures,
    autoRollbackConfiguration: d.autoRollbackConfiguration,
    updateOutdatedInstancesOnly: d.updateOutdatedInstancesOnly ?? false,
    rollbackInfo: d.rollbackInfo,
    deploymentStyle: { deploymentType: d.deploymentType, deploymentOption: d.deploymentOption },
    targetInstances: d.deploymentType === 'BLUE_GREEN' ? { tagFilters: [], autoScalingGroups: [] } : undefined,
    instanceTerminationWaitTimeStarted: d.originals?.waitStartedAt !== undefined,
    blueGreenDeploymentConfiguration: blueGreenConfiguration(d),
    loadBalancerInfo: undefined,
    fileExistsBehavior: d.fileExistsBehavior,
    deploymentStatusMessages: d.statusMessages ?? [],
    computePlatform: 'Server',
  });
}

export function lifecycleEvent(e: LifecycleEventState): Record<string, unknown> {
  return compact({
    lifecycleEventName: e.name,
    diagnostics: e.diagnostics,
    startTime: epoch(e.startTime),
    endTime: epoch(e.endTime),
    status: e.status,
  });
}

export function instanceTarget(d: DeploymentState, t: TargetState): Record<string, unknown> {
  return {
    deploymentTargetType: 'InstanceTarget',
    instanceTarget: compact({
      deploymentId: d.id,
      targetId: t.id,
      targetArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${t.id}`,
      status: t.status,
      lastUpdatedAt: epoch(t.lastUpdatedAt),
      lifecycleEvents: t.events.map(lifecycleEvent),
      instanceLabel: t.label,
    }),
  };
}

export function instanceSummary(d: DeploymentState, t: TargetState): Record<string, unknown> {
  return compact({
    deploymentId: d.id,
    instanceId: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${t.id}`,
    status: t.status,
    lastUpdatedAt: epoch(t.lastUpdatedAt),
    lifecycleEvents: t.events.map(lifecycleEvent),
    instanceType: t.label,
  });
}
