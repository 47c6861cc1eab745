// In-memory state of the emulated Elastic Beanstalk service, and its rendering into the API's shapes.
import type { XmlObject } from './protocol.js';
import type { InstanceLogs } from './logs.js';
import type { BeanstalkEnvironmentFaults, EnvironmentStatus, HealthColor, HealthStatus, ScenarioOptionSetting } from './scenario.js';

export type VersionStatus = 'PROCESSED' | 'UNPROCESSED' | 'FAILED' | 'PROCESSING' | 'BUILDING';
export type Severity = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';
export const SEVERITY_ORDER: Severity[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

export interface ApplicationRec {
  name: string;
  description?: string;
  arn: string;
  created: number;
  updated: number;
  versions: Map<string, VersionRec>;
  templates: Map<string, TemplateRec>;
}

export interface VersionRec {
  application: string;
  label: string;
  description?: string;
  bucket: string;
  key: string;
  status: VersionStatus;
  created: number;
  updated: number;
  arn: string;
  /** Why processing failed (also sent as an event). */
  failure?: string;
}

export interface TemplateRec {
  name: string;
  solutionStack?: string;
  platformArn?: string;
  description?: string;
  optionSettings: ScenarioOptionSetting[];
}

export interface InstanceRec {
  id: string;
  az: string;
  type: string;
  launchedAt: number;
  leader: boolean;
  dir: string;
  versionLabel?: string;
  deploymentId?: number;
  deploymentStatus?: 'Deployed' | 'Failed' | 'In Progress';
  deploymentTime?: number;
  healthStatus: HealthStatus;
  color: HealthColor;
  causes: string[];
  logs: InstanceLogs;
}

export interface Operation {
  kind: 'launch' | 'deploy' | 'config' | 'midUpdate' | 'swap' | 'terminate' | 'abort';
  abortable: boolean;
  controller: AbortController;
  requestId: string;
  /** The version a deploy or launch is putting on the instances. */
  versionLabel?: string;
  /** Instance versions before the operation, for an abort's rollback. */
  previous?: { versionLabel?: string; instances: Map<string, string | undefined>; health: HealthColor; healthStatus: HealthStatus };
}

export interface EnvironmentRec {
  id: string;
  name: string;
  application: string;
  versionLabel?: string;
  solutionStack?: string;
  platformArn?: string;
  templateName?: string;
  description?: string;
  cnamePrefix: string;
  cname: string;
  endpointUrl: string;
  created: number;
  updated: number;
  status: EnvironmentStatus;
  health: HealthColor;
  healthStatus: HealthStatus;
  causes: string[];
  arn: string;
  tier: { Name: string; Type: string; Version: string };
  instances: InstanceRec[];
  optionSettings: ScenarioOptionSetting[];
  faults: BeanstalkEnvironmentFaults;
  deploymentCounter: number;
  op?: Operation;
  terminatedAt?: number;
  /** Round-robin cursor of the live URL over the instances. */
  rr: number;
}

export interface EventRec {
  date: number;
  message: string;
  severity: Severity;
  application?: string;
  versionLabel?: string;
  templateName?: string;
  environmentName?: string;
  environmentId?: string;
  platformArn?: string;
  requestId?: string;
}

export interface InfoEntry {
  infoType: 'tail' | 'bundle';
  instanceId: string;
  sampleTimestamp: number;
  url: string;
  environmentId: string;
}

export interface CallRecord {
  at: number;
  operation: string;
  params: Record<string, string>;
  requestId: string;
  error?: string;
}

export function optionSettingsOf(env: EnvironmentRec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of env.optionSettings) {
    if (o.namespace === 'aws:elasticbeanstalk:application:environment') out[o.optionName] = o.value;
  }
  return out;
}

export function environmentXml(env: EnvironmentRec): XmlObject {
  return {
    EnvironmentName: env.name,
    EnvironmentId: env.id,
    ApplicationName: env.application,
    VersionLabel: env.versionLabel,
    SolutionStackName: env.solutionStack,
    PlatformArn: env.platformArn,
    TemplateName: env.templateName,
    Description: env.description,
    EndpointURL: env.status === 'Terminated' ? undefined : env.endpointUrl,
    CNAME: env.cname,
    DateCreated: new Date(env.created),
    DateUpdated: new Date(env.updated),
    Status: env.status,
    AbortableOperationInProgress: env.op?.abortable ?? false,
    Health: env.health,
    HealthStatus: env.healthStatus,
    Tier: env.tier,
    EnvironmentLinks: [],
    EnvironmentArn: env.arn,
  };
}

export function versionXml(v: VersionRec): XmlObject {
  return {
    ApplicationVersionArn: v.arn,
    ApplicationName: v.application,
    Description: v.description,
    VersionLabel: v.label,
    SourceBundle: { S3Bucket: v.bucket, S3Key: v.key },
    DateCreated: new Date(v.created),
    DateUpdated: new Date(v.updated),
    Status: v.status,
  };
}

export function applicationXml(a: ApplicationRec): XmlObject {
  return {
    ApplicationArn: a.arn,
    ApplicationName: a.name,
    Description: a.description,
    DateCreated: new Date(a.created),
    DateUpdated: new Date(a.updated),
    Versions: [...a.versions.values()].sort((x, y) => y.created - x.created).map((v) => v.label),
    ConfigurationTemplates: [...a.templates.keys()],
    ResourceLifecycleConfig: { VersionLifecycleConfig: {} },
  };
}

export function eventXml(e: EventRec): XmlObject {
  return {
    EventDate: new Date(e.date),
    Message: e.message,
    ApplicationName: e.application,
    VersionLabel: e.versionLabel,
    TemplateName: e.templateName,
    EnvironmentName: e.environmentName,
    PlatformArn: e.platformArn,
    RequestId: e.requestId,
    Severity: e.severity,
  };
}

export function colorOf(status: HealthStatus): HealthColor {
  switch (status) {
    case 'Ok':
    case 'Info':
      return 'Green';
    case 'Warning':
      return 'Yellow';
    case 'Degraded':
    case 'Severe':
      return 'Red';
    default:
      return 'Grey';
  }
}

/** `64bit Amazon Linux 2023 v6.1.0 running Node.js 20` → its platform ARN. */
export function platformArnFor(region: string, stack: string): string {
  const m = /^(64bit .+?) v(\d+\.\d+\.\d+) running (.+)$/.exec(stack);
  if (!m) return `arn:aws:elasticbeanstalk:${region}::platform/${stack}`;
  return `arn:aws:elasticbeanstalk:${region}::platform/${m[3]} running on ${m[1]}/${m[2]}`;
}

export function isAl2023(env: EnvironmentRec): boolean {
  return /Amazon Linux 2023/.test(env.solutionStack ?? '') || /Amazon Linux 2023/.test(env.platformArn ?? '');
}
