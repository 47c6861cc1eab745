/*
 * The `beanstalk:` section of an emulator scenario file (YAML or JSON). Every field is optional.
 * Durations are in scenario seconds (the front's `timeScale` turns them into real milliseconds).
 *
 * beanstalk:
 *   region: us-east-1                # region in ARNs, CNAMEs and the storage bucket name
 *   accountId: "123456789012"
 *   limits:                          # quotas that raise the modeled Too Many… errors
 *     applications: 75
 *     applicationVersions: 1000      # per account, as AWS counts them
 *     environments: 200
 *   timing:                          # scenario seconds between the steps of an operation
 *     versionProcessing: 3           # CreateApplicationVersion Process=true: PROCESSING → PROCESSED
 *     deployStart: 2                 # "Environment update is starting." → instances start
 *     instanceDeploy: 5              # added to the real run time of each instance's hooks
 *     deployFinish: 2                # instances done → Ready
 *     launch: 10                     # CreateEnvironment: Launching → deploy
 *     terminate: 10                  # Terminating → Terminated
 *     swap: 3                        # SwapEnvironmentCNAMEs: Updating → swapped, Ready
 *     abort: 3                       # AbortEnvironmentUpdate: Aborting → Ready
 *     tailLogs: 3                    # RequestEnvironmentInfo → entries in RetrieveEnvironmentInfo
 *     commandTimeout: 600            # one .ebextensions command or platform hook
 *   faults:
 *     throttle: { everyNth: 5, operations: [DescribeEvents] }   # every 5th matching call → Throttling
 *     insufficientPrivileges: [UpdateEnvironment]               # these operations → 403
 *     s3BucketRegions: { my-eu-bucket: eu-west-1 }              # → S3LocationNotInServiceRegionException
 *   applications:
 *     - name: shop
 *       description: The shop
 *       versions:                    # pre-existing versions (bundles are put into the store)
 *         - label: v1
 *           bucket: elasticbeanstalk-us-east-1-123456789012   # default: the storage bucket
 *           key: shop/v1.zip                                  # default: <app>/<label>.zip
 *           files: { "Procfile": "web: node app.js" }         # bundle content (zipped for you);
 *                                                              #   omit for a minimal bundle
 *       savedConfigurations:
 *         - name: base
 *           solutionStack: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
 *           optionSettings:
 *             - { namespace: "aws:elasticbeanstalk:application:environment", optionName: GREETING, value: hi }
 *   environments:
 *     - name: shop-prod
 *       application: shop
 *       id: e-abcdef1234             # default: generated
 *       cname: shop-prod             # CNAME prefix; CNAME is <prefix>.<region>.elasticbeanstalk.com
 *       solutionStack: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
 *       platformArn: arn:aws:elasticbeanstalk:us-east-1::platform/Node.js 20 running on 64bit Amazon Linux 2023/6.1.0
 *       templateName: base
 *       instances: 2                 # simulated EC2 instances (default 1)
 *       status: Ready                # initial status
 *       health: Green                # initial Health (Green|Yellow|Red|Grey)
 *       healthStatus: Ok             # initial HealthStatus (Ok|Info|Warning|Degraded|Severe|…)
 *       versionLabel: v1             # initial version (deployed on all instances at start)
 *       optionSettings: [ … ]        # as savedConfigurations
 *       faults:
 *         environmentMidUpdate: 30   # starts Updating; Ready after 30 s (true = 30 s)
 *         healthDropAfterDeploy: Severe   # or Yellow: health after the next successful deploys
 *         failInstances: 1           # this many instances fail the app start (exit 1) on deploy
 *         appStatus: 500             # what the app answers on the environment's URL (default 200)
 */

import type { PlatformBranchInput } from './platforms.js';
import type { ScenarioConfigurationOption } from './options.js';

export type HealthColor = 'Green' | 'Yellow' | 'Red' | 'Grey';
export type HealthStatus = 'NoData' | 'Unknown' | 'Pending' | 'Ok' | 'Info' | 'Warning' | 'Degraded' | 'Severe' | 'Suspended';
export type EnvironmentStatus =
  'Aborting' | 'Launching' | 'Updating' | 'LinkingFrom' | 'LinkingTo' | 'Ready' | 'Terminating' | 'Terminated';

export interface ScenarioOptionSetting {
  namespace: string;
  optionName: string;
  value: string;
  resourceName?: string;
}

