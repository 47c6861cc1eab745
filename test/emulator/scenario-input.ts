// The scenario as an author writes it (a YAML file or a TypeScript literal): every field optional,
// defaults filled by validateScenario (scenario.ts). Tests build scenarios as typed literals of
// these types, so a misspelt key or a wrong value is a compile error, not a YAML indentation bug.
import type { BeanstalkScenario } from './beanstalk/scenario.js';
import type { CloudWatchInput } from './cloudwatch/alarms.js';
import type { FaultSpec } from './faults.js';
import type { BlueGreenSpec, DeploymentConfigSpec, DeploymentOption, DeploymentType, InlineFile } from './scenario.js';

export interface DeploymentGroupInput {
  name: string;
  id?: string;
  /** CodeDeployDefault.OneAtATime when omitted. */
  deploymentConfigName?: string;
  deploymentType?: DeploymentType;
  deploymentOption?: DeploymentOption;
  /** A count (ids are derived from the names) or the instance ids; one instance when omitted. */
  instances?: number | string[];
  loadBalancer?: boolean;
  serviceRoleArn?: string;
  autoRollback?: { enabled?: boolean; events?: string[] };
  blueGreen?: Partial<BlueGreenSpec>;
  previousRevision?: { deploymentId?: string; files: Record<string, InlineFile> };
}

export interface CodeDeployApplicationInput {
  name: string;
  id?: string;
  deploymentGroups?: DeploymentGroupInput[];
}

export interface CodeDeployInput {
  pageSize?: number;
  eventDuration?: number;
  agentTimeout?: number;
  hookTimeoutFloorMs?: number;
  concurrency?: number;
  deploymentConfigs?: DeploymentConfigSpec[];
  applications?: CodeDeployApplicationInput[];
}

export interface ScenarioInput {
  /** Scenario seconds → real seconds (default 0.001). */
  timeScale?: number;
  s3?: { buckets?: string[] };
  faults?: FaultSpec[];
  codedeploy?: CodeDeployInput;
  beanstalk?: BeanstalkScenario;
  cloudwatch?: CloudWatchInput;
}
