// Programmatic entry point: one loopback port serving S3 (s3rver behind the front), CodeDeploy
// (with the simulated fleet) and Elastic Beanstalk. startEmulator(scenario) is the one front door used
// by the tests, the demo, the bench and `npm run emulator`; docs/emulator.md describes scenarios.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { CallLog } from './calls.js';
import { createClock } from './clock.js';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { S3Client } from '@aws-sdk/client-s3';
import { createBeanstalkService } from './beanstalk/index.js';
import type { BeanstalkScenario } from './beanstalk/scenario.js';
import { createCodeDeployService } from './codedeploy/service.js';
import { createCloudWatchService } from './cloudwatch/service.js';
import type { CodeDeployState } from './codedeploy/model.js';
import { FaultRegistry, type Fault, type FaultSpec } from './faults.js';
import { startS3Backend } from './s3/backend.js';
import { loadScenario, validateScenario, type Scenario } from './scenario.js';
import type { ScenarioInput } from './scenario-input.js';
import { startFront } from './server.js';
import { startComputePlatforms, type ComputeEmulator } from './compute/index.js';
import type { CallRecord, EmulatorContext } from './types.js';

export type { Scenario } from './scenario.js';
export type { ScenarioInput, CodeDeployInput, CodeDeployApplicationInput, DeploymentGroupInput } from './scenario-input.js';
export type { BeanstalkScenario } from './beanstalk/scenario.js';
export type { FaultSpec, Fault } from './faults.js';
export { CallLog } from './calls.js';

export interface EmulatorState {
  codedeploy: CodeDeployState;
  /** ECS and Lambda: CodeDeploy deployments, the ECS services and the Lambda functions. */
  compute: ComputeEmulator['state'];
  calls: CallRecord[];
}

export interface FaultControls {
  /** Add a fault now; returns its id. */
  add(spec: FaultSpec): string;
  remove(id: string): boolean;
  clear(): void;
  list(): readonly Fault[];
}

/** SDK clients configured for the emulator (endpoint, region, any credentials), by service. */
export interface EmulatorClients {
  s3: S3Client;
  codedeploy: CodeDeployClient;
  beanstalk: ElasticBeanstalkClient;
  cloudwatch: CloudWatchClient;
}

export interface Emulator {
  /** The one loopback endpoint of every service (AWS_ENDPOINT_URL). */
  endpoint: string;
  /** Same as endpoint (older name). */
  url: string;
  /** An SDK v3 client for one service, pointed at the emulator. */
  client<S extends keyof EmulatorClients>(service: S): EmulatorClients[S];
  /** Environment for the SDK / CLI / action under test. */
  env: Record<string, string>;
  state: EmulatorState;
  /** API calls per operation ("codedeploy:GetDeployment" → n), count(op), reset(). */
  calls: CallLog;
  faults: FaultControls;
  scenario: Scenario;
  workDir: string;
  /** Resolves when every CodeDeploy deployment started so far has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** A validated Scenario, a plain object in scenario form, or a path to a YAML/JSON file. */
  scenario: Scenario | ScenarioInput | Record<string, unknown> | string;
  port?: number;
  /** Scratch directory (instances, extracted bundles, s3rver data); a temp dir removed on close when omitted. */
  workDir?: string;
}

export async function startEmulator(opts: StartOptions): Promise<Emulator> {
  const scenario = typeof opts.scenario === 'string' ? loadScenario(opts.scenario) : validateScenario(opts.scenario);
  const ownWorkDir = !opts.workDir;
  const workDir = opts.workDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'hookline-emulator-')));
  await fs.mkdir(workDir, { recursive: true });

  const clock = createClock(scenario.timeScale);
  const calls = new CallLog();
  const faults = new FaultRegistry(scenario.faults);
  const s3 = await startS3Backend(workDir, scenario.s3.buckets);
  // The front must listen before the services exist (they need its URL); inspection reads them later.
  const services: { cd?: ReturnType<typeof createCodeDeployService> } = {};
  const front = await startFront({
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    s3,
    calls,
    faults,
    inspect: () => inspectable(services.cd?.state, calls),
  });
  const ctx: EmulatorContext = {
    baseUrl: front.baseUrl,
    clock,
    store: s3.store,
    workDir,
    serveInternal: (p, body, type) => front.serveInternal(p, body, type),
  };
  // ECS and Lambda applications are answered in front of the EC2 CodeDeploy service (compute/).
  const compute = startComputePlatforms(createCodeDeployService(ctx, scenario.codedeploy, faults), scenario, ctx.clock);
  const codedeploy = compute.codedeploy;
  services.cd = codedeploy;
  // The service checks its own section strictly (beanstalk/scenario.ts checkScenario).
  const beanstalk = createBeanstalkService(ctx, scenario.beanstalk as BeanstalkScenario | undefined);
  const cloudwatch = createCloudWatchService(ctx, scenario.cloudwatch, codedeploy.state);
  // A request whose Host is an environment's CNAME is answered as its app would (beanstalk/live.ts).
  front.attach({
    codedeploy,
    beanstalk,
    cloudwatch,
    ecs: compute.ecsService,
    lambda: compute.lambdaService,
    site: (host) => beanstalk.liveResponse(host),
  });

  let closed = false;
  const config = {
    endpoint: front.baseUrl,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'any-well-formed-secret' },
  };
  const made: Partial<EmulatorClients> = {};
  const factories: { [S in keyof EmulatorClients]: () => EmulatorClients[S] } = {
    s3: () => new S3Client({ ...config, forcePathStyle: true }),
    codedeploy: () => new CodeDeployClient(config),
    beanstalk: () => new ElasticBeanstalkClient(config),
    cloudwatch: () => new CloudWatchClient(config),
  };
  return {
    endpoint: front.baseUrl,
    url: front.baseUrl,
    client<S extends keyof EmulatorClients>(service: S): EmulatorClients[S] {
      return (made[service] ??= factories[service]()) as EmulatorClients[S];
    },
    env: {
      AWS_ENDPOINT_URL: front.baseUrl,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    state: {
      codedeploy: codedeploy.state,
      compute: compute.state,
      get calls() {
        return calls.records;
      },
    },
    calls,
    faults: {
      add: (spec) => faults.add(spec),
      remove: (id) => faults.remove(id),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    scenario,
    workDir,
    idle: () => codedeploy.idle(),
    async close() {
      if (closed) return;
      closed = true;
      for (const c of Object.values(made)) c.destroy();
      await codedeploy.close();
      await beanstalk.close();
      await front.close();
      await s3.close();
      if (ownWorkDir) await fs.rm(workDir, { recursive: true, force: true });
    },
  };
}

/** JSON-friendly snapshot of the state for GET /_hookline/state. */
function inspectable(state: CodeDeployState | undefined, calls: CallLog): unknown {
  if (!state) return {};
  return {
    codedeploy: {
      applications: [...state.applications.values()],
      groups: [...state.groups.values()].map((g) => ({ ...g, previousRevision: undefined })),
      deployments: state.order.map((id) => {
        const d = state.deployments.get(id);
        return d ? { ...d, targets: [...d.targets.values()] } : undefined;
      }),
    },
    calls: calls.counts(),
  };
}
