// The Elastic Beanstalk read operations hookline does not need for a release, answered from the
// emulator's state so a user's own `aws elasticbeanstalk …` commands work against the emulator.
// Shapes follow the API reference (awsQuery: the service wraps the result in <XResult>).
import { platformArnFor, type ApplicationRec, type EnvironmentRec } from './model.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';
import { PlatformBranches } from './platforms.js';

export interface BeanstalkReadDeps {
  region: string;
  accountId: string;
  now(): number;
  app(name: string | undefined): ApplicationRec;
  env(p: QueryParams): EnvironmentRec;
  liveEnvs(): EnvironmentRec[];
  /** The scenario's `platformBranches` (platforms.ts). */
  platformBranches?: unknown;
}

type Handler = (p: QueryParams) => XmlObject | undefined;

/** "64bit Amazon Linux 2023 v6.1.0 running Node.js 20" → branch "Node.js 20 running on 64bit Amazon Linux 2023", version 6.1.0 (the shape model.ts platformArnFor reads). */
export function platformOf(stack: string): { branch: string; version: string; family: string; os: string } {
  const m = /^(64bit .+?) v(\d+\.\d+\.\d+) running (.+)$/.exec(stack);
  if (!m) return { branch: stack, version: '1.0.0', family: stack, os: 'Amazon Linux' };
  const [, os, version, runtime] = m as unknown as [string, string, string, string];
  return { branch: `${runtime} running on ${os}`, version, family: runtime.split(' ')[0] ?? runtime, os };
}

export function beanstalkReadOperations(d: BeanstalkReadDeps): Record<string, Handler> {
  const stacks = (): string[] => [...new Set(d.liveEnvs().flatMap((e) => (e.solutionStack ? [e.solutionStack] : [])))].sort();
  // The same ARN the environments carry (model.ts), so DescribePlatformVersion finds theirs.
  const platformArn = (stack: string): string => platformArnFor(d.region, stack);
  const branches = new PlatformBranches(d.platformBranches);
  const summary = (stack: string): XmlObject => {
    const p = platformOf(stack);
    return {
      PlatformArn: platformArn(stack),
      PlatformOwner: 'AWSElasticBeanstalk',
      PlatformStatus: 'Ready',
      PlatformCategory: p.family,
      OperatingSystemName: p.os,
      SupportedTierList: ['WebServer/Standard', 'Worker/SQS/HTTP'],
      PlatformLifecycleState: 'Recommended',
      PlatformVersion: p.version,
      PlatformBranchName: p.branch,
      PlatformBranchLifecycleState: branches.stateOf(p.branch),
    };
  };
  return {
    CheckDNSAvailability(p) {
      const prefix = p.str('CNAMEPrefix');
      if (!prefix) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter CNAMEPrefix.');
      const taken = d.liveEnvs().some((e) => e.cnamePrefix === prefix);
      return { Available: !taken, FullyQualifiedCNAME: `${prefix}.${d.region}.elasticbeanstalk.com` };
    },
    DescribeAccountAttributes() {
      return {
        ResourceQuotas: {
          ApplicationQuota: { Maximum: 75 },
          ApplicationVersionQuota: { Maximum: 1000 },
          EnvironmentQuota: { Maximum: 200 },
        },
      };
    },
    DescribeEnvironmentResources(p) {
      const e = d.env(p);
      return {
        EnvironmentResources: {
          EnvironmentName: e.name,
          AutoScalingGroups: [{ Name: `awseb-${e.id}-stack-AWSEBAutoScalingGroup` }],
          Instances: e.instances.map((i) => ({ Id: i.id })),
          LaunchConfigurations: [],
          LaunchTemplates: [{ Id: `lt-0${e.id.replace(/\W/g, '').slice(0, 16).padEnd(16, '0')}` }],
          LoadBalancers: [{ Name: `awseb-${e.id}-AWSEBLoa` }],
          Triggers: [],
          Queues: [],
        },
      };
    },
    DescribeEnvironmentManagedActions(p) {
      d.env(p);
      return { ManagedActions: [] };
    },
    DescribeEnvironmentManagedActionHistory(p) {
      d.env(p);
      return { ManagedActionHistoryItems: [] };
    },
    ListAvailableSolutionStacks() {
      return {
        SolutionStacks: stacks(),
        SolutionStackDetails: stacks().map((s) => ({ SolutionStackName: s, PermittedFileTypes: ['zip', 'war', 'jar'] })),
      };
    },
    ListPlatformVersions() {
      return { PlatformSummaryList: stacks().map(summary) };
    },
    ListPlatformBranches(p) {
      return branches.list(
        stacks().map((s) => platformOf(s).branch),
        p,
      );
    },
    DescribePlatformVersion(p) {
      const arn = p.str('PlatformArn');
      const stack = stacks().find((s) => platformArn(s) === arn);
      if (!stack) throw new EbError(Codes.InvalidParameterValue, `No Platform found for PlatformArn = '${arn ?? ''}'.`);
      const s = summary(stack);
      return {
        PlatformDescription: {
          ...s,
          PlatformName: platformOf(stack).branch,
          SolutionStackName: stack,
          DateCreated: new Date(d.now()),
          DateUpdated: new Date(d.now()),
        },
      };
    },
    ListTagsForResource(p) {
      const arn = p.str('ResourceArn');
      if (!arn) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ResourceArn.');
      return { ResourceArn: arn, ResourceTags: [] };
    },
    ValidateConfigurationSettings(p) {
      d.app(p.str('ApplicationName'));
      return { Messages: [] };
    },
  };
}