export interface BeanstalkEnvironmentFaults {
  /** Environment starts `Updating` and becomes Ready after this many seconds (true = 30). */
  environmentMidUpdate?: number | boolean;
  /** After each successful deploy the health drops to this level. */
  healthDropAfterDeploy?: 'Severe' | 'Yellow' | 'Degraded' | 'Warning';
  /** Seconds after Ready before the drop shows (default 0: the same instant as Ready). */
  healthDropDelay?: number;
  /** This many instances (the last ones) fail the app start on the next deploys. */
  failInstances?: number;
  /** The HTTP status the app answers on the environment's URL while it runs (e.g. 500: it starts, then fails every request). */
  appStatus?: number;
}

export interface BeanstalkScenario {
  region?: string;
  accountId?: string;
  limits?: { applications?: number; applicationVersions?: number; environments?: number };
  timing?: Partial<Timing>;
  faults?: {
    throttle?: { everyNth: number; operations?: string[] };
    insufficientPrivileges?: string[];
    s3BucketRegions?: Record<string, string>;
  };
  applications?: Array<{
    name: string;
    description?: string;
    versions?: Array<{ label: string; bucket?: string; key?: string; description?: string; files?: Record<string, string> }>;
    savedConfigurations?: Array<{
      name: string;
      solutionStack?: string;
      platformArn?: string;
      description?: string;
      optionSettings?: ScenarioOptionSetting[];
    }>;
  }>;
  /** Platform branch lifecycle states (platforms.ts). */
  platformBranches?: PlatformBranchInput[];
  /** DescribeConfigurationOptions answers per solution stack or platform ARN ('*': any); see options.ts. */
  configurationOptions?: Record<string, ScenarioConfigurationOption[]>;
  environments?: Array<{
    name: string;
    application: string;
    id?: string;
    cname?: string;
    solutionStack?: string;
    platformArn?: string;
    templateName?: string;
    description?: string;
    instances?: number;
    status?: EnvironmentStatus;
    health?: HealthColor;
    healthStatus?: HealthStatus;
    versionLabel?: string;
    optionSettings?: ScenarioOptionSetting[];
    faults?: BeanstalkEnvironmentFaults;
  }>;
}

export interface Timing {
  versionProcessing: number;
  deployStart: number;
  instanceDeploy: number;
  deployFinish: number;
  launch: number;
  terminate: number;
  swap: number;
  abort: number;
  tailLogs: number;
  commandTimeout: number;
}

export const DEFAULT_TIMING: Timing = {
  versionProcessing: 3,
  deployStart: 2,
  instanceDeploy: 5,
  deployFinish: 2,
  launch: 10,
  terminate: 10,
  swap: 3,
  abort: 3,
  tailLogs: 3,
  commandTimeout: 600,
};

export const DEFAULT_SOLUTION_STACK = '64bit Amazon Linux 2023 v6.1.0 running Node.js 20';

/** Throws with a path-naming message when the section is malformed (scenario authors read it). */
export function checkScenario(s: unknown): BeanstalkScenario {
  if (s === undefined || s === null) return {};
  if (typeof s !== 'object' || Array.isArray(s)) throw new Error('beanstalk: expected a mapping');
  const sc = s as BeanstalkScenario;
  const apps = new Set<string>();
  for (const [i, a] of (sc.applications ?? []).entries()) {
    if (!a || typeof a.name !== 'string' || a.name === '') throw new Error(`beanstalk.applications[${i}].name: expected a string`);
    apps.add(a.name);
  }
  for (const [i, e] of (sc.environments ?? []).entries()) {
    if (!e || typeof e.name !== 'string') throw new Error(`beanstalk.environments[${i}].name: expected a string`);
    if (typeof e.application !== 'string') throw new Error(`beanstalk.environments[${i}].application: expected a string`);
    if (!apps.has(e.application)) {
      throw new Error(`beanstalk.environments[${i}].application: no application named '${e.application}' in beanstalk.applications`);
    }
    if (e.instances !== undefined && (!Number.isInteger(e.instances) || e.instances < 0 || e.instances > 500)) {
      throw new Error(`beanstalk.environments[${i}].instances: expected an integer 0..500`);
    }
    const status = e.faults?.appStatus;
    if (status !== undefined && (!Number.isInteger(status) || status < 100 || status > 599)) {
      throw new Error(`beanstalk.environments[${i}].faults.appStatus: expected an HTTP status 100..599`);
    }
    const drop = e.faults?.healthDropAfterDeploy;
    if (drop !== undefined && !['Severe', 'Yellow', 'Degraded', 'Warning'].includes(drop)) {
      throw new Error(`beanstalk.environments[${i}].faults.healthDropAfterDeploy: expected Severe or Yellow`);
    }
  }
  return sc;
}
