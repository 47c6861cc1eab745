// In-memory CodeDeploy state: plain data, inspectable by tests through Emulator.state.
import type { BlueGreenSpec, DeploymentOption, DeploymentType, InlineFile } from '../scenario.js';

export type DeploymentStatus = 'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Succeeded' | 'Failed' | 'Stopped' | 'Ready';
export type TargetStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown' | 'Ready';
export type EventStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown';
export type LifecycleErrorCode = 'Success' | 'ScriptMissing' | 'ScriptNotExecutable' | 'ScriptTimedOut' | 'ScriptFailed' | 'UnknownError';

export interface S3Revision {
  bucket: string;
  key: string;
  bundleType: 'zip' | 'tar' | 'tgz';
  version?: string;
  eTag?: string;
}

export interface Diagnostics {
  errorCode: LifecycleErrorCode;
  scriptName: string;
  message: string;
  logTail: string;
}

export interface LifecycleEventState {
  name: string;
  status: EventStatus;
  startTime?: number;
  endTime?: number;
  diagnostics?: Diagnostics;
}

export interface TargetState {
  id: string;
  label?: 'Blue' | 'Green';
  status: TargetStatus;
  lastUpdatedAt: number;
  events: LifecycleEventState[];
}

export interface ApplicationState {
  id: string;
  name: string;
  createTime: number;
}

export interface GroupState {
  id: string;
  name: string;
  applicationName: string;
  deploymentConfigName: string;
  deploymentType: DeploymentType;
  deploymentOption: DeploymentOption;
  instances: string[];
  loadBalancer: boolean;
  serviceRoleArn: string;
  /** Groups made by CreateDeploymentGroup: the tag filters they were given (scenario groups report codedeploy-group=<name>). */
  ec2TagFilters?: EC2TagFilter[];
  /** CreateDeploymentGroup's ec2TagSet (lists ANDed, filters within a list ORed), kept as given. */
  ec2TagSet?: EC2TagFilter[][];
  autoRollback?: { enabled: boolean; events: string[] };
  blueGreen?: BlueGreenSpec;
  previousRevision?: { deploymentId: string; files: Record<string, InlineFile> };
  lastSuccessfulDeploymentId?: string;
  lastAttemptedDeploymentId?: string;
  /** Revision of the last successful deployment (auto-rollback redeploys it). */
  lastSuccessfulRevision?: S3Revision;
  /** The alarms the scenario's cloudwatch section attaches to this group (cloudwatch/alarms.ts). */
  alarmConfiguration?: { enabled: boolean; ignorePollAlarmFailure: boolean; alarms: { name: string }[] };
}

export interface EC2TagFilter {
  Key?: string;
  Value?: string;
  Type: 'KEY_ONLY' | 'VALUE_ONLY' | 'KEY_AND_VALUE';
}

/** The one tag every emulated instance carries: codedeploy-group=<the scenario group it was listed in>. */
export const INSTANCE_TAG_KEY = 'codedeploy-group';

export interface RevisionState {
  applicationName: string;
  location: S3Revision;
  description?: string;
  registerTime: number;
  firstUsedTime?: number;
  lastUsedTime?: number;
  deploymentGroups: Set<string>;
}

export interface DeploymentState {
  id: string;
  applicationName: string;
  groupName: string;
  groupId: string;
  deploymentConfigName: string;
  revision: S3Revision;
  previousRevision?: S3Revision;
  status: DeploymentStatus;
  createTime: number;
  startTime?: number;
  completeTime?: number;
  creator: 'user' | 'codeDeployRollback';
  description?: string;
  ignoreApplicationStopFailures: boolean;
  fileExistsBehavior: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
  autoRollbackConfiguration?: { enabled: boolean; events: string[] };
  /** CreateDeployment's updateOutdatedInstancesOnly (outdated.ts). */
  updateOutdatedInstancesOnly?: boolean;
  deploymentType: DeploymentType;
  deploymentOption: DeploymentOption;
  blueGreen?: BlueGreenSpec;
  errorInformation?: { code: string; message: string };
  /** Blue/green: what became of the original instances (termination.ts). */
  originals?: { action: 'TERMINATE' | 'KEEP_ALIVE'; waitStartedAt?: number; terminatedAt?: number };
  /** deploymentStatusMessages. */
  statusMessages?: string[];
  /** SkipWaitTimeForInstanceTermination was called: terminate without waiting. */
  skipTerminationWait?: boolean;
  rollbackInfo?: { rollbackDeploymentId?: string; rollbackTriggeringDeploymentId?: string; rollbackMessage?: string };
  targets: Map<string, TargetState>;
  /** StopDeployment(autoRollbackEnabled): roll back once stopped. */
  rollbackOnStop?: boolean;
  /** Stuck deployments made by the activeDeployment fault never run. */
  synthetic?: boolean;
}

export interface CodeDeployState {
  applications: Map<string, ApplicationState>;
  /** Keyed by `${application}/${group}`. */
  groups: Map<string, GroupState>;
  revisions: Map<string, RevisionState>;
  deployments: Map<string, DeploymentState>;
  /** Deployment ids, newest first. */
  order: string[];
  /** Instance id → its Availability Zone (scenario groups' availabilityZones; replacements take their original's). */
  instanceZones: Map<string, string>;
}

export const groupKey = (app: string, group: string): string => `${app}/${group}`;

export const revisionKey = (app: string, r: S3Revision): string =>
  `${app}|${r.bucket}|${r.key}|${r.bundleType}|${r.version ?? ''}|${r.eTag ?? ''}`;

export const ACTIVE_STATUSES: ReadonlySet<DeploymentStatus> = new Set(['Created', 'Queued', 'InProgress', 'Baking', 'Ready']);
