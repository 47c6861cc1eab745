// The scenario as an author writes it (a YAML file or a TypeScript literal): every field optional,
// defaults filled by validateScenario (scenario.ts). Tests build scenarios as typed literals of
// these types, so a misspelt key or a wrong value is a compile error, not a YAML indentation bug.
import type { BeanstalkScenario } from './beanstalk/scenario.js';
import type { CloudWatchInput } from './cloudwatch/alarms.js';
import type { Replacement } from './ecs/model.js';
import type { FaultSpec } from './faults.js';
import type { HookOutcome } from './lambda/model.js';
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
  ecs?: EcsInput;
  lambda?: LambdaInput;
}

/** A CodeDeploy group of the ECS or Lambda compute platform (compute/apps.ts). */
export interface ComputeGroupInput {
  name: string;
  deploymentConfigName?: string;
  autoRollback?: boolean;
  /** ECS only. */
  cluster?: string;
  service?: string;
  testListener?: boolean;
  waitForReady?: boolean;
}

export interface ComputeApplicationInput {
  name: string;
  deploymentGroups?: ComputeGroupInput[];
}

/** The `ecs:` section (ecs/model.ts). */
export interface EcsInput {
  applications?: ComputeApplicationInput[];
  services?: {
    cluster: string;
    name: string;
    taskDefinition: string;
    desiredCount?: number;
    containerName: string;
    containerPort: number;
    replacement?: Replacement;
  }[];
}

/** The `lambda:` section (lambda/model.ts). */
export interface LambdaInput {
  applications?: ComputeApplicationInput[];
  functions?: { name: string; versions?: number; aliases?: Record<string, string>; hook?: HookOutcome }[];
}
